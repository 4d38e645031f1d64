using CodingDsl.Export.Evaluation;
using CodingDsl.Export.Tests.Support;
using CodingDsl.Language.Evaluation;

namespace CodingDsl.Export.Tests.Evaluation;

/// <summary>
/// `evaluate` reads the episode file on a second thread (<see cref="ReadAhead{T}"/>, filling reused slots): the reports of
/// that path and of reading and evaluating in turn are the same, byte for byte, on the hand-made HES
/// file repeated until it spans many read-ahead batches; and a file that cannot be read fails the
/// same way on both paths.
/// </summary>
public sealed class ReadAheadTests
{
    private static readonly EpisodeEvaluator Evaluator = HesEvaluator.Ipg327AndIpg306;

    /// <summary>The fixture's rows 120 times over (2,280 rows: five batches), with their line numbers running on.</summary>
    private static string LargeHesFile()
    {
        var lines = File.ReadAllLines(Path.Combine(Repo.Episodes, "hes-episodes.csv"));
        var rows = lines.Skip(1).Where(l => l.Length > 0).ToArray();
        return string.Join("\n", new[] { lines[0] }.Concat(Enumerable.Repeat(rows, 120).SelectMany(r => r))) + "\n";
    }

    private static (string Report, EvaluationSummary Summary) Evaluate(string episodes, string format, bool readAhead, int aheadWhenWaiting = 2)
    {
        var output = new StringWriter();
        IEvaluationWriter writer = format == "csv" ? new CsvEvaluationWriter(output) : new JsonEvaluationWriter(output);
        var source = EpisodeFile.Open(new StringReader(episodes), "hes.csv", new EpisodeCodeReader(Evaluator.Tables));
        var summary = EvaluationRun.Run(source, Evaluator, writer, null, readAhead, aheadWhenWaiting);
        return (output.ToString(), summary);
    }

    /// <summary>
    /// The reading thread evaluates the rows it read when it is ahead; forced on for every batch, and
    /// off, the report is still the in-turn one, byte for byte (rows in file order, malformed rows in place).
    /// </summary>
    [Theory]
    [InlineData("csv", 0)]
    [InlineData("json", 0)]
    [InlineData("csv", int.MaxValue)]
    public void Rows_evaluated_by_the_reading_thread_give_the_same_report(string format, int aheadWhenWaiting)
    {
        var episodes = LargeHesFile();

        var (inTurn, _) = Evaluate(episodes, format, readAhead: false);
        var (ahead, summary) = Evaluate(episodes, format, readAhead: true, aheadWhenWaiting);

        Assert.Equal(17 * 120, summary.Episodes);
        Assert.Equal(3 * 120, summary.MalformedRows);
        Assert.Equal(inTurn, ahead);
    }

    [Fact]
    public void The_filler_does_the_consumers_work_on_full_batches_only_and_keeps_the_order()
    {
        var next = 0;
        var ahead = new ReadAhead<int[]>(() => new int[2], item => (item[0] = next++) < 1_000 && (item[1] = 0) == 0, batchSize: 64, ahead: item => item[1] = 1, aheadWhenWaiting: 0);

        var seen = ahead.Select(item => (item[0], item[1])).ToArray();

        Assert.Equal(Enumerable.Range(0, 1_000), seen.Select(s => s.Item1));
        Assert.All(seen.Take(15 * 64), s => Assert.Equal(1, s.Item2)); // 15 full batches
        Assert.All(seen.Skip(15 * 64), s => Assert.Equal(0, s.Item2)); // the last 40: left to the consumer
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void Reading_ahead_gives_the_same_report_as_reading_in_turn(string format)
    {
        var episodes = LargeHesFile();

        var (inTurn, inTurnSummary) = Evaluate(episodes, format, readAhead: false);
        var (ahead, aheadSummary) = Evaluate(episodes, format, readAhead: true);

        Assert.Equal(17 * 120, aheadSummary.Episodes);
        Assert.Equal(3 * 120, aheadSummary.MalformedRows);
        Assert.Equal(inTurnSummary.EpisodesWithFindings, aheadSummary.EpisodesWithFindings);
        Assert.Equal(inTurn, ahead);
    }

    [Fact]
    public void An_unreadable_file_fails_with_the_same_message_when_read_ahead()
    {
        var inTurn = Assert.Throws<EpisodeFileException>(() => Evaluate("", "csv", readAhead: false));
        var ahead = Assert.Throws<EpisodeFileException>(() => Evaluate("", "csv", readAhead: true));

        Assert.Contains("the episode file is empty", ahead.Message);
        Assert.Equal(inTurn.Message, ahead.Message);
    }

    [Fact]
    public void A_consumer_that_stops_early_gets_the_first_items_in_order()
    {
        var next = 0;
        var ahead = new ReadAhead<int[]>(() => new int[1], item => (item[0] = next++) < 100_000, batchSize: 64);

        var taken = ahead.Take(1_000).Select(item => item[0]).ToArray();

        Assert.Equal(Enumerable.Range(0, 1_000), taken);
    }
}
