using CodingDsl.Language.Formatter;
using CodingDsl.Language.Syntax;
using Xunit;

namespace CodingDsl.Language.Tests.Formatting;

/// <summary>Text that does not parse is never rearranged: no edits, and a reason for people.</summary>
public class FormatterRefusalTests
{
    [Fact]
    public void A_document_with_a_syntax_error_gets_no_edits_and_a_reason_naming_the_line()
    {
        const string text = "guidance IPG1 {\n  procedure {\n      opcs J12.4 \"unterminated\n  image-guided   \n  }\n}\n";

        var result = DocumentFormatter.Format(text);

        Assert.False(result.CanFormat);
        Assert.False(result.Changed);
        Assert.Empty(result.Edits);
        Assert.Null(result.WholeDocumentEdit);
        Assert.Equal(text, result.FormattedText);
        Assert.StartsWith("Not formatted: the document has a syntax error (line ", result.NotFormattedReason);
        Assert.DoesNotContain('\n', result.NotFormattedReason!);
    }

    [Fact]
    public void Several_errors_are_counted()
    {
        var result = DocumentFormatter.Format("guidance {\n  bogus\n  procedure {\n");

        Assert.Matches(@"^Not formatted: the document has \d+ syntax errors \(line 1: .+\)\. Text that does not parse is never rearranged: fix it first\.$", result.NotFormattedReason);
    }

    [Fact]
    public void Every_half_typed_prefix_of_a_sample_is_either_formatted_safely_or_left_alone()
    {
        foreach (var file in FormattingInputs.SampleFiles().Append(FormattingInputs.StandardLibrary))
        {
            var text = File.ReadAllText(file);
            for (var length = 0; length <= text.Length; length += 3)
            {
                var prefix = text[..length];
                var result = DocumentFormatter.Format(prefix);
                if (SyntaxTree.Parse(prefix).Diagnostics.Count > 0)
                {
                    Assert.False(result.CanFormat, $"{file} cut at {length} was formatted despite syntax errors");
                    Assert.Empty(result.Edits);
                }
                else
                {
                    FormattingAssert.KeepsMeaning(prefix, result);
                }
            }
        }
    }

    [Theory]
    [InlineData("\0\u0001\u00ff garbage \"")]
    [InlineData("guidance IPG1 { procedure { opcs (((((J12.4 }")]
    [InlineData("}}}}")]
    [InlineData("guidance IPG1 \"unterminated {\n}")]
    public void Garbage_is_refused_without_an_exception(string text)
    {
        var result = DocumentFormatter.Format(text);

        Assert.False(result.CanFormat);
        Assert.Equal(text, result.FormattedText);
    }
}
