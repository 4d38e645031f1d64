using System.Globalization;
using CodingDsl.Language.Configuration;

namespace CodingDsl.Language.Classifications.Snomed;

/// <summary>
/// Reads an RF2 concept file (sct2_Concept_Snapshot*.txt: id, effectiveTime, active, moduleId,
/// definitionStatusId; tab-separated with a header). A Full file works too: the row with the latest
/// effectiveTime of each concept wins.
/// </summary>
public static class Rf2ConceptReader
{
    public static SnomedLoadResult LoadFile(string path, IFileSystem? fileSystem = null)
    {
        fileSystem ??= PhysicalFileSystem.Instance;
        try
        {
            if (!fileSystem.FileExists(path))
            {
                return new SnomedLoadResult(null, 0, Array.Empty<TableLoadProblem>(), $"cannot read '{path}': the file does not exist");
            }

            using var reader = fileSystem.OpenText(path, Files.FileLimit.Table);
            return Load(reader, $"SNOMED CT ({Path.GetFileName(path)})", path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new SnomedLoadResult(null, 0, Array.Empty<TableLoadProblem>(), $"cannot read '{path}': {ex.Message}");
        }
    }

    public static SnomedLoadResult Load(TextReader reader, string displayName, string sourceName = "concept file")
    {
        var problems = new List<TableLoadProblem>();
        var skipped = 0;
        void Skip(int line, string reason)
        {
            skipped++;
            if (problems.Count < TableLoadResult.MaxProblems)
            {
                problems.Add(new TableLoadProblem(line, reason));
            }
        }

        var header = reader.ReadLine()?.TrimStart('\uFEFF');
        var columns = header?.Split('\t');
        if (columns is null || columns.Length < 3 || columns[0] != "id" || columns[1] != "effectiveTime" || columns[2] != "active")
        {
            return new SnomedLoadResult(null, 0, problems,
                $"cannot read '{sourceName}': expected an RF2 concept file whose header starts with id, effectiveTime, active");
        }

        var latest = new Dictionary<long, (int Time, bool Active)>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t', 4);
            if (fields.Length < 3
                || !long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var time)
                || fields[2] is not ("0" or "1"))
            {
                Skip(lineNumber, "expected id, effectiveTime (yyyymmdd) and active (0 or 1)");
                continue;
            }

            if (!latest.TryGetValue(id, out var seen) || time >= seen.Time)
            {
                latest[id] = (time, fields[2] == "1");
            }
        }

        var active = new Dictionary<long, bool>(latest.Count);
        foreach (var (id, row) in latest)
        {
            active[id] = row.Active;
        }

        return new SnomedLoadResult(new SnomedConceptTable(displayName, active), skipped, problems, null);
    }
}
