using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Workspace;
using Newtonsoft.Json.Linq;
using NSubstitute;
using Xunit;

namespace CodingDsl.Language.Tests.Configuration;

public class EditorSettingsTests
{
    private const string Folder = "/ws";

    // What VS Code answers for the `codingdsl` section when nothing is set: every declared setting's default.
    private const string VsCodeDefaults = """
        {
          "server": { "path": "" }, "dotnet": { "path": "" }, "trace": { "server": "off" },
          "classifications": { "opcs": [], "icd10": [], "snomed": { "conceptSnapshot": "" } },
          "diagnostics": {}, "rules": {}
        }
        """;

    private static EditorSettings Settings(string json, string? folder = Folder) => EditorSettings.FromJson(JToken.Parse(json), folder);

    private static FakeFileSystem Tables() => new FakeFileSystem()
        .Add("/ws/tables/local-opcs.tsv", "code\ttitle\nA99.9\tLocal procedure\n")
        .Add("/ws/tables/other-opcs.tsv", "code\ttitle\nA98.9\tOther local procedure\n")
        .Add("/ws/tables/icd10.tsv", "code\ttitle\nA00\tCholera\n");

    [Fact]
    public void Reads_the_section_in_codingdsl_json_shape_with_paths_from_the_workspace_folder_and_ignores_client_only_keys()
    {
        var settings = Settings("""
            {
              "server": { "path": "/opt/codingdsl" }, "trace": { "server": "verbose" },
              "classifications": {
                "opcs": [ { "version": "4.11", "path": "tables/local-opcs.tsv", "format": "tsv", "complete": false } ],
                "icd10": [ { "version": "5", "path": "/data/icd10.txt" } ],
                "snomed": { "conceptSnapshot": "snomed/sct2_Concept_Snapshot.txt" }
              },
              "diagnostics": { "cdsl0304": "off" },
              "rules": { "image-control": "warning" }
            }
            """);

        Assert.Empty(settings.Problems);
        var table = Assert.Single(settings.Configuration.Opcs);
        Assert.Equal(("4.11", "/ws/tables/local-opcs.tsv", TableFormat.Tsv, false), (table.Version, table.Path, table.Format, table.IsComplete));
        Assert.Equal("/data/icd10.txt", Assert.Single(settings.Configuration.Icd10).Path);
        Assert.Equal("/ws/snomed/sct2_Concept_Snapshot.txt", settings.Configuration.SnomedConceptSnapshot);
        Assert.Equal(DiagnosticLevel.Off, settings.Configuration.GetSeverityOverride("CDSL0304"));
        Assert.Equal(DiagnosticLevel.Warning, settings.Configuration.GetRuleSeverityOverride("image-control"));
        Assert.Null(settings.Configuration.ConfigPath);
    }

    [Fact]
    public void An_editor_sending_only_the_defaults_or_nothing_gives_no_settings()
    {
        Assert.Same(EditorSettings.None, Settings(VsCodeDefaults));
        Assert.Same(EditorSettings.None, EditorSettings.FromJson(null, Folder));
        Assert.Same(EditorSettings.None, EditorSettings.FromJson(JValue.CreateNull(), Folder));
        Assert.Same(EditorSettings.None, Settings("""{ "classifications": null, "diagnostics": null, "rules": { "image-control": null } }"""));
        // Neovim can write an empty Lua table as [].
        Assert.Same(EditorSettings.None, Settings("""{ "classifications": { "opcs": [], "snomed": [] }, "diagnostics": [], "rules": [] }"""));
    }

    [Fact]
    public void Without_a_codingdsl_json_the_settings_give_the_tables_and_severities()
    {
        var files = Tables();
        var service = new ConfigurationService(files.Substitute);
        service.SetEditorSettings(Settings("""
            {
              "classifications": { "opcs": [ { "version": "4.10", "path": "tables/local-opcs.tsv" } ] },
              "diagnostics": { "CDSL0304": "warning" }
            }
            """));

        var document = service.ForDocument("/ws/ipg/IPG1.coding");

        Assert.Empty(document.Problems);
        Assert.Equal("Local procedure", document.Classifications.Opcs.Find("A99.9")!.Title);
        Assert.Null(document.Classifications.Opcs.Find("J12.4")); // the settings' table replaces the bundled one
        Assert.Equal(DiagnosticLevel.Warning, document.Configuration.GetSeverityOverride("CDSL0304"));
    }

