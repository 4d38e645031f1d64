using CodingDsl.Language.Classifications;
using Xunit;

namespace CodingDsl.Language.Tests.Classifications;

public class ClassificationCodesTests
{
    [Theory]
    [InlineData("J12.4", "J12.4")]
    [InlineData("y53", "Y53")]
    [InlineData("H19.8A", "H19.8")] // NHS asterisk suffix
    [InlineData("A17.0D", "A17.0")] // NHS dagger suffix
    [InlineData("Q90†", "Q90")]
    [InlineData("Q90+", "Q90")]
    [InlineData("H19.8*", "H19.8")]
    [InlineData("C64.X", "C64")] // X-filled undivided code
    [InlineData("I48X", "I48")]
    [InlineData("M8008", "M80.08")]
    [InlineData("J12.-", "J12.-")] // a pattern, not a code: left for the caller
    public void Normalizes_printed_forms_to_table_keys(string printed, string key) =>
        Assert.Equal(key, ClassificationCodes.Normalize(printed));

    [Fact]
    public void Category_of_a_code_is_its_first_three_characters()
    {
        Assert.Equal("C18", ClassificationCodes.CategoryOf("c18.7"));
        Assert.Null(ClassificationCodes.CategoryOf("18.7"));
    }
}
