using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;
using Xunit;

namespace CodingDsl.Language.Tests.Syntax;

/// <summary>
/// The incremental parser keeps the declarations after an edit and moves them by the edit's length.
/// A node type the mover forgot would keep stale ranges (highlighting and hover off by the edit), so
/// every kind of node, as the samples and cases write it, must move with everything it holds.
/// </summary>
public sealed class SyntaxShifterTests
{
    /// <summary>Constructs no sample or case file happens to write.</summary>
    private const string Extra = "rule r { when has opcs Y53.- or image-guided require percutaneous code CDSL9000 }";

    private static IEnumerable<SyntaxNode> AllNodes()
    {
        var texts = LexerTests.Files().Cast<string>().Select(path => File.ReadAllText(Path.Combine(RepoPaths.Root, path))).Append(Extra);
        foreach (var text in texts)
        {
            var tree = SyntaxTree.Parse(text);
            foreach (var node in Descendants(tree.Root))
            {
                yield return node;
            }
        }
    }

    private static IEnumerable<SyntaxNode> Descendants(SyntaxNode node) =>
        node.ChildNodes().SelectMany(Descendants).Prepend(node);

    private static IEnumerable<TextSpan> Spans(SyntaxNode node) =>
        node.ChildNodesAndTokens().SelectMany(c => c is SyntaxNode n ? Spans(n) : [c.Span]).Prepend(node.Span);

    [Fact]
    public void The_samples_and_cases_hold_every_kind_of_node()
    {
        var seen = AllNodes().Select(n => n.NodeKind).ToHashSet();
        var missing = Enum.GetValues<SyntaxKind>().Where(k => !seen.Contains(k)).ToArray();
        Assert.True(missing.Length == 0, "No sample or case file writes: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_kind_of_node_moves_with_everything_it_holds()
    {
        // The root is never moved: an edit keeps one document.
        foreach (var node in AllNodes().Where(n => n.NodeKind != SyntaxKind.CompilationUnit).DistinctBy(n => n.NodeKind))
        {
            var moved = SyntaxShifter.Shift(node, 7);
            Assert.Equal(node.NodeKind, moved.NodeKind);
            Assert.Equal(Spans(node).Select(s => new TextSpan(s.Start + 7, s.Length)), Spans(moved));
        }
    }
}
