using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Releases;
using CodingDsl.Language.Workspace;
using Xunit;

namespace CodingDsl.Language.Tests.Releases;

/// <summary>
/// OPCS-4.11 in the TRUD *Metadata* layout (the format TRUD ships it in; a hand-written excerpt in
/// Classifications/Fixtures) beside OPCS-4.10 *CodesAndTitles*, each with its `inForceFrom`.
/// </summary>
public sealed class MetadataReleaseTests : IDisposable
{
    private static readonly string Excerpt = Path.Combine(RepoPaths.Root, "tests", "CodingDsl.Language.Tests", "Classifications", "Fixtures", "opcs-4.11-metadata-excerpt.txt");

    private readonly string folder = Directory.CreateTempSubdirectory("codingdsl-metadata-").FullName;

    public MetadataReleaseTests()
    {
        File.Copy(Excerpt, Path.Combine(folder, "OPCS411 Metadata.txt"));
        File.WriteAllText(Path.Combine(folder, "codingdsl.json"), $$"""
            {
              "classifications": {
                "opcs": [
                  { "version": "4.10", "path": "{{ReleaseFixture.Opcs410Path.Replace("\\", "\\\\")}}", "inForceFrom": "2022-04-01" },
                  { "version": "4.11", "path": "OPCS411 Metadata.txt", "format": "opcs-metadata", "inForceFrom": "2026-04-01" }
                ]
              }
            }
            """);
    }

    [Fact]
    public void The_Metadata_reader_gives_categories_codes_and_full_titles_for_other_specified_and_unspecified()
    {
        var result = ClassificationLoader.LoadFile(Excerpt, new TableLoadOptions(CodeSystem.Opcs4, "4.11", Format: TableFormat.OpcsMetadata));

        Assert.Equal(0, result.SkippedLines);
        var table = result.Table!;
        Assert.Equal("OTHER APPROACH TO ORGAN UNDER IMAGE CONTROL", table.Find("Y68")!.Title);
        Assert.Equal(["Y68.1", "Y68.2", "Y68.3", "Y68.4", "Y68.5", "Y68.8", "Y68.9"], table.GetChildren("Y68").Select(e => e.Code));
        Assert.Equal("APPROACH TO ORGAN UNDER NEAR INFRARED FLUORESCENCE CONTROL", table.Find("Y68.2")!.Title);
        // As the CodesAndTitles file prints it ("Other specified other approach to organ under image control"), but for case.
        Assert.Equal("OTHER SPECIFIED OTHER APPROACH TO ORGAN UNDER IMAGE CONTROL", table.Find("Y68.8")!.Title);
        Assert.Equal('F', table.Find("Q07.4")!.Sex);
    }

    [Fact]
    public void Both_releases_are_configured_with_their_dates()
    {
        var service = new ConfigurationService();
        var tables = service.ForDocument(Path.Combine(folder, "a.coding")).Classifications;

        Assert.Equal(["4.10", "4.11"], tables.Releases(CodeSystem.Opcs4).Select(t => t.Version));
        Assert.Equal(new DateOnly(2026, 4, 1), tables.InForceFrom(tables.GetTable(CodeSystem.Opcs4, "4.11")!));
        Assert.Equal("4.10", tables.InForceOn(CodeSystem.Opcs4, new DateOnly(2026, 3, 31))!.Version);
        Assert.Equal("4.11", tables.InForceOn(CodeSystem.Opcs4, new DateOnly(2026, 4, 1))!.Version);
        Assert.Null(tables.InForceOn(CodeSystem.Opcs4, new DateOnly(2021, 1, 1)));
    }

    [Fact]
    public void Against_the_Metadata_release_titles_that_differ_only_in_case_are_not_changes()
    {
        var text = "guidance IPG327 \"Radiofrequency ablation for colorectal liver metastases\" {\n  source \"https://www.nice.org.uk/guidance/ipg327\"\n  classifications opcs-4.10\n  procedure {\n"
            + "    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n    image-guided\n    opcs Y68.9 \"Unspecified other approach to organ under image control\"\n  }\n}\n";
        var path = Path.Combine(folder, "a.coding");
        File.WriteAllText(path, text);
        var analysis = WorkspaceAnalyzer.Analyze([new DocumentInput(path, text)], new CodingWorkspace())[0];

        var changes = ReleaseComparer.Compare(analysis, new ReleaseName(CodeSystem.Opcs4, "4.11"));

        Assert.DoesNotContain(changes, c => c.Kind is ReleaseChangeKind.TitleChanged or ReleaseChangeKind.Retired);
        Assert.Contains(changes, c => c.Kind == ReleaseChangeKind.RuleNeedsReview && c.Diagnostic.Message.Contains("Y68.- gains Y68.2, Y68.3, Y68.4, Y68.5"));
        Assert.DoesNotContain(analysis.Diagnostics, d => d.Level == DiagnosticLevel.Error);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
