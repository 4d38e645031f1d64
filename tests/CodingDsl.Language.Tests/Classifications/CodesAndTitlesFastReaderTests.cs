using System.Text;
using CodingDsl.Language.Classifications;
using Xunit;

namespace CodingDsl.Language.Tests.Classifications;

/// <summary>
/// The bundled OPCS-4.10 table is read by a fast path at start-up; it must give exactly the table the
/// general reader gives, and hand anything unusual back to it.
/// </summary>
public class CodesAndTitlesFastReaderTests
{
    private static readonly TableLoadOptions Options = new(CodeSystem.Opcs4, "4.10", "OPCS-4.10 (test)", TableFormat.CodesAndTitles);

    [Fact]
    public void The_bundled_table_read_fast_equals_the_general_readers_table_entry_for_entry()
    {
        var path = Path.Combine(RepoPaths.Root, "server", "CodingDsl.Language", "Tables", "OPCS410 CodesAndTitles.txt");

        var general = ClassificationLoader.LoadText(File.ReadAllText(path), Options).Table!;
        var fast = CodesAndTitlesFastReader.TryRead(File.ReadAllBytes(path));

        Assert.NotNull(fast);
        var table = ClassificationLoader.FromEntries(fast, Options);
        Assert.Equal(general.Entries, table.Entries);
        Assert.Equal(general.Entries, BundledTables.Opcs410.Entries);
        Assert.Equal(general.GetChildren("J12"), table.GetChildren("J12"));
        Assert.Equal(general.Suggest("J12.9", 5), table.Suggest("J12.9", 5));
    }

    [Theory]
    [InlineData("code\ttitle\nA01\tBrain\n")]            // a header line
    [InlineData("A01\tBrain\nA01.1 Hemispherectomy\n")]  // no tab
    [InlineData("A01\tBrain\na01.1\tHemispherectomy\n")] // a code not in key form
    [InlineData("A01\tBrain\nA01.1\t   \n")]             // no title
    [InlineData("A01\tBrain\nA01.1\tHemi\tdagger\n")]     // a usage column
    public void Text_the_general_reader_handles_differently_is_handed_back(string text)
    {
        Assert.Null(CodesAndTitlesFastReader.TryRead(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void UTF16_text_is_handed_back()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("A01\tBrain\n")).ToArray();
        Assert.Null(CodesAndTitlesFastReader.TryRead(bytes));
    }

    [Fact]
    public void Line_ends_blank_lines_a_byte_order_mark_and_repeated_codes_read_as_the_general_reader_reads_them()
    {
        const string text = "A01\t Brain \r\nA01.1\tHemisph\u00E8rectomy\rA01.2\tLobectomy\n\n  \nA01.2\tAgain\r\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var general = ClassificationLoader.LoadText(new StreamReader(new MemoryStream(bytes)).ReadToEnd(), Options).Table!;
        var fast = ClassificationLoader.FromEntries(CodesAndTitlesFastReader.TryRead(bytes)!, Options);

        Assert.Equal(["A01", "A01.1", "A01.2"], fast.Entries.Select(e => e.Code));
        Assert.Equal(general.Entries, fast.Entries);
        Assert.Equal("Brain", fast.Find("A01")!.Title);
        Assert.Equal("Hemisph\u00E8rectomy", fast.Find("A01.1")!.Title);
        Assert.Equal("Lobectomy", fast.Find("A01.2")!.Title); // the first row of a code wins
    }

    [Fact]
    public void A_table_given_out_of_code_order_is_still_sorted()
    {
        var table = ClassificationTable.Create(CodeSystem.Opcs4, "4.10", "t", isComplete: true,
        [
            new("B02.1", "Second child", false),
            new("A01", "First", true),
            new("B02", "Second", true),
            new("A01.1", "First child", false),
        ]);

        Assert.Equal(["A01", "A01.1", "B02", "B02.1"], table.Entries.Select(e => e.Code));
        Assert.Equal(["B02.1"], table.GetChildren("B02").Select(e => e.Code));
        Assert.Equal(["A01.1"], table.FindByPrefix("A01.", 5).Select(e => e.Code));
    }
}
