using CodingDsl.Language.Formatter;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;
using Xunit;

namespace CodingDsl.Language.Tests.Formatting;

/// <summary>Range formatting (LSP `textDocument/rangeFormatting`) changes only the lines of the range.</summary>
public class RangeFormattingTests
{
    private const string Messy =
        "guidance IPG1   \"t\"{\n" +      // 0
        "source    \"u\"\n" +             // 1
        "procedure {\n" +                 // 2
        "      opcs J12.4   \"x\"\n" +    // 3
        "  or J12.5\n" +                  // 4
        "image-guided   \n" +             // 5
        "}\n" +                           // 6
        "     diagnosis { icd10 C78.7 }\n" + // 7
        "}";                              // 8

    private static string[] Lines(string text) => text.Split('\n');

    [Fact]
    public void Only_the_lines_of_the_range_change()
    {
        var tree = SyntaxTree.Parse(Messy);

        var result = DocumentFormatter.FormatRange(tree, new LineRange(new LinePosition(3, 0), new LinePosition(5, 3)));

        Assert.True(result.CanFormat, result.NotFormattedReason);
        Assert.NotEmpty(result.Edits);
        foreach (var edit in result.Edits)
        {
            var range = tree.Text.GetRange(edit.Span);
            Assert.InRange(range.Start.Line, 3, 5);
            Assert.InRange(range.End.Line, 3, 5);
        }
        var before = Lines(Messy);
        var after = Lines(result.FormattedText);
        Assert.Equal(before[..3], after[..3]);
        Assert.Equal(before[6..], after[^(before.Length - 6)..]);
        Assert.Equal(["    opcs J12.4 \"x\"", "      or J12.5", "    image-guided"], after[3..6]);
    }

    [Fact]
    public void A_selection_ending_at_the_start_of_a_line_leaves_that_line_alone()
    {
        var result = DocumentFormatter.FormatRange(SyntaxTree.Parse(Messy), new LineRange(new LinePosition(1, 0), new LinePosition(2, 0)));

        Assert.Equal("  source \"u\"", Lines(result.FormattedText)[1]);
        Assert.Equal(Lines(Messy)[2..], Lines(result.FormattedText)[2..]);
    }

    [Fact]
    public void The_whole_document_as_a_range_gives_the_canonical_text()
    {
        var tree = SyntaxTree.Parse(Messy);

        var range = DocumentFormatter.FormatRange(tree, new LineRange(new LinePosition(0, 0), new LinePosition(8, 1)));

        Assert.Equal(DocumentFormatter.Format(tree).FormattedText, range.FormattedText);
    }

    [Fact]
    public void Formatting_ranges_one_line_at_a_time_keeps_meaning_and_ends_at_the_canonical_text()
    {
        var text = Messy;
        for (var line = 0; line < Lines(Messy).Length + 4; line++)
        {
            var result = DocumentFormatter.FormatRange(SyntaxTree.Parse(text), new LineRange(new LinePosition(line, 0), new LinePosition(line, 200)));
            Assert.True(result.CanFormat, result.NotFormattedReason);
            Assert.Equal(SourceTokens.All(Messy), SourceTokens.All(result.FormattedText));
            Assert.Empty(SyntaxTree.Parse(result.FormattedText).Diagnostics);
            text = result.FormattedText;
        }

        // Joining lines can pull later text onto an earlier line, so one pass need not finish the job; a full format does.
        Assert.Equal(DocumentFormatter.Format(Messy).FormattedText, DocumentFormatter.Format(text).FormattedText);
    }

    [Fact]
    public void A_range_beyond_the_document_changes_nothing()
    {
        var result = DocumentFormatter.FormatRange(SyntaxTree.Parse(Messy), new LineRange(new LinePosition(50, 0), new LinePosition(60, 0)));

        Assert.True(result.CanFormat);
        Assert.Empty(result.Edits);
        Assert.Equal(Messy, result.FormattedText);
    }

    [Fact]
    public void A_range_in_a_document_with_syntax_errors_is_not_formatted()
    {
        var text = Messy.Replace("opcs J12.4", "opcs j12.4 (");

        var result = DocumentFormatter.FormatRange(SyntaxTree.Parse(text), new LineRange(new LinePosition(0, 0), new LinePosition(8, 0)));

        Assert.False(result.CanFormat);
        Assert.Empty(result.Edits);
        Assert.Equal(text, result.FormattedText);
    }
}
