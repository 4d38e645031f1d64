using CodingDsl.Language.Diagnostics;
using System.Globalization;
using CodingDsl.Export.Csv;
using CodingDsl.Language.Evaluation;

namespace CodingDsl.Export.Evaluation;

/// <summary>
/// One row per finding (`line,episode,rule,code,level,guidance,matches,message`); a skipped row is a
/// row with rule `malformed-row`; the summary is rows with rule `summary:…` at the end, so one file
/// holds it all and a spreadsheet filter separates them.
/// </summary>
public sealed class CsvEvaluationWriter : IEvaluationWriter
{
    public const string MalformedRule = "malformed-row";

    private readonly TextWriter writer;

    private readonly bool withRelease;

    // The columns a finding fixes (rule, code, level and guidance; the message), quoted once per finding:
    // the evaluator hands out the same finding objects episode after episode, so a million-row report
    // would otherwise check and write the same texts hundreds of thousands of times. Keyed by reference
    // (a record's value equality would hash every string) and bounded, since a finding made for one
    // episode is never seen again.
    private readonly Dictionary<EpisodeFinding, (string Fixed, string Message)> written = new(ReferenceEqualityComparer.Instance);
    private const int MostRemembered = 4096;

    /// <param name="withRelease">Add a last column `release`: the release in force on the episode's date that judged the finding (releases configured with `inForceFrom`).</param>
    public CsvEvaluationWriter(TextWriter writer, bool withRelease = false)
    {
        this.writer = writer;
        this.withRelease = withRelease;
        Row("line", "episode", "rule", "code", "level", "guidance", "matches", "message", "release");
    }

    public void WriteEpisode(EpisodeResult result)
    {
        // Fields written straight to the writer (no array or joined string per row): this runs for
        // every episode with findings, four in ten of a typical extract.
        Span<char> line = stackalloc char[20];
        result.Episode.Line.TryFormat(line, out var digits, default, CultureInfo.InvariantCulture);
        line = line[..digits];
        var matches = result.Matches.Count switch
        {
            0 => "",
            1 => result.Matches[0].GuidanceId, // most matched episodes: no joined copy
            _ => string.Join(" ", result.Matches.Select(m => m.GuidanceId).Distinct()),
        };
        for (var i = 0; i < result.Findings.Count; i++)
        {
            var f = result.Findings[i];
            writer.Write(line);
            Field(result.Episode.IdSpan); // no string of the id: the reader's episode holds its characters
            var (fixedColumns, message) = Columns(f);
            writer.Write(fixedColumns);
            Field(matches);
            writer.Write(message);
            if (withRelease)
            {
                Field(f.Release ?? "");
            }
            writer.Write("\r\n");
        }
    }

    private (string Fixed, string Message) Columns(EpisodeFinding finding)
    {
        if (written.TryGetValue(finding, out var columns))
        {
            return columns;
        }
        columns = (
            string.Concat(",", CsvExporter.Escape(finding.Rule), ",", CsvExporter.Escape(finding.Code ?? ""), ",", CsvExporter.Escape(DiagnosticLevels.Text(finding.Level)), ",", CsvExporter.Escape(finding.GuidanceId ?? "")),
            "," + CsvExporter.Escape(finding.Message));
        if (written.Count < MostRemembered)
        {
            written.Add(finding, columns);
        }
        return columns;
    }

    /// <summary>As <see cref="CsvExporter.Escape"/> gives it, written in pieces instead of built as a new string.</summary>
    private void Field(ReadOnlySpan<char> value)
    {
        writer.Write(',');
        if (!CsvExporter.NeedsQuotes(value))
        {
            writer.Write(value);
            return;
        }
        writer.Write('"');
        var rest = value;
        int quote;
        while ((quote = rest.IndexOf('"')) >= 0)
        {
            writer.Write(rest[..(quote + 1)]);
            writer.Write('"');
            rest = rest[(quote + 1)..];
        }
        writer.Write(rest);
        writer.Write('"');
    }

    public void WriteMalformed(MalformedRow row) =>
        Row(row.Line.ToString(CultureInfo.InvariantCulture), "", MalformedRule, "", "error", "", "", row.Reason);

    public void WriteSummary(EvaluationSummary summary)
    {
        string N(long n) => n.ToString(CultureInfo.InvariantCulture);
        Row("", "", "summary:episodes", "", "", "", "", N(summary.Episodes));
        Row("", "", "summary:malformed-rows", "", "", "", "", N(summary.MalformedRows));
        Row("", "", "summary:matched", "", "", "", "", N(summary.EpisodesMatched));
        Row("", "", "summary:with-findings", "", "", "", "", N(summary.EpisodesWithFindings));
        foreach (var (name, count) in summary.Rules)
        {
            Row("", "", "summary:rule", count.Code ?? "", DiagnosticLevels.Text(count.Level), "", name, N(count.Episodes));
        }
        foreach (var (id, count) in summary.Guidances)
        {
            Row("", "", "summary:guidance", "", "", id, "", N(count));
        }
    }

    private void Row(params string[] fields)
    {
        // The release column only when episodes are judged by date: other reports keep their eight columns.
        var count = withRelease ? fields.Length : Math.Min(fields.Length, 8);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }
            writer.Write(CsvExporter.Escape(fields[i]));
        }
        writer.Write("\r\n");
    }
}
