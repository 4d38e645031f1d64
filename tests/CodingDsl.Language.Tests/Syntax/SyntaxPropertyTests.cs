using System.Text;
using CsCheck;
using CodingDsl.Language.Formatter;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Tests.Formatting;
using CodingDsl.Language.Workspace;
using Xunit;

namespace CodingDsl.Language.Tests.Syntax;

/// <summary>
/// Issue 9's property tests over the one lexer and the tree: random bytes read in two encodings round-trip
/// and parse; formatting keeps what analysis concludes (the same diagnostics, by code, level and message)
/// for every sample and case file, also after random whitespace changes. Incremental against full
/// parsing is <see cref="IncrementalParserTests"/> and <see cref="RandomTextPropertyTests"/>.
/// </summary>
public sealed partial class SyntaxPropertyTests
{
    private static readonly Gen<string> RandomBytes = Gen.Byte.Array[0, 200]
        .SelectMany(bytes => Gen.Bool.Select(utf8 => utf8 ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes)));

    [Fact]
    public void Random_bytes_round_trip_through_the_lexer_and_parse_without_throwing()
    {
        RandomBytes.Sample(text =>
        {
            Assert.Equal(text, Lexer.Lex(text).ToFullString());
            var tree = SyntaxTree.Parse(text);
            Assert.All(tree.Diagnostics, d => Assert.InRange(d.Span.End, d.Span.Start, text.Length));
        }, iter: 1000);
    }

    [Theory]
    [MemberData(nameof(LexerTests.FilesThatParse), MemberType = typeof(LexerTests))]
    public void Formatting_keeps_what_analysis_concludes(string relativePath)
    {
        var path = Path.Combine(RepoPaths.Root, relativePath);
        var text = File.ReadAllText(path);
        var before = Conclusions(path, text);
        var random = new Random(relativePath.Length * 7919 + 17);
        foreach (var input in new[] { text, WhitespaceShaker.Shake(text, random), WhitespaceShaker.Shake(text, random) })
        {
            var formatted = DocumentFormatter.Format(input);
            Assert.True(formatted.CanFormat, formatted.NotFormattedReason);
            Assert.Equal(formatted.FormattedText, DocumentFormatter.Format(formatted.FormattedText).FormattedText);
            Assert.Equal(before, Conclusions(path, formatted.FormattedText));
        }
    }

    /// <summary>
    /// What analysis says about a text at a path (so `use` resolves as for the file): diagnostics without
    /// their ranges, and without the line numbers messages cite ("already stated in line 6"), which layout moves.
    /// </summary>
    private static string[] Conclusions(string path, string text)
    {
        var workspace = new CodingWorkspace();
        workspace.SetDocument(path, text);
        return workspace.Analyze(path).Diagnostics
            .Select(d => $"{d.Code} {d.Level}: {LineNumber().Replace(d.Message, "line #")}")
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bline \d+")]
    private static partial System.Text.RegularExpressions.Regex LineNumber();
}
