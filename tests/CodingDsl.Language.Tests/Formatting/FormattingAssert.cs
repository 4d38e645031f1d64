using CodingDsl.Language.Formatter;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;
using Xunit;

namespace CodingDsl.Language.Tests.Formatting;

internal static class FormattingAssert
{
    /// <summary>(a) re-parses cleanly, (b) same tokens, (c) same comments, (d) idempotent; and the edits are whitespace-only and produce the text.</summary>
    public static void KeepsMeaning(string original, FormattingResult result)
    {
        Assert.True(result.CanFormat, result.NotFormattedReason);
        var formatted = result.FormattedText;

        Assert.Empty(SyntaxTree.Parse(formatted).Diagnostics);
        Assert.Equal(SourceTokens.Code(original), SourceTokens.Code(formatted));
        Assert.Equal(SourceTokens.Comments(original), SourceTokens.Comments(formatted));

        var again = DocumentFormatter.Format(formatted);
        Assert.True(again.CanFormat, again.NotFormattedReason);
        Assert.False(again.Changed, $"Formatting twice changed the text:\n{formatted}\n---\n{again.FormattedText}");
        Assert.Equal(formatted, again.FormattedText);

        Assert.Equal(formatted, TextEdit.Apply(original, result.Edits));
        for (var i = 1; i < result.Edits.Count; i++)
        {
            // LSP clients want edits that neither overlap nor meet at one offset.
            Assert.True(result.Edits[i - 1].Span.End < result.Edits[i].Span.Start, $"edits {result.Edits[i - 1].Span} and {result.Edits[i].Span} touch");
        }
        foreach (var edit in result.Edits)
        {
            Assert.True(string.IsNullOrWhiteSpace(original.Substring(edit.Span.Start, edit.Span.Length)), $"edit {edit.Span} replaces text that is not whitespace");
            Assert.True(string.IsNullOrWhiteSpace(edit.NewText), $"edit {edit.Span} inserts '{edit.NewText}'");
        }
        if (result.Changed)
        {
            Assert.Equal(formatted, TextEdit.Apply(original, [result.WholeDocumentEdit!]));
        }
        else
        {
            Assert.Equal(original, formatted);
        }
    }

    /// <summary>Layout facts any formatted text shows: no trailing blanks, no double blank line, one final newline, no leading blank line.</summary>
    public static void IsCanonical(string formatted)
    {
        if (formatted.Length == 0)
        {
            return;
        }
        var newLine = formatted.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        Assert.EndsWith(newLine, formatted);
        Assert.False(formatted.EndsWith(newLine + newLine, StringComparison.Ordinal), "more than one newline at the end");
        var lines = formatted[..^newLine.Length].Split(newLine);
        Assert.NotEqual("", lines[0]);
        for (var i = 0; i < lines.Length; i++)
        {
            Assert.False(lines[i].Length > 0 && char.IsWhiteSpace(lines[i][^1]), $"line {i + 1} has trailing whitespace: '{lines[i]}'");
            Assert.False(i > 0 && lines[i].Length == 0 && lines[i - 1].Length == 0, $"two blank lines before line {i + 1}");
            Assert.False(lines[i].TrimStart(' ').StartsWith('\t'), $"line {i + 1} is indented with a tab");
        }
    }
}
