using CodingDsl.Language.Classifications;
using Xunit;

namespace CodingDsl.Language.Tests.Classifications;

/// <summary>The real OPCS-4.10 CodesAndTitles file, read as a user's TRUD file would be.</summary>
public class Opcs410TableTests
{
    private static readonly Lazy<TableLoadResult> Loaded = new(() =>
        ClassificationLoader.LoadFile(SharedData.Opcs410, new TableLoadOptions(CodeSystem.Opcs4, "4.10")));

    private static IClassificationTable Table => Loaded.Value.Table!;

    [Fact]
    public void Reads_every_row_as_CodesAndTitles()
    {
        var result = Loaded.Value;
        Assert.Null(result.Error);
        Assert.Equal(TableFormat.CodesAndTitles, result.Format);
        Assert.Equal(0, result.SkippedLines);
        Assert.Equal(11459, Table.Count);
        Assert.Equal(1590, Table.Entries.Count(e => e.IsCategory));
        Assert.Equal("4.10", Table.Version);
        Assert.Equal("OPCS-4.10 (OPCS410 CodesAndTitles.txt)", Table.DisplayName);
        Assert.True(Table.IsComplete);
    }

    [Fact]
    public void Finds_codes_and_categories_with_their_titles()
    {
        Assert.Equal("Percutaneous radiofrequency ablation of lesion of liver", Table.Find("J12.4")!.Title);
        var category = Table.Find("Y53")!;
        Assert.True(category.IsCategory);
        Assert.Equal("Approach to organ under image control", category.Title);
        Assert.Null(Table.Find("J12.0"));
        Assert.Null(Table.Find("Y68.2")); // added in OPCS-4.11
    }

    [Theory]
    [InlineData("j12.4")]
    [InlineData(" J12.4 ")]
    [InlineData("J124")]
    public void Find_accepts_codes_as_people_type_them(string typed) =>
        Assert.Equal("J12.4", Table.Find(typed)?.Code);

    [Fact]
    public void Children_of_Y53_are_its_fourth_character_codes_in_order()
    {
        var children = Table.GetChildren("Y53").Select(e => e.Code).ToArray();
        Assert.Equal(new[] { "Y53.1", "Y53.2", "Y53.3", "Y53.4", "Y53.5", "Y53.6", "Y53.7", "Y53.8", "Y53.9" }, children);
        Assert.Equal(children, Table.GetChildren("Y53.-").Select(e => e.Code));
        Assert.Empty(Table.GetChildren("J99"));
    }

    [Fact]
    public void Prefix_J12_dot_lists_J12_1_to_J12_9()
    {
        var codes = Table.FindByPrefix("J12.", 50).Select(e => e.Code).ToArray();
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"J12.{i}"), codes);
        Assert.Equal(3, Table.FindByPrefix("j1", 3).Count);
        Assert.Empty(Table.FindByPrefix("Ö", 10));
    }

    [Fact]
    public void Title_search_liver_abl_finds_the_liver_ablations_with_J12_4_among_the_first()
    {
        var hits = Table.SearchTitle("liver abl", 10).Select(e => e.Code).ToList();
        Assert.Contains("J12.4", hits.Take(7));
        Assert.All(hits, code =>
        {
            var words = Table.Find(code)!.Title.ToLowerInvariant();
            Assert.Contains("liver", words);
            Assert.Contains("abl", words);
        });
        Assert.DoesNotContain("X65.5", hits); // thyroid ablation: no word starting "liver"
    }

    [Fact]
    public void Title_search_ranks_whole_word_matches_then_shorter_titles()
    {
        Assert.Equal("J12.4", Table.SearchTitle("radiofrequency liver", 5)[0].Code);
        var hits = Table.SearchTitle("ablation liver", 10);
        Assert.Equal("J03.3", hits[0].Code); // "Thermal ablation of single lesion of liver": both words whole, shortest
        Assert.Empty(Table.SearchTitle("liver zzz", 10));
        Assert.Empty(Table.SearchTitle("  ", 10));
    }

    [Theory]
    [InlineData("o")]
    [InlineData("a")]
    [InlineData("of")]
    public void The_best_few_are_the_head_of_the_full_ranking(string query)
    {
        var all = Table.SearchTitle(query, int.MaxValue);
        Assert.True(all.Count > 100);
        Assert.Equal(all.Take(20), Table.SearchTitle(query, 20));
    }

    [Fact]
    public void Suggests_the_transposed_code_first_then_siblings_in_the_category()
    {
        var suggestions = Table.Suggest("J21.4", 6).Select(e => e.Code).ToList();
        Assert.Equal("J12.4", suggestions[0]);
        Assert.Contains("J21.1", suggestions);
        Assert.Empty(Table.Suggest("", 5));
    }

    [Fact]
    public void Chapters_have_the_official_titles()
    {
        Assert.Equal(("J", "Other abdominal organs, principally digestive"), Table.GetChapter("J12.4"));
        Assert.Equal(("Y", "Subsidiary classification of methods of operation"), Table.GetChapter("Y53.9"));
        Assert.Equal(("O", "Overflow codes"), Table.GetChapter("O20"));
        Assert.Null(Table.GetChapter("I12"));
        Assert.True(OpcsChapters.IsSubsidiary("Z94.2"));
        Assert.False(OpcsChapters.IsSubsidiary("J12.4"));

        // Every code in the table belongs to a chapter.
        Assert.All(Table.Entries, e => Assert.NotNull(Table.GetChapter(e.Code)));
    }
}
