using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CodingDsl.Language.Classifications;
using CodingDsl.Language.Rules;

namespace CodingDsl.Language.Evaluation;

/// <summary>
/// Reads episodes from CSV, one per row, in either layout (chosen by the header):
/// <list type="bullet">
/// <item>simple: columns `id`, `opcs`, `icd10` (and `date`, <see cref="EpisodeDate"/>); a code list is codes separated by spaces, `;` or `|`;</item>
/// <item>HES wide rows: `diag_01`…`diag_20` and `opertn_01`…`opertn_24` (any case, any count), one code
/// a column, undotted as HES stores them (`J124`, `C787`, `I48X`), `-` or `&amp;` for none; the id from
/// a column `id`, `epikey` or `episode_id` when there is one, else the line number.</item>
/// </list>
/// Streams: one row at a time, in time linear in the file, the rows read from one reused buffer (no
/// string per line). A row that cannot be read, or is longer than
/// <see cref="MaxRowLength"/>, becomes a <see cref="MalformedRow"/> with its line number.
/// </summary>
public static partial class EpisodeCsvReader
{
    /// <summary>The longest row read, quoted line breaks included: far more than any episode needs.</summary>
    public const int MaxRowLength = 65_536;

    /// <summary>The most lines one row (a quoted field with line breaks) may run over.</summary>
    public const int MaxRowLines = 256;

    private static readonly string[] IdColumns = ["id", "epikey", "episode_id", "episode"];
    private static readonly string[] OpcsColumns = ["opcs", "opcs4", "opcs-4", "procedures"];
    private static readonly string[] IcdColumns = ["icd10", "icd-10", "diagnoses"];
    private static readonly char[] ListSeparators = [' ', ';', '|', '\t'];

    [GeneratedRegex("^(?<k>diag|opertn)_(?<n>[0-9]{1,2})$")]
    private static partial Regex HesColumn();

    private sealed record Layout(int IdColumn, (int Column, string Name)[] Opcs, (int Column, string Name)[] Icd10, bool Lists, int Width)
    {
        /// <summary>The date column (<see cref="EpisodeDate.Columns"/>), or -1.</summary>
        public int DateColumn { get; init; } = -1;

        /// <summary>What each column is, for reading a plain HES row in one pass (<see cref="HesRow"/>); null when the layout cannot be.</summary>
        public HesRow.Role[]? Roles { get; init; }
    }

    public static IEnumerable<EpisodeRecord> Read(TextReader reader, EpisodeCodeReader codes) => Open(reader, codes).Records();

    /// <summary>The rows into reused slots (<see cref="EpisodeSource"/>): nothing is allocated for a row that reads cleanly.</summary>
    public static EpisodeSource Open(TextReader reader, EpisodeCodeReader codes) => new Source(reader, codes);

    private sealed class Source(TextReader reader, EpisodeCodeReader codes) : EpisodeSource
    {
        private readonly LineBuffer lines = new(reader, MaxRowLength);
        private readonly CsvFields fields = new();
        private Layout? layout;
        private long lineNumber;

        public override bool TryRead(EpisodeSlot slot)
        {
            layout ??= ReadHeader();
            while (true)
            {
                var outcome = lines.Next(out var line);
                if (outcome == LineBuffer.Outcome.EndOfText)
                {
                    return false;
                }
                lineNumber++;
                var start = lineNumber;
                if (IsBlank(outcome, line))
                {
                    continue;
                }
                if (outcome == LineBuffer.Outcome.TooLong)
                {
                    slot.SetMalformed(new MalformedRow(start, $"the row is longer than {MaxRowLength:N0} characters"));
                    return true;
                }
                if (layout.Roles is { } roles && HesRow.TryRead(line.Span, roles, start, codes, slot))
                {
                    return true;
                }
                fields.Split(line);
                if (!fields.IsOpen)
                {
                    ReadRow(slot, start);
                    return true;
                }
                ReadQuotedLines(slot, line.Span, start);
                return true;
            }
        }

        /// <summary>A line of white space only (or none): skipped, as blank lines before the header are.</summary>
        private static bool IsBlank(LineBuffer.Outcome outcome, ReadOnlyMemory<char> line) =>
            outcome == LineBuffer.Outcome.TooLongBlank || (outcome == LineBuffer.Outcome.Line && line.Span.IsWhiteSpace());

        /// <summary>The header row, after any blank lines; the file's layout.</summary>
        private Layout ReadHeader()
        {
            ReadOnlyMemory<char> header;
            LineBuffer.Outcome outcome;
            do
            {
                outcome = lines.Next(out header);
                lineNumber++;
            }
            while (IsBlank(outcome, header));
            if (outcome == LineBuffer.Outcome.TooLong)
            {
                throw new EpisodeFileException($"the header row is longer than {MaxRowLength:N0} characters");
            }
            if (outcome == LineBuffer.Outcome.EndOfText)
            {
                throw new EpisodeFileException("the episode file is empty: expected a header row (id,opcs,icd10 or HES diag_01…, opertn_01…)");
            }
            fields.Split(header.Span.TrimStart('\uFEFF').ToString());
            return EpisodeCsvReader.ReadHeader(fields);
        }

