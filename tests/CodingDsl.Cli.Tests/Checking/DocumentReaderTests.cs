using System.Text;
using CodingDsl.Cli.Checking;
using CodingDsl.Cli.Tests.Support;

namespace CodingDsl.Cli.Tests.Checking;

public class DocumentReaderTests
{
    [Fact]
    public void Invalid_UTF8_is_read_with_replacement_characters()
    {
        Assert.Equal("a\uFFFDb", DocumentReader.Decode([(byte)'a', 0xFF, (byte)'b']));
    }

    [Fact]
    public void A_UTF8_byte_order_mark_is_not_part_of_the_text()
    {
        Assert.Equal("guidance", DocumentReader.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("guidance")]));
    }

    [Fact]
    public void UTF16_with_a_byte_order_mark_is_decoded()
    {
        Assert.Equal("J12.4 é", DocumentReader.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("J12.4 é")]));
        Assert.Equal("J12.4 é", DocumentReader.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("J12.4 é")]));
    }

    [Fact]
    public void Files_come_back_in_the_order_asked_with_their_paths()
    {
        using var temp = new TempFolder();
        var paths = Enumerable.Range(0, 50).Select(i => temp.Write($"f{i}.coding", $"// file {i}")).ToArray();

        var documents = DocumentReader.ReadAll(paths);

        Assert.Equal(paths, documents.Select(d => d.Path));
        Assert.Equal(paths.Select((_, i) => $"// file {i}"), documents.Select(d => d.Text));
    }

    [Fact]
    public void An_unreadable_file_is_an_error_naming_it()
    {
        using var temp = new TempFolder();
        var dangling = Path.Combine(temp.Path, "gone.coding");
        File.CreateSymbolicLink(dangling, Path.Combine(temp.Path, "nowhere.coding"));

        var error = Assert.Throws<CliException>(() => DocumentReader.ReadAll([dangling]));

        Assert.StartsWith($"cannot read '{dangling}': ", error.Message);
    }
}
