using System.Text;
using CodingDsl.Export.Evaluation;
using CodingDsl.Export.Tests.Evaluation.Reference;
using CodingDsl.Export.Tests.Support;
using CodingDsl.Language.Evaluation;

namespace CodingDsl.Export.Tests.Evaluation;

/// <summary>
/// Issue 14: `evaluate` allocates nothing per row for the rows of an extract that have nothing to
/// report (most of them): measured in process with the allocation counter of the thread that reads
/// and evaluates, over thousands of HES rows, against a bound that the ReadLine reader and the
/// allocating evaluation it replaced exceed many times over.
/// </summary>
public sealed class EvaluationAllocationTests
{
    private const int Rows = 20_000;
    private const int WarmUp = 100;

    /// <summary>Less than one byte a row on average: a row that allocated anything at all would pass it at once.</summary>
    private const double BoundPerRow = 1.0;

    private static readonly EpisodeEvaluator Evaluator = HesEvaluator.Ipg327AndIpg306;

    /// <summary>HES rows of ordinary codes that match no guidance and break no rule, each with its own id.</summary>
    private static string UneventfulHesFile()
    {
        string[] rows = ["I10X,E119,-,-,W371,Z943,-", "J189,-,-,-,-,-,-", "N390,K590,I48X,-,X403,-,-"];
        var text = new StringBuilder("epikey,diag_01,diag_02,diag_03,diag_04,opertn_01,opertn_02,opertn_03\n");
        for (var i = 0; i < Rows; i++)
        {
            text.Append("EP").Append(i).Append(',').Append(rows[i % rows.Length]).Append('\n');
        }
        return text.ToString();
    }

    [Fact]
    public void A_row_with_nothing_to_report_is_read_and_evaluated_without_allocating()
    {
        var source = EpisodeFile.Open(new StringReader(UneventfulHesFile()), "hes.csv", new EpisodeCodeReader(Evaluator.Tables));
        var slot = new EpisodeSlot();
        var scratch = new EvaluationScratch();
        for (var i = 0; i < WarmUp; i++)
        {
            Assert.True(source.TryRead(slot));
            Assert.Null(Evaluator.Evaluate(slot.Episode!, scratch)); // the premise: nothing to report
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var rows = 0;
        var reported = 0;
        while (source.TryRead(slot))
        {
            rows++;
            if (Evaluator.Evaluate(slot.Episode!, scratch) is not null)
            {
                reported++;
            }
        }
        var perRow = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)rows;

        Assert.Equal((Rows - WarmUp, 0), (rows, reported));
        Assert.True(perRow < BoundPerRow, $"{perRow:0.0} bytes allocated per row");
    }

    [Fact]
    public void The_bound_fails_for_the_line_reader_and_the_allocating_evaluation_it_replaced()
    {
        var records = ReadLineEpisodeReader.Read(new StringReader(UneventfulHesFile()), new EpisodeCodeReader(Evaluator.Tables)).GetEnumerator();
        for (var i = 0; i < WarmUp; i++)
        {
            Assert.True(records.MoveNext());
            Evaluator.Evaluate(((EpisodeRow)records.Current).Episode);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var rows = 0;
        while (records.MoveNext())
        {
            rows++;
            Assert.Empty(Evaluator.Evaluate(((EpisodeRow)records.Current).Episode).Findings);
        }
        var perRow = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)rows;

        Assert.True(perRow > 100 * BoundPerRow, $"{perRow:0.0} bytes allocated per row");
    }
}
