using CodingDsl.Language.Services;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Workspace;
using Xunit;

namespace CodingDsl.Language.Tests.Services;

/// <summary>
/// Issue 9: completion starts its block scan where the tree says the caret's unit is (the declaration,
/// and in a guidance the item), not at the top of the file. What is offered must not change: at the end
/// of every line and after every line's first word of every sample and case file, and of each with a
/// statement half typed in its middle, the context is the one a scan from the top reads.
/// </summary>
public class CompletionContextFromTreeTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        var files = Directory.GetFiles(RepoPaths.Samples, "*.coding")
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "cases"), "*.coding", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            data.Add(file);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_context_from_the_tree_is_the_context_read_from_the_top(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, file)).ReplaceLineEndings("\n");
        var middle = text.IndexOf('\n', text.Length / 2) + 1;
        foreach (var version in new[] { text, text.Insert(middle, "    opcs J12.4 or liver\n    imag\n") })
        {
            var tree = SyntaxTree.Parse(version);
            var analysis = new DocumentAnalysis(file, tree.Text, []) { Tree = tree };
            foreach (var caret in Carets(version))
            {
                var fromTree = CompletionContextFinder.Find(tree.Text, caret, CompletionService.UnitAt(analysis, caret));
                var fromTop = CompletionContextFinder.Find(tree.Text, caret);
                Assert.True(fromTop == fromTree, $"{file} at {tree.Text.GetPosition(caret)}: from the top {fromTop}, from the tree {fromTree}");
            }
        }
    }

    /// <summary>Each line's end and the place after its first word: where a statement is typed or continued.</summary>
    private static IEnumerable<int> Carets(string text)
    {
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var word = text.AsSpan(lineStart, lineEnd - lineStart).TrimStart(' ');
            var wordStart = lineEnd - word.Length;
            var space = word.IndexOf(' ');
            if (space > 0)
            {
                yield return wordStart + space;
            }
            yield return lineEnd;
            lineStart = lineEnd + 1;
        }
    }
}
