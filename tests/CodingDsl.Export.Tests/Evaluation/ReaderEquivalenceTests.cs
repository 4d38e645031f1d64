using System.Text;
using CodingDsl.Export.Tests.Evaluation.Reference;
using CodingDsl.Export.Tests.Support;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Evaluation;
using CodingDsl.Language.Rules;

namespace CodingDsl.Export.Tests.Evaluation;

/// <summary>
/// The CSV reader that reads rows from one reused buffer into reused episodes gives, row for row, the
/// episodes and skipped rows the ReadLine reader it replaced gave (<see cref="ReadLineEpisodeReader"/>,
/// kept as the oracle): on every episode fixture and on the edge cases of quoting, caps, line breaks,
/// byte-order marks and trailing garbage, whole or handed over a few characters at a time.
/// </summary>
public sealed class ReaderEquivalenceTests
{
    private static readonly string HesFixture = File.ReadAllText(Path.Combine(Repo.Episodes, "hes-episodes.csv"));

    public static TheoryData<string> Cases => new(EdgeCases.Keys.Order(StringComparer.Ordinal));

    private static readonly Dictionary<string, string> EdgeCases = new()
    {
        ["hes fixture"] = HesFixture,
        ["simple fixture"] = File.ReadAllText(Path.Combine(Repo.Episodes, "simple-episodes.csv")),
        ["hes fixture, CRLF"] = HesFixture.ReplaceLineEndings("\r\n"),
        ["hes fixture, lone CR"] = HesFixture.ReplaceLineEndings("\r"),
        ["hes fixture, no final break"] = HesFixture.TrimEnd('\n'),
        ["hes fixture x 2,000, CRLF (past the buffer many times)"] = Repeat(HesFixture, 2_000).ReplaceLineEndings("\r\n"),
        ["byte-order mark"] = "\uFEFFid,opcs,icd10\nA,J12.4,C78.7\n",
        ["blank lines around the header and rows"] = "\n \n\t\nid,opcs,icd10\n\n  \nA,J12.4,C78.7\n\n\nB,J12.4 Y53.9,C78.7|C18.7\n\n",
        ["quotes, doubled quotes, a quoted line break"] = "id,opcs,icd10\n\"A,1\",\"J12.4 Y53.9\",C78.7\n\"B\"\"x\"\"\",J12.4,\n\"C\nD\",J12.4,C78.7\r\n\"E\r\nF\",\"J12.4\",C78.7\n",
        ["a quote not closed before the end"] = "id,opcs,icd10\nA,J12.4,C78.7\nB,\"J12.4,C78.7\nC,J12.4,C78.7\n",
        ["a stray quote over more lines than the cap"] = "id,opcs,icd10\n\"EP0,J12.4,C78.7\n" + string.Concat(Enumerable.Range(1, 400).Select(i => $"EP{i},J12.4,C78.7\n")),
        ["a quoted field longer than the cap"] = "id,opcs,icd10\nEP1,J12.4,C78.7\nEP2,\"" + string.Join('\n', Enumerable.Repeat(new string('x', 1000), 100)) + "\",C78.7\nEP3,J12.4,C78.7\n",
        ["a row one over the cap"] = "id,opcs,icd10\nEP1," + new string('J', EpisodeCsvReader.MaxRowLength + 1) + ",C78.7\r\nEP2,J12.4,C78.7\n",
        ["a row exactly at the cap"] = "id,opcs,icd10\nEP1,J12.4," + new string(' ', EpisodeCsvReader.MaxRowLength - 15) + "C78.7\nEP2,J12.4,C78.7\n",
        ["a blank line over the cap"] = "id,opcs,icd10\nEP1,J12.4,C78.7\n" + new string(' ', EpisodeCsvReader.MaxRowLength * 3) + "\nEP2,J12.4,C78.7\n",
        ["a last row over the cap, no final break"] = "id,opcs,icd10\nEP1,J12.4,C78.7\nEP2," + new string('x', EpisodeCsvReader.MaxRowLength * 2),
        ["trailing garbage"] = "id,opcs,icd10\nA,J12.4,C78.7\n\u0000\u0001garbage\nB,J12.4,C78.7,extra\n,J12.4,C78.7\n\"",
        ["codes that are not codes"] = "id,opcs,icd10\nA,ZZZ,C78.7\nB,J12.4,C787X9\nC,W99.9,Q999\n",
        ["dates"] = "id,date,opcs\nA,2026-04-01,J12.4\nB,31.03.2026,J12.4\nC,1800-01-01,J12.4\nD,20260401,\nE,01/04/2026,J124\n",
        ["HES without an id column"] = "diag_01,opertn_01,epistart\nC787,J124,20260401\n-,&,\n",
        ["HES with capitals and spaces"] = "EPIKEY , DIAG_01,OPERTN_01\n E1 , c787 , j124 \n",
        ["HES columns out of numeric order (read by the general path)"] = "epikey,diag_02,diag_01,opertn_02,opertn_01\nE1,C787,J189,Y539,J124\nE2,-,I10X,-,&\n",
        ["HES with the id after the codes (read by the general path)"] = "diag_01,opertn_01,epikey\nC787,J124,E1\n-,-,E2\nC787,J124, \n",
        ["HES with quoted fields"] = "epikey,diag_01,opertn_01\n\"E1\",\"C787\",J124\nE2,\"C7\"\"87\",-\nE3,C787,J1\"24\n",
        ["HES rows the one pass gives back: bad codes, field counts, no id, blanks"] = "epikey,diag_01,diag_02,opertn_01,opertn_02\nE1,C787,XXXX,J124,ZZZ9\nE2,C787,-,J124\nE3,C787,-,J124,-,-\n ,C787,-,J124,-\nE4,&,-, - ,--\nE5,C787,,J124,\nE6,C787,I10X,J124,Y539,\n",
        ["HES with a date column between the codes"] = "epikey,diag_01,epistart,opertn_01\nE1,C787,2026-04-01,J124\nE2,C787,bad,J124\nE3,C787,,J124\nE4,C787,01/04/2026,-\n",
        ["empty"] = "",
        ["blank only"] = "\n  \r\n\t\n",
        ["a header naming no episode columns"] = "a,b,c\n1,2,3\n",
    };

