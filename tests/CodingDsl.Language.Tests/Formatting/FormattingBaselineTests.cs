using CodingDsl.Language.Formatter;
using Xunit;

namespace CodingDsl.Language.Tests.Formatting;

/// <summary>
/// tests/baselines/formatted/NAME.input formats to NAME.formatted, exactly. A change in layout shows
/// up as a readable diff of the .formatted files; after an intended change, regenerate them with
/// `CODINGDSL_UPDATE_BASELINES=1 dotnet test --filter FormattingBaselineTests` and review the diff.
/// </summary>
public class FormattingBaselineTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var input in FormattingInputs.BaselineInputs())
        {
            data.Add(Path.GetFileNameWithoutExtension(input));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Input_formats_to_its_baseline(string name)
    {
        var input = File.ReadAllText(Path.Combine(FormattingInputs.BaselineFolder, name + ".input"));
        var expectedPath = Path.Combine(FormattingInputs.BaselineFolder, name + ".formatted");

        var result = DocumentFormatter.Format(input);

        Assert.True(result.CanFormat, result.NotFormattedReason);
        if (Environment.GetEnvironmentVariable("CODINGDSL_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(expectedPath, result.FormattedText);
        }
        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing: regenerate the baselines");
        Assert.Equal(File.ReadAllText(expectedPath), result.FormattedText);
        Assert.False(DocumentFormatter.Format(File.ReadAllText(expectedPath)).Changed, $"{name}.formatted is not canonical");
    }

    [Fact]
    public void There_are_baselines()
    {
        Assert.True(FormattingInputs.BaselineInputs().Count() >= 3, FormattingInputs.BaselineFolder);
    }
}
