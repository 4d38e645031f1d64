using System.Text.Json.Nodes;
using CodingDsl.Cli.Tests.Support;

namespace CodingDsl.Cli.Tests.Commands;

public class CheckCommandTests
{
    private const string Ipg327 =
        "guidance IPG327 \"Radiofrequency ablation for colorectal liver metastases\" {\n" +
        "  source \"https://www.nice.org.uk/guidance/ipg327\"\n" +
        "  procedure {\n" +
        "    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n" +
        "  }\n" +
        "}\n";

    [Theory]
    [InlineData("text", "rules/a.coding(1,10): error CDSL0401: Guidance IPG327 is also declared in rules/more/b.coding. Declare each guidance in one file.")]
    [InlineData("github", "::error file=rules/a.coding,line=1,col=10,endLine=1,endColumn=16,title=CDSL0401::Guidance IPG327 is also declared in rules/more/b.coding. Declare each guidance in one file.")]
    public void A_message_names_the_other_file_by_its_path_in_the_workspace(string format, string expected)
    {
        using var temp = new TempFolder();
        temp.Write("rules/a.coding", Ipg327);
        temp.Write("rules/more/b.coding", Ipg327);

        var result = CliHarness.Run(temp.Path, "check", "rules", "--format", format);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected + "\n", result.Out);
        Assert.DoesNotContain(temp.Path, result.Out);
    }

    [Fact]
    public void Checks_every_rule_file_under_the_folders_given()
    {
        using var temp = new TempFolder();
        temp.Write("rules/a.coding", Ipg327);
        temp.Write("rules/more/b.coding", Ipg327.Replace("IPG327", "IPG328"));
        temp.Write("rules/obj/c.coding", "not checked");

        var result = CliHarness.Run(temp.Path, "check", "rules");

        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        Assert.Matches(@"(^|\n)(All 2 files are clean\.|2 files checked: .*)\n$", result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Json_output_is_an_array()
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", Ipg327);

        var result = CliHarness.Run(temp.Path, "check", ".", "--format", "json");

        Assert.IsType<JsonArray>(JsonNode.Parse(result.Out));
    }

    [Fact]
    public void Sarif_output_is_schema_valid()
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", Ipg327);
        temp.Write("broken.coding", "guidance {{{ opcs j12 \"");

        var result = CliHarness.Run(temp.Path, "check", ".", "-f", "sarif");

        var validation = SarifSchema.Evaluate(JsonNode.Parse(result.Out));
        Assert.True(validation.IsValid, SarifSchema.DescribeErrors(validation));
    }

    [Fact]
    public void Output_option_writes_the_report_to_a_file_and_nothing_to_stdout()
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", Ipg327);

        var result = CliHarness.Run(temp.Path, "check", "a.coding", "--format", "sarif", "--output", "report.sarif");

        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        Assert.Equal("", result.Out);
        var written = JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Path, "report.sarif")))!;
        Assert.Equal("2.1.0", (string)written["version"]!);
    }

    [Fact]
    public void Output_dash_means_standard_output()
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", Ipg327);

        var result = CliHarness.Run(temp.Path, "check", "a.coding", "-f", "json", "-o", "-");

        Assert.IsType<JsonArray>(JsonNode.Parse(result.Out));
        Assert.False(File.Exists(Path.Combine(temp.Path, "-")));
    }

    [Fact]
    public void Files_outside_the_working_directory_are_shown_with_full_paths()
    {
        using var work = new TempFolder();
        using var elsewhere = new TempFolder();
        var file = elsewhere.Write("x.coding", "guidance {");

        var result = CliHarness.Run(work.Path, "check", file, "-f", "json");

        Assert.All(JsonNode.Parse(result.Out)!.AsArray(), d => Assert.Equal(file.Replace('\\', '/'), (string)d!["file"]!));
    }

    [Fact]
    public void The_same_input_always_prints_the_same_output()
    {
        using var temp = new TempFolder();
        for (var i = 0; i < 30; i++)
        {
            temp.Write($"d{i % 3}/f{i}.coding", i % 2 == 0 ? Ipg327.Replace("IPG327", $"IPG{i}") : "guidance { opcs \"");
        }

        var first = CliHarness.Run(temp.Path, "check", ".", "-f", "sarif");
        var second = CliHarness.Run(temp.Path, "check", ".", "-f", "sarif");

        Assert.Equal(first.Out, second.Out);
    }
}