    private static string Repeat(string file, int times)
    {
        var lines = file.Split('\n');
        var rows = lines.Skip(1).Where(l => l.Length > 0).ToArray();
        return string.Join("\n", new[] { lines[0] }.Concat(Enumerable.Repeat(rows, times).SelectMany(r => r))) + "\n";
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_buffered_reader_reads_every_row_as_the_line_reader_did(string name)
    {
        var text = EdgeCases[name];

        var expected = Describe(() => ReadLineEpisodeReader.Read(new StringReader(text), Codes()));

        Assert.Equal(expected, Describe(() => EpisodeCsvReader.Read(new StringReader(text), Codes())));
        Assert.Equal(expected, Describe(() => EpisodeCsvReader.Read(new TrickleReader(text), Codes())));
        Assert.Equal(expected, Describe(() => ThroughOneSlot(EpisodeCsvReader.Open(new StringReader(text), Codes()))));
    }

    [Theory]
    [InlineData("episodes.json")]
    [InlineData("hes-episodes.csv")]
    [InlineData("simple-episodes.csv")]
    public void Every_fixture_reads_the_same_through_the_slot_source(string file)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Episodes, file));
        var oracle = file.EndsWith(".json", StringComparison.Ordinal)
            ? (Func<IEnumerable<EpisodeRecord>>)(() => EpisodeJsonReader.Read(new StringReader(text), Codes()))
            : () => ReadLineEpisodeReader.Read(new StringReader(text), Codes());

        var expected = Describe(oracle);

        Assert.Equal(expected, Describe(() => ThroughOneSlot(EpisodeFile.Open(new StringReader(text), file, Codes()))));
        Assert.Equal(expected, Describe(() => EpisodeFile.Read(new StringReader(text), file, Codes())));
    }

    /// <summary>
    /// The one difference, on purpose: a header longer than the row cap is refused with a reason (the
    /// line reader read a line of any length whole before looking at it; the buffer holds at most the cap).
    /// </summary>
    [Fact]
    public void A_header_longer_than_the_row_cap_is_refused_with_a_reason()
    {
        var text = "id,opcs,icd10" + new string(',', EpisodeCsvReader.MaxRowLength) + "\nA,J12.4,C78.7\n";

        var e = Assert.Throws<EpisodeFileException>(() => EpisodeCsvReader.Read(new StringReader(text), Codes()).ToArray());

        Assert.Equal("the header row is longer than 65,536 characters", e.Message);
    }

    private static EpisodeCodeReader Codes() => new(ClassificationSet.Bundled);

    /// <summary>Each row described from the one reused slot before the next row overwrites it.</summary>
    private static IEnumerable<string> ThroughOneSlot(EpisodeSource source)
    {
        var slot = new EpisodeSlot();
        while (source.TryRead(slot))
        {
            yield return slot.Episode is { } episode ? Describe(episode) : Describe(slot.Malformed!);
        }
    }

    private static IReadOnlyList<string> Describe(Func<IEnumerable<EpisodeRecord>> read) =>
        Describe(() => read().Select(r => r switch
        {
            EpisodeRow row => Describe(row.Episode),
            MalformedRow malformed => Describe(malformed),
            _ => throw new InvalidOperationException(),
        }));

    /// <summary>The rows as text, or the error the file is refused with (so both readers must refuse it alike).</summary>
    private static IReadOnlyList<string> Describe(Func<IEnumerable<string>> rows)
    {
        try
        {
            return rows().ToArray();
        }
        catch (EpisodeFileException e)
        {
            return [$"refused: {e.Message}"];
        }
    }

    private static string Describe(Episode episode) =>
        $"{episode.Line} episode [{episode.Id}] opcs {Codes(episode.Opcs)} icd10 {Codes(episode.Icd10)} all {Codes(episode.AllCodes)} date {episode.Date:yyyy-MM-dd}";

    private static string Describe(MalformedRow row) => $"{row.Line} malformed: {row.Reason}";

    private static string Codes(IReadOnlyList<RecordedCode> codes) =>
        string.Join(" ", Enumerable.Range(0, codes.Count).Select(i => $"{codes[i].Pattern.Text}={codes[i].Entry?.Code ?? "?"}"));

    /// <summary>Hands the text over one to seven characters a call, so lines and "\r\n" pairs straddle every read.</summary>
    private sealed class TrickleReader(string text) : TextReader
    {
        private int position;
        private int call;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(Math.Min(count, 1 + (call++ % 7)), text.Length - position);
            text.CopyTo(position, buffer, index, n);
            position += n;
            return n;
        }

        public override int Peek() => position < text.Length ? text[position] : -1;

        public override int Read() => position < text.Length ? text[position++] : -1;
    }
}
