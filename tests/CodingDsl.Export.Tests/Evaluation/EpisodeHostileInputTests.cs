using System.Text;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Evaluation;

namespace CodingDsl.Export.Tests.Evaluation;

/// <summary>Issue 11, faults 7 and 14: episode files that are broken on purpose or by accident.</summary>
public sealed class EpisodeHostileInputTests
{
    private static IReadOnlyList<EpisodeRecord> Read(string text, string name) =>
        EpisodeFile.Read(new StringReader(text), name, new EpisodeCodeReader(ClassificationSet.Bundled)).ToArray();

    private static string Rows(int count, int firstId)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append("EP").Append(firstId + i).Append(",J12.4,C78.7\n");
        }
        return builder.ToString();
    }

    [Fact]
    public void One_stray_quote_costs_one_reported_row_and_the_rest_of_the_file_is_read()
    {
        // The reproducer: one unbalanced quote, then 40,000 rows (33 s before, quadratic).
        var text = "id,opcs,icd10\n\"EP0,J12.4,C78.7\n" + Rows(40_000, 1);

        var records = Read(text, "episodes.csv");

        var malformed = Assert.IsType<MalformedRow>(records[0]);
        Assert.Equal(2, malformed.Line);
        Assert.Contains("not closed within 256 lines", malformed.Reason);
        // The rows gathered into the unclosed field are skipped with it; every row after them is read.
        Assert.Equal(40_000 - EpisodeCsvReader.MaxRowLines, records.OfType<EpisodeRow>().Count());
        Assert.Single(records.OfType<MalformedRow>());
    }

    [Fact]
    public void A_quoted_field_longer_than_the_cap_is_reported_with_its_line()
    {
        var text = "id,opcs,icd10\nEP1,J12.4,C78.7\nEP2,\"" + string.Join('\n', Enumerable.Repeat(new string('x', 1000), 100)) + "\",C78.7\nEP3,J12.4,C78.7\n";

        var records = Read(text, "episodes.csv");

        var malformed = records.OfType<MalformedRow>().First();
        Assert.Equal(3, malformed.Line);
        Assert.Contains("65,536 characters", malformed.Reason);
        Assert.Equal("EP1", Assert.IsType<EpisodeRow>(records[0]).Episode.Id);
        Assert.Equal("EP3", Assert.IsType<EpisodeRow>(records[^1]).Episode.Id);
    }

    [Fact]
    public void A_row_longer_than_the_cap_is_reported_and_the_next_rows_are_read()
    {
        var text = "id,opcs,icd10\nEP1," + new string('J', EpisodeCsvReader.MaxRowLength + 1) + ",C78.7\nEP2,J12.4,C78.7\n";

        var records = Read(text, "episodes.csv");

        Assert.Equal(2, Assert.IsType<MalformedRow>(records[0]).Line);
        Assert.Equal("EP2", Assert.IsType<EpisodeRow>(records[1]).Episode.Id);
    }

    [Fact]
    public void A_quoted_field_over_a_few_lines_still_reads()
    {
        var records = Read("id,opcs,icd10\n\"EP\n1\",J12.4,C78.7\nEP2,J12.4,C78.7\n", "episodes.csv");

        Assert.Equal(["EP\n1", "EP2"], records.OfType<EpisodeRow>().Select(r => r.Episode.Id));
    }

    [Theory]
    [InlineData("[{\"id\": \"A\", \"opcs\": [\"J12.4\"]}]\n{\"id\": \"B\"}")]
    [InlineData("[{\"id\": \"A\", \"opcs\": [\"J12.4\"]}] ]")]
    [InlineData("[{\"id\": \"A\", \"opcs\": [\"J12.4\"]}]\n[]")]
    [InlineData("[{\"id\": \"A\", \"opcs\": [\"J12.4\"]}]garbage")]
    public void Text_after_the_json_array_is_an_error(string text)
    {
        var records = Read(text, "episodes.json");

        Assert.Equal("A", Assert.IsType<EpisodeRow>(records[0]).Episode.Id);
        Assert.Contains("follows the closing ']'", Assert.IsType<MalformedRow>(records[^1]).Reason);
    }

    [Fact]
    public void White_space_after_the_json_array_is_fine()
    {
        var records = Read("[{\"id\": \"A\", \"opcs\": [\"J12.4\"]}]\n\n  \n", "episodes.json");

        Assert.Equal("A", Assert.IsType<EpisodeRow>(Assert.Single(records)).Episode.Id);
    }
}
