using Xunit;

namespace CodingDsl.Language.Tests.Syntax;

/// <summary>
/// The examples of docs/language.md are samples (<see cref="LanguageDocExamples"/>): the reference shows
/// no text the parser rejects, so a construct's paragraph can stand as its sample for the tests that ask
/// for every kind and every word.
/// </summary>
public sealed class LanguageDocExamplesTests
{
    [Fact]
    public void Every_example_of_the_language_reference_parses_as_written_or_as_a_guidances_or_a_sections_items()
    {
        var examples = LanguageDocExamples.Blocks().ToArray();
        var rejected = examples.Where(e => LanguageDocExamples.Reading(e) is null).Select(e => e.Split('\n')[0]).ToArray();

        Assert.NotEmpty(examples);
        Assert.Equal(Array.Empty<string>(), rejected);
    }

    [Fact]
    public void A_fragment_is_read_inside_a_guidance_or_a_section_and_a_transcript_is_not_an_example()
    {
        Assert.StartsWith("guidance X1 \"t\" {\nprocedure {\nopcs Y10.2", LanguageDocExamples.Reading("opcs Y10.2 \"Electrocauterisation of organ NOC\"\n"), StringComparison.Ordinal);
        Assert.StartsWith("guidance X1 \"t\" {\nprocedure \"Open\"", LanguageDocExamples.Reading("procedure \"Open\" {\n  opcs J12.4\n}\n"), StringComparison.Ordinal);
        Assert.Null(LanguageDocExamples.Reading("procedure { opcs … }\n"));
        Assert.DoesNotContain(LanguageDocExamples.Blocks(), b => b.StartsWith("$ codingdsl", StringComparison.Ordinal));
    }
}
