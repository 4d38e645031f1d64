using CodingDsl.Language.Diagnostics;
using CodingDsl.Language;
using CodingDsl.Language.Evaluation;

namespace CodingDsl.Export.Evaluation;

/// <summary>For people: a block per episode with findings, a line per skipped row, then the summary.</summary>
public sealed class TextEvaluationWriter(TextWriter writer) : IEvaluationWriter
{
    public void WriteEpisode(EpisodeResult result)
    {
        var episode = result.Episode;
        writer.Write($"{episode.Id} (line {episode.Line}{(episode.Date is { } date ? ", " + date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "")})");
        writer.WriteLine(result.Matches.Count == 0
            ? ": matches no guidance"
            : ": matches " + string.Join(", ", result.Matches.Select(m => $"{m.GuidanceId} {m.Section}")));
        foreach (var f in result.Findings)
        {
            writer.WriteLine($"  {DiagnosticLevels.Text(f.Level)} {f.Rule}{(f.Code is null ? "" : $" {f.Code}")}: {f.Message}{(f.Release is null ? "" : $" [judged by {f.Release}]")}");
        }
    }

    public void WriteMalformed(MalformedRow row) => writer.WriteLine($"line {row.Line}: skipped: {row.Reason}");

    public void WriteSummary(EvaluationSummary summary)
    {
        writer.WriteLine(
            $"{Counted.Of(summary.Episodes, "episode")} evaluated, {Counted.Of(summary.MalformedRows, "malformed row")} skipped; {summary.EpisodesMatched} matched a guidance; " +
            $"{summary.EpisodesWithFindings} with findings ({Counted.Of(summary.Errors, "error")}, {Counted.Of(summary.Warnings, "warning")}, {summary.Infos} info)");
        foreach (var (name, count) in summary.Rules)
        {
            writer.WriteLine($"  {name}{(count.Code is null ? "" : $" {count.Code}")} ({DiagnosticLevels.Text(count.Level)}): {Counted.Of(count.Episodes, "episode")}");
        }
        foreach (var (id, count) in summary.Guidances)
        {
            writer.WriteLine($"  {id}: {Counted.Of(count, "episode")} matched");
        }
    }
}
