using CodingDsl.Export.Evaluation;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Evaluation;

namespace CodingDsl.Export.Tests.Evaluation;

/// <summary>
/// The CSV report quotes a finding's columns once per finding object and writes the remembered text
/// after that: a finding met again, and findings past the writer's bound, must read as the first did.
/// </summary>
public sealed class CsvEvaluationWriterTests
{
    [Fact]
    public void A_finding_written_for_two_episodes_is_quoted_the_same_both_times()
    {
        var finding = new EpisodeFinding("needs-imaging, code", "Y53.9", DiagnosticLevel.Error, "IPG327", "add \"Y53.-\", then recode");
        var output = new StringWriter();
        var writer = new CsvEvaluationWriter(output);

        writer.WriteEpisode(Result("E1", 2, finding));
        writer.WriteEpisode(Result("E2", 3, finding));

        var rows = Rows(output);
        Assert.Equal("2,E1,\"needs-imaging, code\",Y53.9,error,IPG327,,\"add \"\"Y53.-\"\", then recode\"", rows[1]);
        Assert.Equal("3,E2,\"needs-imaging, code\",Y53.9,error,IPG327,,\"add \"\"Y53.-\"\", then recode\"", rows[2]);
    }

    [Fact]
    public void Findings_past_the_remembered_bound_are_written_in_full()
    {
        var output = new StringWriter();
        var writer = new CsvEvaluationWriter(output);

        for (var i = 0; i < 5000; i++)
        {
            writer.WriteEpisode(Result("E" + i, i + 2, new EpisodeFinding("rule-" + i, null, DiagnosticLevel.Warning, null, "message " + i + ", with a comma")));
        }

        var rows = Rows(output);
        Assert.Equal(5001, rows.Length);
        for (var i = 0; i < 5000; i++)
        {
            Assert.Equal($"{i + 2},E{i},rule-{i},,warning,,,\"message {i}, with a comma\"", rows[i + 1]);
        }
    }

    private static EpisodeResult Result(string id, long line, EpisodeFinding finding) =>
        new(new Episode(id, line, [], []), [], [finding]);

    private static string[] Rows(StringWriter output) =>
        output.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
}
