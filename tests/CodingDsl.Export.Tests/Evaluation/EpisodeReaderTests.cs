using CodingDsl.Language.Configuration;
using CodingDsl.Language.Evaluation;

namespace CodingDsl.Export.Tests.Evaluation;

public sealed class EpisodeReaderTests
{
    private static IReadOnlyList<EpisodeRecord> ReadCsv(string text) =>
        EpisodeCsvReader.Read(new StringReader(text), new EpisodeCodeReader(ClassificationSet.Bundled)).ToArray();

    [Theory]
    [InlineData("J124", "J12.4")]
    [InlineData("C787", "C78.7")]
    [InlineData("I48X", "I48.X")]
    [InlineData("M8008", "M80.08")]
    [InlineData("H198A", "H19.8A")]
    [InlineData("Q909D", "Q90.9†")]
    [InlineData("c78.7", "C78.7")]
    [InlineData(" C78.7 ", "C78.7")]
    public void Hes_and_printed_spellings_read_as_the_same_code(string field, string expected)
    {
        var system = char.IsAsciiLetterUpper(expected[0]) && expected is "J12.4" ? Language.Classifications.CodeSystem.Opcs4 : Language.Classifications.CodeSystem.Icd10;
        var reading = new EpisodeCodeReader(ClassificationSet.Bundled).Read(system, field);

        Assert.Null(reading.Problem);
        Assert.Equal(expected, reading.Code!.Pattern.Text);
    }

    // Short fields are cached under a number packed from their characters, longer or wider ones under
    // their text: each field, read again from the cache, must keep its own reading (`#1` and `\0#1`, a
    // code and its spellings with spaces or lower case, a dagger, the seven- and eight-character edge).
    [Fact]
    public void A_reader_answers_each_field_again_with_its_own_reading()
    {
        string[] fields = ["C787", "C78.7", " C787", "c787", "I48X", "#1", "\0#1", "  C78.7  ", "Q909†", "Q909D", "ZZZZZZZ", "ZZZZZZZZ"];
        var shared = new EpisodeCodeReader(ClassificationSet.Bundled);
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var field in fields)
            {
                var fresh = new EpisodeCodeReader(ClassificationSet.Bundled).Read(Language.Classifications.CodeSystem.Icd10, field);
                var again = shared.Read(Language.Classifications.CodeSystem.Icd10, field);

                Assert.Equal(fresh.Problem, again.Problem);
                Assert.Equal(fresh.Code?.Pattern.Text, again.Code?.Pattern.Text);
            }
        }
        var plain = shared.Read(Language.Classifications.CodeSystem.Icd10, "#1").Problem;
        Assert.NotNull(plain);
        Assert.NotEqual(plain, shared.Read(Language.Classifications.CodeSystem.Icd10, "\0#1").Problem);
    }

    [Fact]
    public void Hes_columns_are_read_in_number_order_whatever_their_order_in_the_header()
    {
        var records = ReadCsv("opertn_02,diag_01,epikey,opertn_01\nY534,C787,E1,J124\n");

        var episode = Assert.IsType<EpisodeRow>(Assert.Single(records)).Episode;
        Assert.Equal("E1", episode.Id);
        Assert.Equal(["J12.4", "Y53.4"], episode.Opcs.Select(c => c.Pattern.Text));
        Assert.Equal(["C78.7"], episode.Icd10.Select(c => c.Pattern.Text));
    }

    [Fact]
    public void A_quoted_field_may_run_over_lines_and_line_numbers_stay_right()
    {
        var records = ReadCsv("\uFEFFid,opcs,icd10\n\"A\nB\",J12.4,C78.7\n\nC,\"J12.4 Y53.9\",\n");

        Assert.Equal(2, records.Count);
        Assert.Equal(("A\nB", 2L), (((EpisodeRow)records[0]).Episode.Id, records[0].Line));
        Assert.Equal(5L, records[1].Line);
        Assert.Equal(2, ((EpisodeRow)records[1]).Episode.Opcs.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a,b,c\n1,2,3\n")]
    public void A_file_without_a_usable_header_is_an_error_for_people(string text)
    {
        var e = Assert.Throws<EpisodeFileException>(() => ReadCsv(text));

        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Binary_rubbish_gives_malformed_rows_not_a_crash()
    {
        var random = new Random(7);
        var junk = new string(Enumerable.Range(0, 5000).Select(_ => (char)random.Next(0, 256)).ToArray());

        var records = ReadCsv("id,opcs,icd10\n" + junk);

        Assert.All(records, r => Assert.True(r is MalformedRow || r is EpisodeRow));
    }

    [Fact]
    public void Json_that_breaks_off_ends_with_a_malformed_row_at_its_line()
    {
        var records = EpisodeJsonReader.Read(new StringReader("[\n{\"id\": \"A\", \"opcs\": [\"J12.4\"]},\n{\"id\": \"B\", \"opcs\": [\n"), new EpisodeCodeReader(ClassificationSet.Bundled)).ToArray();

        Assert.IsType<EpisodeRow>(records[0]);
        var last = Assert.IsType<MalformedRow>(records[^1]);
        Assert.Contains("not valid JSON", last.Reason);
    }
}
