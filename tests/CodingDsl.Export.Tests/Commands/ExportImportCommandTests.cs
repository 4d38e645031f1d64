using CodingDsl.Cli.Tests.Support;
using CodingDsl.Export.Compiled;
using CodingDsl.Export.Tests.Support;

namespace CodingDsl.Export.Tests.Commands;

public sealed class ExportImportCommandTests
{
    [Theory]
    [InlineData("json", "\"formatVersion\": \"1.2\"")]
    [InlineData("fhir", "\"resourceType\": \"Bundle\"")]
    [InlineData("csv", "IPG327.coding,IPG327,")]
    public void Export_of_the_samples_folder_writes_each_format_to_standard_output(string format, string expected)
    {
        var result = CliHarness.Run(Repo.Root, "export", "samples", "--format", format);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(expected, result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Export_to_a_file_replaces_it_whole_and_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();
        var target = temp.Write("out/ipg327.json", "old content");

        var result = CliHarness.Run(Repo.Root, "export", Repo.Ipg327, "--output", target);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith("{\n  \"formatVersion\": \"1.2\"", File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(target)!));
    }

    [Fact]
    public void Export_into_a_folder_that_does_not_exist_fails_with_one_line_and_writes_nothing()
    {
        using var temp = new TempFolder();

        var result = CliHarness.Run(temp.Path, "export", Repo.Ipg327, "--output", "missing/x.json");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("codingdsl: error: cannot write 'missing/x.json'", result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "missing")));
    }

    [Theory]
    [InlineData("export", "--format", "xml")]
    [InlineData("export", "no-such-folder")]
    [InlineData("export", "samples", "--base-url", "not a url")]
    [InlineData("import", "no-such.json")]
    public void Usage_and_path_errors_exit_2_with_one_line(params string[] args)
    {
        var result = CliHarness.Run(Repo.Root, args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("codingdsl: error: ", result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Export_of_a_file_with_errors_still_exports_and_says_so_on_stderr()
    {
        using var temp = new TempFolder();
        temp.Write("bad.coding", "guidance IPG1 \"x\" {\n  procedure {\n    opcs j12.4\n  }\n}\n");

        var result = CliHarness.Run(temp.Path, "export", ".", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("bad.coding,IPG1,", result.Out);
        Assert.Contains("warning: 1 of 1 file has errors", result.Error);
    }

    [Fact]
    public void Two_files_with_errors_of_three_are_counted_in_the_plural()
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", "guidance IPG1 \"x\" {\n  procedure {\n    opcs j12.4\n  }\n}\n");
        temp.Write("b.coding", "guidance IPG2 \"x\" {\n  procedure {\n    opcs j12.4\n  }\n}\n");
        temp.Write("c.coding", "guidance IPG3 \"x\" {\n}\n");

        var result = CliHarness.Run(temp.Path, "export", ".", "--format", "csv");

        Assert.Contains("warning: 2 of 3 files have errors", result.Error);
    }

    [Fact]
    public void A_folder_declaring_a_guidance_twice_is_not_exported_to_fhir()
    {
        using var temp = new TempFolder();
        var ipg327 = File.ReadAllText(Repo.Ipg327);
        temp.Write("IPG327.coding", ipg327);
        temp.Write("old/IPG327.coding", ipg327);

        var result = CliHarness.Run(temp.Path, "export", ".", "--format", "fhir", "--output", "bundle.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.EndsWith(
            "codingdsl: error: guidance IPG327 is declared 2 times (IPG327.coding, old/IPG327.coding); a FHIR Bundle holds one ConceptMap/IPG327: declare each guidance once (CDSL0401)\n",
            result.Error);
        Assert.False(File.Exists(Path.Combine(temp.Path, "bundle.json")), "nothing is written");
    }

    [Fact]
    public void Import_of_one_file_prints_source_that_exports_to_the_same_json()
    {
        using var temp = new TempFolder();
        var json = CliHarness.Run(Repo.Root, "export", Repo.Ipg327).Out;
        temp.Write("ipg327.json", json);

        var imported = CliHarness.Run(temp.Path, "import", "ipg327.json");
        temp.Write("IPG327.coding", imported.Out);
        var again = CliHarness.Run(temp.Path, "export", "IPG327.coding");

        Assert.Equal(0, imported.ExitCode);
        Assert.Contains("guidance IPG327 \"Radiofrequency ablation for colorectal liver metastases\" {", imported.Out);
        Assert.Equal(json, again.Out);
    }

    [Fact]
    public void Import_of_a_folder_export_recreates_the_folder()
    {
        using var temp = new TempFolder();
        temp.Write("all.json", CliHarness.Run(Repo.Root, "export", "samples").Out);

        var withoutFolder = CliHarness.Run(temp.Path, "import", "all.json");
        var result = CliHarness.Run(temp.Path, "import", "all.json", "--output", "recreated");

        Assert.Equal(2, withoutFolder.ExitCode);
        Assert.Contains("name a folder", withoutFolder.Error);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            Repo.SampleFiles().Select(f => Repo.Relative(Repo.Samples, f)),
            Directory.GetFiles(Path.Combine(temp.Path, "recreated"), "*.coding", SearchOption.AllDirectories).Select(f => Repo.Relative(Path.Combine(temp.Path, "recreated"), f)).Order(StringComparer.Ordinal));
        Assert.Equal(0, CliHarness.Run(temp.Path, "check", "recreated").ExitCode);
    }

    [Fact]
    public void Import_refuses_a_path_that_leaves_the_output_folder()
    {
        using var temp = new TempFolder();
        var document = new CompiledDocument
        {
            Files = [new CompiledFile { Path = "ok.coding" }, new CompiledFile { Path = "../escaped.coding" }],
        };
        temp.Write("evil.json", CompiledFormat.ToJson(document));

        var result = CliHarness.Run(temp.Path, "import", "evil.json", "--output", "out");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("outside the output folder", result.Error);
        Assert.False(File.Exists(Path.Combine(temp.Path, "escaped.coding")));
    }

    [Theory]
    [InlineData("{\"formatVersion\": \"1.0\", \"files\": [{\"path\": \"a.coding\", \"uses\": [], \"sets\": [], \"rules\": [], \"guidances\": [{\"id\": \"IPG1\", \"sections\": [{\"kind\": \"surgery\"}]}]}]}", "unknown section kind 'surgery'")]
    [InlineData("not json at all", "not a compiled CodingDsl document")]
    [InlineData("{\"formatVersion\": \"7.0\", \"files\": []}", "formatVersion '7.0' is not supported")]
    public void Import_of_a_broken_document_says_why(string json, string reason)
    {
        using var temp = new TempFolder();
        temp.Write("broken.json", json);

        var result = CliHarness.Run(temp.Path, "import", "broken.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(reason, result.Error);
        Assert.Equal("", result.Out);
    }
}
