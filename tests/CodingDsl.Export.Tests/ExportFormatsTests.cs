using CodingDsl.Cli.Tests.Support;
using CodingDsl.Export.Tests.Support;

namespace CodingDsl.Export.Tests;

/// <summary>The exporter registry is the list the CLI offers: a format added there is usable and documented in help without another edit.</summary>
public sealed class ExportFormatsTests
{
    public static TheoryData<string> Names() => [.. ExportFormats.All.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_registered_format_is_offered_by_export_help_and_accepted_by_format(string name)
    {
        var help = CliHarness.Run(Repo.Root, "export", "--help");
        var result = CliHarness.Run(Repo.Root, "export", Repo.Ipg327, "--format", name);

        Assert.Contains($"{name} ({ExportFormats.Find(name)!.Description})", help.Out.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.NotEqual("", result.Out);
    }

    [Fact]
    public void The_editor_is_offered_the_json_documents_only()
    {
        Assert.Equal(["json", "fhir"], ExportFormats.InEditor.Select(f => f.Name));
        Assert.Null(ExportFormats.Find("csv", ExportFormats.InEditor));
    }
}