    [Fact]
    public void Codingdsl_json_wins_for_what_it_sets_and_the_settings_fill_the_rest()
    {
        var files = Tables().Add("/ws/codingdsl.json", """
            {
              "classifications": { "opcs": [ { "version": "4.10", "path": "tables/other-opcs.tsv" } ] },
              "diagnostics": { "CDSL0203": "error" },
              "rules": { "image-control": "off" }
            }
            """);
        var service = new ConfigurationService(files.Substitute);
        service.SetEditorSettings(Settings("""
            {
              "classifications": {
                "opcs": [ { "version": "4.10", "path": "tables/local-opcs.tsv" } ],
                "icd10": [ { "version": "5", "path": "tables/icd10.tsv" } ]
              },
              "diagnostics": { "CDSL0203": "info", "CDSL0304": "off" },
              "rules": { "image-control": "warning", "sequencing": "info" }
            }
            """));

        var document = service.ForDocument("/ws/IPG1.coding");

        Assert.Empty(document.Problems);
        // OPCS-4: the json names a table, so the settings' list is not used at all.
        Assert.Equal("/ws/tables/other-opcs.tsv", Assert.Single(document.Configuration.Opcs).Path);
        Assert.NotNull(document.Classifications.Opcs.Find("A98.9"));
        Assert.Null(document.Classifications.Opcs.Find("A99.9"));
        // ICD-10: the json names none, so the settings' table serves.
        Assert.Equal("Cholera", document.Classifications.Icd10.Find("A00")!.Title);
        Assert.False(document.Classifications.UsesIcd10Starter);
        // Severities: per code and per rule, the json's where it has one.
        Assert.Equal(DiagnosticLevel.Error, document.Configuration.GetSeverityOverride("CDSL0203"));
        Assert.Equal(DiagnosticLevel.Off, document.Configuration.GetSeverityOverride("CDSL0304"));
        Assert.Equal(DiagnosticLevel.Off, document.Configuration.GetRuleSeverityOverride("image-control"));
        Assert.Equal(DiagnosticLevel.Info, document.Configuration.GetRuleSeverityOverride("sequencing"));
        Assert.Equal("/ws/codingdsl.json", document.Configuration.ConfigPath);
    }

    [Fact]
    public void Problems_in_the_settings_name_the_setting_with_one_line_reasons_and_the_rest_still_applies()
    {
        var settings = Settings("""
            {
              "classifications": {
                "opcs": { "version": "4.10" },
                "icd10": "tables/icd10.tsv",
                "snomed": { "conceptSnapshot": 42 },
                "snowmed": {}
              },
              "diagnostics": { "CDSL0304": "loud", "E501": "off", "CDSL0203": "warning" },
              "rules": "image-control"
            }
            """);

        Assert.Equal(new[]
        {
            "editor settings (codingdsl): unknown setting 'snowmed' in classifications (expected opcs, icd10, snomed)",
            "editor settings (codingdsl): a classifications.opcs table needs both \"version\" (e.g. \"4.10\") and \"path\"",
            "editor settings (codingdsl): classifications.icd10 must be a list of tables: [ { \"version\": \"…\", \"path\": \"…\" } ]",
            "editor settings (codingdsl): classifications.snomed.conceptSnapshot must be the path of an RF2 sct2_Concept_Snapshot file",
            "editor settings (codingdsl): diagnostics.CDSL0304 must be one of \"error\", \"warning\", \"info\", \"off\"",
            "editor settings (codingdsl): 'E501' is not a diagnostic code (expected CDSL followed by four digits, e.g. CDSL0203)",
            "editor settings (codingdsl): \"rules\" must be an object { … }",
        }, settings.Problems.Select(p => p.ToString()));
        Assert.All(settings.Problems, p => Assert.Equal((0, 0), (p.Line, p.Column)));
        Assert.Equal(DiagnosticLevel.Warning, settings.Configuration.GetSeverityOverride("CDSL0203"));
    }

