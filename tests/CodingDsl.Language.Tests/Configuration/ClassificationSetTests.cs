using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Tests.Classifications;
using NSubstitute;
using Xunit;

namespace CodingDsl.Language.Tests.Configuration;

public class ClassificationSetTests
{
    private const string Config = """
        {
          "classifications": {
            "opcs": [
              { "version": "4.11", "path": "tables/opcs-4.11.tsv" },
              { "version": "4.10", "path": "tables/OPCS410 CodesAndTitles.txt" }
            ],
            "icd10": [ { "version": "5", "path": "tables/ICD10_sample.txt" } ],
            "snomed": { "conceptSnapshot": "sct2_Concept_Snapshot_GB1000000_20250101.txt" }
          }
        }
        """;

    private static FakeFileSystem Files() => new FakeFileSystem()
        .Add("/repo/codingdsl.json", Config)
        .AddReal("/repo/tables/opcs-4.11.tsv", SharedData.Opcs411)
        .AddReal("/repo/tables/OPCS410 CodesAndTitles.txt", SharedData.Opcs410)
        .AddReal("/repo/tables/ICD10_sample.txt", SharedData.Icd10TrudSample)
        .Add("/repo/sct2_Concept_Snapshot_GB1000000_20250101.txt",
            "id\teffectiveTime\tactive\tmoduleId\tdefinitionStatusId\n87628006\t20020131\t1\t900000000000207008\t900000000000074008\n");

    [Fact]
    public void Version_specific_lookups_Y68_2_is_in_4_11_not_in_4_10()
    {
        var document = new ConfigurationService(Files().Substitute).ForDocument("/repo/ipg/IPG327.coding");
        Assert.Empty(document.Problems);
        var set = document.Classifications;

        Assert.Equal("4.11", set.Opcs.Version); // the first table is the default
        Assert.NotNull(set.GetTable(CodeSystem.Opcs4, "4.11")!.Find("Y68.2"));
        Assert.Null(set.GetTable(CodeSystem.Opcs4, "4.10")!.Find("Y68.2"));
        Assert.NotNull(set.GetTable(CodeSystem.Opcs4, null)!.Find("Y68.2"));
        Assert.Null(set.GetTable(CodeSystem.Opcs4, "4.6")); // not configured, not bundled: the caller says so

        Assert.Equal("5", set.Icd10.Version);
        Assert.True(set.Icd10.IsComplete);
        Assert.False(set.UsesIcd10Starter);
        Assert.Equal(Language.Classifications.Snomed.SnomedConceptStatus.Active, set.Snomed!.Find("87628006"));
    }

    [Fact]
    public void Thousands_of_documents_under_one_config_load_each_table_once()
    {
        var files = Files();
        var service = new ConfigurationService(files.Substitute);
        var sets = Enumerable.Range(0, 2000).AsParallel()
            .Select(i => service.ForDocument($"/repo/ipg/IPG{i}.coding").Classifications).ToList();

        Assert.All(sets, s => Assert.Same(sets[0], s));
        files.Substitute.Received(1).ReadAllText("/repo/tables/opcs-4.11.tsv");
        files.Substitute.Received(1).ReadAllText("/repo/tables/OPCS410 CodesAndTitles.txt");
        files.Substitute.Received(1).OpenText("/repo/sct2_Concept_Snapshot_GB1000000_20250101.txt");

        // A table that changes on disk is read again; the others are not.
        files.Touch("/repo/tables/opcs-4.11.tsv", new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        var after = service.ForDocument("/repo/ipg/IPG1.coding").Classifications;
        Assert.NotSame(sets[0], after);
        Assert.Same(sets[0].GetTable(CodeSystem.Opcs4, "4.10"), after.GetTable(CodeSystem.Opcs4, "4.10"));
        files.Substitute.Received(2).ReadAllText("/repo/tables/opcs-4.11.tsv");
        files.Substitute.Received(1).ReadAllText("/repo/tables/OPCS410 CodesAndTitles.txt");
    }

    [Fact]
    public void Without_a_config_the_bundled_tables_serve()
    {
        var set = new ConfigurationService(new FakeFileSystem().Substitute).ForDocument("/nowhere/IPG1.coding").Classifications;
        Assert.Same(ClassificationSet.Bundled, set);
        Assert.Same(BundledTables.Opcs410, set.Opcs);
        Assert.Same(BundledTables.Icd10Starter, set.Icd10);
        Assert.True(set.UsesIcd10Starter);
        Assert.Null(set.Snomed);
        Assert.Same(BundledTables.Opcs410, set.GetTable(CodeSystem.Opcs4, "4.10"));
        Assert.Null(set.GetTable(CodeSystem.Opcs4, "4.11"));
    }

    [Fact]
    public void A_missing_table_is_a_problem_at_its_entry_and_the_bundled_table_serves()
    {
        var files = new FakeFileSystem().Add("/repo/codingdsl.json", """
            {
              "classifications": {
                "opcs": [ { "version": "4.11", "path": "missing.txt" } ],
                "icd10": [ { "version": "5", "path": "bad.txt" } ]
              }
            }
            """).Add("/repo/bad.txt", "ICD10_CODE\tALT_CODE\tDESCRIPTION\nnot a code\tx\ty\nA00\tA00\tCholera\n");
        var document = new ConfigurationService(files.Substitute).ForDocument("/repo/IPG1.coding");

        Assert.Equal(2, document.Problems.Count);
        var missing = document.Problems[0];
        Assert.Equal((3, 44), (missing.Line, missing.Column)); // the "missing.txt" value
        Assert.Equal("cannot read '/repo/missing.txt': the file does not exist", missing.Message);
        Assert.Equal("skipped 1 malformed line in 'bad.txt'; first at line 2: 'not a code' is not an ICD-10 code", document.Problems[1].Message);

        Assert.Same(BundledTables.Opcs410, document.Classifications.Opcs);
        Assert.Equal("Cholera", document.Classifications.Icd10.Find("A00")!.Title);
    }
}
