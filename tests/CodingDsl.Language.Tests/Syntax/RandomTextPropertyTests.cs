using CsCheck;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Workspace;
using Xunit;

namespace CodingDsl.Language.Tests.Syntax;

/// <summary>
/// Issue 11: property tests over random texts built from the language's own pieces (CsCheck shrinks a
/// failure to a small text): the parser, binder and rules never throw, every diagnostic lies inside the
/// document, an incremental parse after random edits equals a full parse, and analysis allocates within
/// a constant factor of the document's size.
/// </summary>
public sealed class RandomTextPropertyTests
{
    internal static readonly string[] Pieces =
    [
        "guidance IPG1 \"t\" {", "guidance IPG2 {", "rule r {", "set s = opcs {", "use \"lib.coding\"", "use \"../x\"",
        "procedure {", "diagnosis {", "when", "require", "optional", "image-guided", "percutaneous", "position 2",
        "default", "note \"n\"", "source \"http://x\"", "opcs J12.4 \"Title\"", "opcs Y53.- \"Approach\"", "icd10 C78.7",
        "snomed 87628006", "or", "and", "not", "(", ")", "{", "}", "\"", "\n", " ", "\t", "//c\n", "\\", "ä", "\0",
        "J12.4", "Y53.-", "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq", "\r\n", "#", "=", ",",
    ];

    private static readonly Gen<string> Piece = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]);

    private static readonly Gen<string> Text = Piece.Array[0, 120].Select(p => string.Concat(p));

    private static readonly CodingWorkspace Workspace = new();
    private static readonly string DocumentPath = Path.Combine(Path.GetTempPath(), "codingdsl-property", "random.coding");

    [Fact]
    public void Analysis_never_throws_and_keeps_every_diagnostic_inside_the_document()
    {
        Text.Sample(text =>
        {
            lock (Workspace)
            {
                Workspace.SetDocument(DocumentPath, text);
                var analysis = Workspace.Analyze(DocumentPath);
                Assert.All(analysis.Diagnostics, d => Assert.InRange(d.Span.End, d.Span.Start, text.Length));
                Assert.All(analysis.Diagnostics, d => Assert.True(d.Span.Start >= 0, d.ToString()));
            }
        }, iter: 400);
    }

    [Fact]
    public void Incremental_parses_after_random_edit_sequences_equal_full_parses()
    {
        var edit = Gen.Select(Gen.Double[0, 1], Gen.Int[0, 8], Piece);
        Gen.Select(Text, edit.Array[1, 12]).Sample((start, edits) =>
        {
            var text = start;
            var tree = SyntaxTree.Parse(text);
            foreach (var (at, remove, insert) in edits)
            {
                text = Edit(text, at, remove, insert);
                tree = SyntaxTree.Parse(text, tree);
                Assert.Equal(IncrementalParserTests.Dump(SyntaxTree.Parse(text)), IncrementalParserTests.Dump(tree));
            }
        }, iter: 300);
    }

    /// <summary>The text with <paramref name="remove"/> characters at a fraction <paramref name="at"/> of its length replaced by <paramref name="insert"/>.</summary>
    internal static string Edit(string text, double at, int remove, string insert)
    {
        var position = (int)(at * text.Length);
        var length = Math.Min(remove, text.Length - position);
        return string.Concat(text.AsSpan(0, position), insert, text.AsSpan(position + length));
    }

    [Fact]
    public void Analysis_allocates_within_a_constant_factor_of_the_document_size()
    {
        // Each random text repeated to about 100 KB: what a document costs must grow with its size only.
        Text.Where(t => t.Length > 20).Sample(piece =>
        {
            var text = string.Concat(Enumerable.Repeat(piece + "\n", 100_000 / (piece.Length + 1) + 1));
            var workspace = new CodingWorkspace();
            workspace.SetDocument(DocumentPath, "");
            workspace.Analyze(DocumentPath);
            var before = GC.GetAllocatedBytesForCurrentThread();
            workspace.SetDocument(DocumentPath, text);
            workspace.Analyze(DocumentPath);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(allocated < 400L * text.Length, $"{allocated:N0} bytes for {text.Length:N0} characters");
        }, iter: 8, threads: 1);
    }
}
