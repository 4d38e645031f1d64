using CodingDsl.Language.Classifications;
using Xunit;

namespace CodingDsl.Language.Tests.Classifications;

public class BundledTablesTests
{
    [Fact]
    public void Bundled_OPCS_4_10_is_the_whole_shared_table()
    {
        var bundled = BundledTables.Opcs410;
        Assert.Equal("OPCS-4.10 (bundled)", bundled.DisplayName);
        Assert.Equal(11459, bundled.Count);
        Assert.True(bundled.IsComplete);
        Assert.Same(bundled, BundledTables.Opcs410);
        Assert.Equal("Percutaneous radiofrequency ablation of lesion of liver", bundled.Find("J12.4")!.Title);
    }

    [Fact]
    public void Bundled_tables_load_once_under_concurrent_first_use()
    {
        var tables = Enumerable.Range(0, 8).AsParallel().Select(_ => BundledTables.Icd10Starter).ToArray();
        Assert.All(tables, t => Assert.Same(tables[0], t));
    }

    [Fact]
    public async Task Preloading_on_another_thread_while_a_title_search_runs_gives_the_same_tables_and_ranking()
    {
        // The language server calls Preload on a background thread at initialize; a completion may
        // search titles at the same moment. Both must see one table and one index.
        var preload = Task.Run(BundledTables.Preload);
        var hits = BundledTables.Opcs410.SearchTitle("liver abl", 10);
        await preload;

        Assert.Contains("J12.4", hits.Select(h => h.Code));
        Assert.Equal(hits.Select(h => h.Code), BundledTables.Opcs410.SearchTitle("liver abl", 10).Select(h => h.Code));
        Assert.Equal("C78.7", BundledTables.Icd10Starter.SearchTitle("secondary malignant liver", 1).Single().Code);
    }

    [Fact]
    public void ICD10_starter_is_partial_and_marks_dagger_and_asterisk_codes()
    {
        var starter = BundledTables.Icd10Starter;
        Assert.False(starter.IsComplete);
        Assert.Equal("5", starter.Version);
        Assert.Equal("Secondary malignant neoplasm of liver and intrahepatic bile duct", starter.Find("C78.7")!.Title);
        Assert.Equal(CodeUsage.Asterisk, starter.Find("H19.8A")!.Usage);
        Assert.Equal(CodeUsage.Dagger, starter.Find("Q90")!.Usage);
        Assert.True(starter.Find("C18")!.IsCategory);
        Assert.Equal("C64", starter.Find("C64.X")!.Code);
        Assert.Null(starter.Find("C18.7")); // children NICE does not cite are not in the starter table
    }

    [Fact]
    public void Every_ICD10_code_cited_by_the_NICE_texts_is_in_the_starter_table()
    {
        var starter = BundledTables.Icd10Starter;
        var cited = new[]
        {
            "C22.9", "C78.7", "H18.6", "Q13.4", "Q90.-†", "H19.8A", "I97.2", "I89.0", "Q82.0", "C16.-", "C78.8",
            "H35.3", "I20.-", "C18.-", "C64.X", "C65.X", "C79.0",
        };
        Assert.All(cited, code => Assert.NotNull(starter.Find(code.Replace(".-", string.Empty))));
        Assert.Equal(cited.Length, starter.Count);
    }
}
