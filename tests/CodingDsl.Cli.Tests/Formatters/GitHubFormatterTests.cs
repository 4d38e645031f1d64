using CodingDsl.Cli.Output;
using CodingDsl.Cli.Tests.Support;

namespace CodingDsl.Cli.Tests.Formatters;

public class GitHubFormatterTests
{
    [Fact]
    public void Prints_a_workflow_command_per_diagnostic_with_escaped_message_and_columns_only_on_single_line_ranges()
    {
        var text = SyntheticReport.Format(new GitHubFormatter(), SyntheticReport.Report());

        Assert.Equal(
            "::notice file=a.coding,line=1,col=1,endLine=1,endColumn=9,title=CDSL0208::No table for opcs-4.6; checked against OPCS-4.10.\n" +
            "::error file=samples/b.coding,line=2,endLine=6,title=CDSL0103::Block not closed.%0AAdd a '}' after the last line of the section.\n" +
            "::error file=samples/b.coding,line=3,col=10,endLine=3,endColumn=15,title=CDSL0201::Malformed OPCS-4 code 'j12.4': write 'J12.4'.\n" +
            "::warning file=samples/b.coding,line=3,col=16,endLine=3,endColumn=33,title=CDSL0203::Title differs from the official title: 100%25 sure it is \"Percutaneous radiofrequency ablation of lesion of liver\"\n" +
            "2 files checked: 2 errors, 1 warning, 1 info\n",
            text);
    }

    [Theory]
    [InlineData("a,b:c%d\r\ne", "a%2Cb%3Ac%25d%0D%0Ae")]
    [InlineData("plain/path.coding", "plain/path.coding")]
    public void Property_values_escape_percent_line_breaks_comma_and_colon(string value, string expected)
    {
        Assert.Equal(expected, GitHubFormatter.EscapeProperty(value));
    }

    [Fact]
    public void Message_data_keeps_comma_and_colon()
    {
        Assert.Equal("a, b: 50%25%0A", GitHubFormatter.EscapeData("a, b: 50%\n"));
    }
}