    [Theory]
    [InlineData("\"off\"", "the codingdsl settings must be an object such as { \"diagnostics\": { \"CDSL0203\": \"warning\" } }, not a string")]
    [InlineData("[1, 2]", "the codingdsl settings must be an object such as { \"diagnostics\": { \"CDSL0203\": \"warning\" } }, not a list")]
    [InlineData("7", "the codingdsl settings must be an object such as { \"diagnostics\": { \"CDSL0203\": \"warning\" } }, not a number")]
    public void A_section_that_is_not_an_object_is_one_problem(string json, string message)
    {
        var problem = Assert.Single(Settings(json).Problems);
        Assert.Equal(EditorSettings.Source, problem.FilePath);
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void A_relative_table_path_without_a_workspace_folder_is_a_problem_and_absolute_paths_still_work()
    {
        var settings = Settings("""
            {
              "classifications": {
                "opcs": [ { "version": "4.10", "path": "tables/local-opcs.tsv" } ],
                "icd10": [ { "version": "5", "path": "/ws/tables/icd10.tsv" } ]
              }
            }
            """, folder: null);

        Assert.Equal(
            "editor settings (codingdsl): 'tables/local-opcs.tsv' is a relative path and no workspace folder is open to resolve it against: give an absolute path",
            Assert.Single(settings.Problems).ToString());
        Assert.Empty(settings.Configuration.Opcs);
        Assert.Equal("/ws/tables/icd10.tsv", Assert.Single(settings.Configuration.Icd10).Path);
    }

    [Fact]
    public void A_table_from_the_settings_that_cannot_be_read_is_reported_against_the_settings_not_codingdsl_json()
    {
        var files = Tables().Add("/ws/codingdsl.json", """{ "diagnostics": { "CDSL0203": "warning" } }""");
        var service = new ConfigurationService(files.Substitute);
        service.SetEditorSettings(Settings("""
            {
              "classifications": {
                "opcs": [ { "version": "4.10", "path": "tables/missing.tsv" } ],
                "snomed": { "conceptSnapshot": "missing-concepts.txt" }
              }
            }
            """));

        var document = service.ForDocument("/ws/IPG1.coding");

        Assert.Equal(new[]
        {
            "editor settings (codingdsl): cannot read '/ws/tables/missing.tsv': the file does not exist",
            "editor settings (codingdsl): cannot read '/ws/missing-concepts.txt': the file does not exist",
        }, document.Problems.Select(p => p.ToString()));
        Assert.Same(BundledTables.Opcs410, document.Classifications.Opcs);
    }

    [Fact]
    public void Tables_named_by_the_settings_are_read_once_across_documents_and_settings_changes()
    {
        var files = Tables();
        var service = new ConfigurationService(files.Substitute);
        const string withTable = """{ "classifications": { "opcs": [ { "version": "4.10", "path": "tables/local-opcs.tsv" } ] } }""";
        service.SetEditorSettings(Settings(withTable));

        var sets = Enumerable.Range(0, 2000).AsParallel().Select(i => service.ForDocument($"/ws/ipg/IPG{i}.coding").Classifications).ToList();
        Assert.All(sets, s => Assert.Same(sets[0], s));

        // New settings naming the same table (a severity was added): the table is not read again.
        service.SetEditorSettings(Settings("""
            { "classifications": { "opcs": [ { "version": "4.10", "path": "tables/local-opcs.tsv" } ] }, "diagnostics": { "CDSL0304": "off" } }
            """));
        var after = service.ForDocument("/ws/ipg/IPG1.coding");
        Assert.Same(sets[0].Opcs, after.Classifications.Opcs);
        Assert.Equal(DiagnosticLevel.Off, after.Configuration.GetSeverityOverride("CDSL0304"));
        files.Substitute.Received(1).ReadAllText("/ws/tables/local-opcs.tsv");

        // Settings cleared: the bundled table serves again.
        service.SetEditorSettings(null);
        Assert.Same(ClassificationSet.Bundled, service.ForDocument("/ws/ipg/IPG1.coding").Classifications);
    }

    [Fact]
    public void A_severity_from_the_settings_changes_what_the_workspace_reports()
    {
        var files = new FakeFileSystem();
        var workspace = new CodingWorkspace(new ConfigurationService(files.Substitute), files.Substitute);
        const string text = "guidance IPG900 \"Test\" {\n  procedure {\n    snomed pending\n    opcs A99.9 \"Local procedure\"\n  }\n}\n";
        workspace.SetDocument("/ws/IPG900.coding", text);
        Assert.Equal(new[] { "CDSL0304 Info", "CDSL0202 Error" }, Codes(workspace.Analyze("/ws/IPG900.coding")));

        workspace.Configuration.SetEditorSettings(Settings("""{ "diagnostics": { "CDSL0202": "warning", "CDSL0304": "off" } }"""));

        Assert.Equal(new[] { "CDSL0202 Warning" }, Codes(workspace.Analyze("/ws/IPG900.coding")));
    }

    [Theory]
    [InlineData("""{ "classifications": [ 1 ] }""")]
    [InlineData("""{ "classifications": { "opcs": [ null, 1, "x", [], { "version": 4.1, "path": true, "complete": "yes", "format": {} } ] } }""")]
    [InlineData("""{ "classifications": { "snomed": [] }, "diagnostics": { "CDSL0304": { "level": "off" } } }""")]
    [InlineData("""{ "diagnostics": { "": "off", "CDSL0304": null, "CDSL0203": 3 }, "rules": { "": "off", "x": [] } }""")]
    [InlineData("""{ "classifications": { "opcs": [ { "version": "4.10", "path": "\u0000:bad" } ] } }""")]
    public void Settings_of_the_wrong_kind_never_throw_and_always_say_why(string json)
    {
        var service = new ConfigurationService(new FakeFileSystem().Substitute);
        var settings = Settings(json);
        service.SetEditorSettings(settings);

        var document = service.ForDocument("/ws/IPG1.coding");

        Assert.NotEmpty(document.Problems);
        Assert.All(document.Problems, p => Assert.StartsWith(EditorSettings.Source + ": ", p.ToString()));
        Assert.All(document.Problems, p => Assert.DoesNotContain('\n', p.Message));
    }

    private static string[] Codes(DocumentAnalysis analysis) => analysis.Diagnostics.Select(d => $"{d.Code} {d.Level}").ToArray();
}
