using CodingDsl.Language.Classifications;
using Xunit;

namespace CodingDsl.Language.Tests.Classifications;

/// <summary>Our hard-coded chapter ranges against WHO's list of chapters and blocks.</summary>
public class Icd10ChaptersTests
{
    private static readonly string[][] Rows = File.ReadAllLines(SharedData.Icd10Chapters).Skip(1)
        .Where(l => l.Length > 0).Select(l => l.Split('\t')).ToArray();

    [Fact]
    public void Titles_match_WHO_for_all_22_chapters()
    {
        var who = Rows.Where(r => !r[0].Contains('-')).ToDictionary(r => r[0], r => r[1]);
        Assert.Equal(22, who.Count);
        Assert.Equal(who.OrderBy(p => p.Key), Icd10Chapters.All.ToDictionary(c => c.Id, c => c.Title).OrderBy(p => p.Key));
    }

    [Fact]
    public void Every_block_lies_inside_one_chapter()
    {
        var blocks = Rows.Where(r => r[0].Contains('-')).Select(r => r[0].Split('-')).ToArray();
        Assert.True(blocks.Length > 200);
        Assert.All(blocks, b =>
        {
            var first = Icd10Chapters.Find(b[0]);
            Assert.NotNull(first);
            Assert.Equal(first, Icd10Chapters.Find(b[1]));
        });
    }

    [Theory]
    [InlineData("C78.7", "II")]
    [InlineData("D48.9", "II")]
    [InlineData("D50", "III")]
    [InlineData("H59.9", "VII")]
    [InlineData("H60", "VIII")]
    [InlineData("T98.3", "XIX")]
    [InlineData("U07.1", "XXII")]
    [InlineData("Z99.9", "XXI")]
    public void Codes_fall_in_their_chapter(string code, string chapter) =>
        Assert.Equal(chapter, Icd10Chapters.Find(code)?.Id);
}