        /// <summary>
        /// A quoted field runs over lines. Lines are gathered and the record split again only when its
        /// quotes pair up (splitting after every line was quadratic: one stray quote before 40,000 rows
        /// took 33 s), and never past MaxRowLength or MaxRowLines, so one unbalanced quote costs one
        /// reported row, not the rest of the file.
        /// </summary>
        private void ReadQuotedLines(EpisodeSlot slot, ReadOnlySpan<char> first, long start)
        {
            var record = new StringBuilder().Append(first);
            var quotes = first.Count('"');
            var count = 1;
            var tooLong = false;
            while (fields.IsOpen)
            {
                var outcome = lines.Next(out var more);
                if (outcome == LineBuffer.Outcome.EndOfText)
                {
                    break;
                }
                lineNumber++;
                count++;
                if (outcome != LineBuffer.Outcome.Line)
                {
                    tooLong = true; // a line over MaxRowLength makes the record longer than that too
                    break;
                }
                record.Append('\n').Append(more.Span);
                if (record.Length > MaxRowLength || count > MaxRowLines)
                {
                    tooLong = true;
                    break;
                }
                quotes += more.Span.Count('"');
                if (quotes % 2 == 0)
                {
                    fields.Split(record.ToString());
                }
            }
            if (tooLong)
            {
                slot.SetMalformed(new MalformedRow(start, $"a quoted field is not closed within {MaxRowLines} lines or {MaxRowLength:N0} characters (an unbalanced '\"'?); lines {start}–{lineNumber} are skipped"));
            }
            else
            {
                ReadRow(slot, start);
            }
        }

        private void ReadRow(EpisodeSlot slot, long line)
        {
            if (fields.IsOpen)
            {
                slot.SetMalformed(new MalformedRow(line, "a quoted field is not closed before the end of the file"));
                return;
            }
            if (fields.Count != layout!.Width)
            {
                slot.SetMalformed(new MalformedRow(line, $"the row has {fields.Count} fields; the header has {layout.Width}"));
                return;
            }
            Span<char> lineId = stackalloc char[32];
            scoped ReadOnlySpan<char> id;
            if (layout.IdColumn >= 0)
            {
                id = fields[layout.IdColumn].Trim();
            }
            else
            {
                "line ".CopyTo(lineId);
                line.TryFormat(lineId[5..], out var digits, default, CultureInfo.InvariantCulture);
                id = lineId[..(5 + digits)];
            }
            if (id.Length == 0)
            {
                slot.SetMalformed(new MalformedRow(line, "the episode has no id"));
                return;
            }
            var episode = slot.Reusable;
            episode.Reset(line, id);
            var problem = Collect(fields, layout.Opcs, CodeSystem.Opcs4, layout.Lists, codes, episode)
                ?? Collect(fields, layout.Icd10, CodeSystem.Icd10, layout.Lists, codes, episode);
            DateOnly? date = null;
            if (problem is null && layout.DateColumn >= 0 && !EpisodeDate.TryRead(fields[layout.DateColumn], out date, out var dateProblem))
            {
                problem = dateProblem;
            }
            if (problem is null)
            {
                episode.Complete(date);
                slot.SetEpisode(episode);
            }
            else
            {
                slot.SetMalformed(new MalformedRow(line, $"episode {id}: {problem}"));
            }
        }
    }

    private static string? Collect(CsvFields fields, (int Column, string Name)[] columns, CodeSystem system, bool lists, EpisodeCodeReader codes, Episode into)
    {
        foreach (var (column, name) in columns)
        {
            var field = fields[column];
            if (lists)
            {
                foreach (var range in field.SplitAny(ListSeparators))
                {
                    var item = field[range];
                    if (!EpisodeCodeReader.IsEmpty(item) && Add(codes.Read(system, item), system, into) is { } problem)
                    {
                        return $"{name}: {problem}";
                    }
                }
            }
            else if (!EpisodeCodeReader.IsEmpty(field) && Add(codes.Read(system, field), system, into) is { } problem)
            {
                return $"{name}: {problem}";
            }
        }
        return null;
    }

    private static string? Add(EpisodeCodeReader.Reading reading, CodeSystem system, Episode into)
    {
        if (reading.Code is null)
        {
            return reading.Problem;
        }
        into.Add(system, reading.Code);
        return null;
    }

    private static Layout ReadHeader(CsvFields fields)
    {
        var names = Enumerable.Range(0, fields.Count).Select(i => fields[i].Trim().ToString().ToLowerInvariant()).ToArray();
        var id = Array.FindIndex(names, n => IdColumns.Contains(n));
        var hes = names
            .Select((n, i) => (Match: HesColumn().Match(n), Index: i, Name: n))
            .Where(x => x.Match.Success)
            .ToArray();
        if (hes.Length > 0)
        {
            (int, string)[] Columns(string kind) => hes
                .Where(x => x.Match.Groups["k"].Value == kind)
                .OrderBy(x => int.Parse(x.Match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture))
                .Select(x => (x.Index, x.Name))
                .ToArray();
            var hesLayout = new Layout(id, Columns("opertn"), Columns("diag"), Lists: false, names.Length) { DateColumn = EpisodeDate.FindColumn(names) };
            return hesLayout with { Roles = HesRow.Roles(names.Length, hesLayout.IdColumn, hesLayout.DateColumn, hesLayout.Opcs, hesLayout.Icd10) };
        }
        var opcs = Array.FindIndex(names, n => OpcsColumns.Contains(n));
        var icd = Array.FindIndex(names, n => IcdColumns.Contains(n));
        if (id < 0 || (opcs < 0 && icd < 0))
        {
            throw new EpisodeFileException(
                $"the header '{string.Join(",", names.Take(6))}{(names.Length > 6 ? ",…" : "")}' names neither the simple columns (id, opcs, icd10) nor HES columns (diag_01…, opertn_01…)");
        }
        return new Layout(id,
            opcs < 0 ? [] : [(opcs, names[opcs])],
            icd < 0 ? [] : [(icd, names[icd])],
            Lists: true, names.Length) { DateColumn = EpisodeDate.FindColumn(names) };
    }
}
