using System.Text;
using System.Text.RegularExpressions;
using CodingDsl.Language.Classifications;
using CodingDsl.Language.Rules;

using CodingDsl.Language.Evaluation;

namespace CodingDsl.Export.Tests.Evaluation.Reference;

/// <summary>
/// The CSV episode reader as it was before it read rows from a reused buffer (main at 8931b7d: one
/// ReadLine string per line, a new Episode and code arrays per row), kept unchanged as the oracle the
/// new reader's episodes are compared with (<see cref="ReaderEquivalenceTests"/>). Not product code.
/// </summary>
/// <remarks>The original documentation follows.</remarks>
/// <summary>
/// Reads episodes from CSV, one per row, in either layout (chosen by the header):
/// <list type="bullet">
/// <item>simple: columns `id`, `opcs`, `icd10` (and `date`, <see cref="EpisodeDate"/>); a code list is codes separated by spaces, `;` or `|`;</item>
/// <item>HES wide rows: `diag_01`…`diag_20` and `opertn_01`…`opertn_24` (any case, any count), one code
/// a column, undotted as HES stores them (`J124`, `C787`, `I48X`), `-` or `&amp;` for none; the id from
/// a column `id`, `epikey` or `episode_id` when there is one, else the line number.</item>
/// </list>
/// Streams: one row at a time, in time linear in the file. A row that cannot be read, or is longer than
/// <see cref="MaxRowLength"/>, becomes a <see cref="MalformedRow"/> with its line number.
/// </summary>
public static partial class ReadLineEpisodeReader
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
    }

    public static IEnumerable<EpisodeRecord> Read(TextReader reader, EpisodeCodeReader codes)
    {
        var fields = new ReadLineCsvFields();
        long lineNumber = 0;
        string? header;
        do
        {
            header = reader.ReadLine();
            lineNumber++;
        }
        while (header is not null && header.Trim().Length == 0);
        if (header is null)
        {
            throw new EpisodeFileException("the episode file is empty: expected a header row (id,opcs,icd10 or HES diag_01…, opertn_01…)");
        }
        fields.Split(header.TrimStart('\uFEFF'));
        var layout = ReadHeader(fields);

        var opcs = new List<RecordedCode>(8);
        var icd = new List<RecordedCode>(8);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            var start = lineNumber;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            if (line.Length > MaxRowLength)
            {
                yield return new MalformedRow(start, $"the row is longer than {MaxRowLength:N0} characters");
                continue;
            }
            fields.Split(line);
            if (!fields.IsOpen)
            {
                yield return ReadRow(fields, layout, start, codes, opcs, icd);
                continue;
            }
            // A quoted field runs over lines. Lines are gathered and the record split again only
            // when its quotes pair up (splitting after every line was quadratic: one stray quote
            // before 40,000 rows took 33 s), and never past MaxRowLength or MaxRowLines, so one
            // unbalanced quote costs one reported row, not the rest of the file.
            var record = new StringBuilder(line);
            var quotes = line.AsSpan().Count('"');
            var lines = 1;
            var tooLong = false;
            while (fields.IsOpen)
            {
                var more = reader.ReadLine();
                if (more is null)
                {
                    break;
                }
                lineNumber++;
                lines++;
                record.Append('\n').Append(more);
                if (record.Length > MaxRowLength || lines > MaxRowLines)
                {
                    tooLong = true;
                    break;
                }
                quotes += more.AsSpan().Count('"');
                if (quotes % 2 == 0)
                {
                    fields.Split(record.ToString());
                }
            }
            yield return tooLong
                ? new MalformedRow(start, $"a quoted field is not closed within {MaxRowLines} lines or {MaxRowLength:N0} characters (an unbalanced '\"'?); lines {start}–{lineNumber} are skipped")
                : ReadRow(fields, layout, start, codes, opcs, icd);
        }
    }

    private static EpisodeRecord ReadRow(ReadLineCsvFields fields, Layout layout, long line, EpisodeCodeReader codes, List<RecordedCode> opcs, List<RecordedCode> icd)
    {
        if (fields.IsOpen)
        {
            return new MalformedRow(line, "a quoted field is not closed before the end of the file");
        }
        if (fields.Count != layout.Width)
        {
            return new MalformedRow(line, $"the row has {fields.Count} fields; the header has {layout.Width}");
        }
        var id = layout.IdColumn >= 0 ? fields[layout.IdColumn].Trim().ToString() : $"line {line}";
        if (id.Length == 0)
        {
            return new MalformedRow(line, "the episode has no id");
        }
        opcs.Clear();
        icd.Clear();
        var problem = Collect(fields, layout.Opcs, CodeSystem.Opcs4, layout.Lists, codes, opcs)
            ?? Collect(fields, layout.Icd10, CodeSystem.Icd10, layout.Lists, codes, icd);
        DateOnly? date = null;
        if (problem is null && layout.DateColumn >= 0 && !EpisodeDate.TryRead(fields[layout.DateColumn], out date, out var dateProblem))
        {
            problem = dateProblem;
        }
        return problem is null
            ? new EpisodeRow(new Episode(id, line, opcs.ToArray(), icd.ToArray()) { Date = date })
            : new MalformedRow(line, $"episode {id}: {problem}");
    }

    private static string? Collect(ReadLineCsvFields fields, (int Column, string Name)[] columns, CodeSystem system, bool lists, EpisodeCodeReader codes, List<RecordedCode> into)
    {
        foreach (var (column, name) in columns)
        {
            var field = fields[column];
            if (lists)
            {
                foreach (var range in field.SplitAny(ListSeparators))
                {
                    var item = field[range];
                    if (!EpisodeCodeReader.IsEmpty(item) && Add(codes.Read(system, item), into) is { } problem)
                    {
                        return $"{name}: {problem}";
                    }
                }
            }
            else if (!EpisodeCodeReader.IsEmpty(field) && Add(codes.Read(system, field), into) is { } problem)
            {
                return $"{name}: {problem}";
            }
        }
        return null;
    }

    private static string? Add(EpisodeCodeReader.Reading reading, List<RecordedCode> into)
    {
        if (reading.Code is null)
        {
            return reading.Problem;
        }
        into.Add(reading.Code);
        return null;
    }

    private static Layout ReadHeader(ReadLineCsvFields fields)
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
            return new Layout(id, Columns("opertn"), Columns("diag"), Lists: false, names.Length) { DateColumn = EpisodeDate.FindColumn(names) };
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
