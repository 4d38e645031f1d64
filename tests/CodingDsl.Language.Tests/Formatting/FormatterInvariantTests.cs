using CodingDsl.Language.Formatter;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;
using Xunit;

namespace CodingDsl.Language.Tests.Formatting;

/// <summary>
/// What must hold for every document that parses: the result parses, holds the same tokens and
/// comments in the same order, is stable when formatted again, and the edits produce it.
/// </summary>
public class FormatterInvariantTests
{
    public static TheoryData<string> InputNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in FormattingInputs.All())
        {
            data.Add(name);
        }
        return data;
    }

    private static string TextOf(string name) => FormattingInputs.All().Single(i => i.Name == name).Text;

    [Theory]
    [MemberData(nameof(InputNames))]
    public void Formatting_keeps_meaning_and_is_stable(string name)
    {
        var text = TextOf(name);
        Assert.Empty(SyntaxTree.Parse(text).Diagnostics);

        var result = DocumentFormatter.Format(text);

        FormattingAssert.KeepsMeaning(text, result);
        FormattingAssert.IsCanonical(result.FormattedText);
    }

    [Theory]
    [MemberData(nameof(InputNames))]
    public void Formatting_after_random_whitespace_changes_keeps_meaning_and_is_stable(string name)
    {
        var text = TextOf(name);
        var random = new Random(name.Length * 7919 + 17);
        for (var round = 0; round < 25; round++)
        {
            var shaken = WhitespaceShaker.Shake(text, random);
            Assert.Empty(SyntaxTree.Parse(shaken).Diagnostics);

            var result = DocumentFormatter.Format(shaken);

            FormattingAssert.KeepsMeaning(shaken, result);
            FormattingAssert.IsCanonical(result.FormattedText);
        }
    }

    [Theory]
    [MemberData(nameof(InputNames))]
    public void Canonical_layout_does_not_depend_on_spaces_within_a_line(string name)
    {
        // Spaces and tabs within lines carry no layout choice at all: only line breaks may.
        var text = TextOf(name);
        var expected = DocumentFormatter.Format(text).FormattedText;
        var random = new Random(name.Length);
        for (var round = 0; round < 10; round++)
        {
            var spaced = WhitespaceShaker.ShakeBlanks(text, random);
            Assert.Equal(SourceTokens.All(text), SourceTokens.All(spaced));
            Assert.Equal(expected, DocumentFormatter.Format(spaced).FormattedText);
        }
    }

    [Fact]
    public void Every_sample_is_tried()
    {
        Assert.Contains(FormattingInputs.All(), i => i.Name.EndsWith("IPG327.coding", StringComparison.Ordinal));
    }
}
