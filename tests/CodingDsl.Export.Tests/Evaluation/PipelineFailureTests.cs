using CodingDsl.Export.Evaluation;
using CodingDsl.Export.Tests.Support;
using CodingDsl.Language.Evaluation;

namespace CodingDsl.Export.Tests.Evaluation;

/// <summary>
/// `evaluate`'s two-thread path (<see cref="ReadAhead{T}"/>: one thread reads rows into reused slots, the
/// other evaluates and writes) when something goes wrong part-way: a malformed row and a read error in
/// the middle of the file give the report the in-turn path gives, and a writer that fails (a full disk,
/// a closed pipe) ends the run with its own error without the reader going on through the input.
/// </summary>
public sealed class PipelineFailureTests
{
    private static readonly EpisodeEvaluator Evaluator = HesEvaluator.Ipg327AndIpg306;

    private const string Header = "epikey,diag_01,diag_02,opertn_01,opertn_02\n";

    /// <summary>A row IPG327 reports (J12.4 without the image-guidance code), so the writer is called for it.</summary>
    private static string ReportedRow(long i) => $"E{i},C787,C187,J124,-\n";

    private static string Rows(int from, int count) => string.Concat(Enumerable.Range(from, count).Select(i => ReportedRow(i)));

    private static (string Report, EvaluationSummary? Summary, Exception? Error) Evaluate(TextReader input, bool readAhead)
    {
        var output = new StringWriter();
        var source = EpisodeFile.Open(input, "hes.csv", new EpisodeCodeReader(Evaluator.Tables));
        try
        {
            var summary = EvaluationRun.Run(source, Evaluator, new CsvEvaluationWriter(output), readAhead: readAhead);
            return (output.ToString(), summary, null);
        }
        catch (Exception e)
        {
            return (output.ToString(), null, e);
        }
    }

    [Fact]
    public void A_malformed_row_between_batches_is_reported_in_its_place_as_in_turn()
    {
        // 1,500 rows: the bad row falls in the second 512-row batch, the last batch is partly full.
        var text = Header + Rows(0, 700) + ",C787,C187,J124,-\n" + Rows(701, 799);

        var inTurn = Evaluate(new StringReader(text), readAhead: false);
        var ahead = Evaluate(new StringReader(text), readAhead: true);

        Assert.Null(ahead.Error);
        Assert.Equal(1, ahead.Summary!.MalformedRows);
        Assert.Equal(1_499, ahead.Summary.Episodes);
        Assert.Equal(inTurn.Report, ahead.Report);
        // Report rows start with the file's line: row E699 is line 701, the bad row line 702.
        var lines = ahead.Report.Split('\n');
        var malformed = Array.FindIndex(lines, l => l.StartsWith("702,,malformed-row,", StringComparison.Ordinal));
        Assert.True(malformed > 0, "no malformed-row line for line 702");
        Assert.StartsWith("701,E699,", lines[malformed - 1], StringComparison.Ordinal);
        Assert.StartsWith("703,E701,", lines[malformed + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_error_part_way_reports_the_rows_before_it_and_fails_as_in_turn()
    {
        var text = Header + Rows(0, 2_000);

        var inTurn = Evaluate(new FailingReader(text, failAt: text.Length / 2), readAhead: false);
        var ahead = Evaluate(new FailingReader(text, failAt: text.Length / 2), readAhead: true);

        var error = Assert.IsType<IOException>(ahead.Error);
        Assert.Equal("the disk went away", error.Message);
        Assert.Equal(inTurn.Error!.Message, error.Message);
        Assert.Equal(inTurn.Report, ahead.Report);
        Assert.Contains("\n2,E0,", ahead.Report);
    }

    [Fact]
    public void A_writer_that_fails_ends_the_run_with_its_error_and_the_reader_stops()
    {
        var input = new EndlessRows();
        var source = EpisodeFile.Open(input, "hes.csv", new EpisodeCodeReader(Evaluator.Tables));
        var writer = new FailingWriter(failAt: 1_000);

        var error = Assert.Throws<IOException>(() => EvaluationRun.Run(source, Evaluator, writer, readAhead: true));

        Assert.Equal("no space left on device", error.Message);
        // The input never ends: the run came back because the reader is at most the ring of batches
        // (six of 512 rows) ahead of the failed row, and it reads no further.
        Assert.InRange(input.RowsHandedOut, 1_000, 1_000 + (7 * 512));
    }

    /// <summary>The text, then an I/O error once <paramref name="failAt"/> characters have been read.</summary>
    private sealed class FailingReader(string text, int failAt) : TextReader
    {
        private int position;

        public override int Peek() => position < text.Length ? text[position] : -1;

        public override int Read() => Read(new char[1], 0, 1) == 0 ? -1 : text[position - 1];

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (position >= failAt)
            {
                throw new IOException("the disk went away");
            }
            var n = Math.Min(buffer.Length, Math.Min(failAt, text.Length) - position);
            text.AsSpan(position, n).CopyTo(buffer);
            position += n;
            return n;
        }
    }

    /// <summary>A header, then reported rows for ever; counts the rows it has handed out.</summary>
    private sealed class EndlessRows : TextReader
    {
        private string pending = Header;
        private int offset;

        public long RowsHandedOut { get; private set; }

        public override int Peek() => pending[offset];

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (offset == pending.Length)
            {
                pending = ReportedRow(RowsHandedOut++);
                offset = 0;
            }
            var n = Math.Min(buffer.Length, pending.Length - offset);
            pending.AsSpan(offset, n).CopyTo(buffer);
            offset += n;
            return n;
        }
    }

    /// <summary>Takes episodes until the <paramref name="failAt"/>th, then fails as a full disk does.</summary>
    private sealed class FailingWriter(int failAt) : IEvaluationWriter
    {
        private int written;

        public void WriteEpisode(EpisodeResult result)
        {
            if (++written == failAt)
            {
                throw new IOException("no space left on device");
            }
        }

        public void WriteMalformed(MalformedRow row)
        {
        }

        public void WriteSummary(EvaluationSummary summary)
        {
        }
    }
}
