using CodingDsl.Language.Configuration;

namespace CodingDsl.Language.Classifications;

/// <summary>
/// Reads OPCS-4 and ICD-10 tables from the files users have (TRUD releases) or the simple tsv format.
/// Never throws for file content or a missing file: see <see cref="TableLoadResult"/>.
/// </summary>
public static class ClassificationLoader
{
    /// <summary>
    /// When true, every table loaded from now on builds its title-word index on a thread-pool thread
    /// right after loading (<see cref="ClassificationTable.PrepareTitleIndex"/>). The language server sets
    /// it at start-up: completion by title words then never builds an index on its own path. Off for the
    /// CLI, whose runs rarely search titles and should not spend the CPU.
    /// </summary>
    public static bool PrepareTitleIndexes { get; set; }

    /// <summary>Reads a table file from disk (or from <paramref name="fileSystem"/>).</summary>
    public static TableLoadResult LoadFile(string path, TableLoadOptions options, IFileSystem? fileSystem = null)
    {
        fileSystem ??= PhysicalFileSystem.Instance;
        string text;
        try
        {
            if (!fileSystem.FileExists(path))
            {
                return TableLoadResult.Failed($"cannot read '{path}': the file does not exist", options.Format);
            }

            text = fileSystem.ReadAllText(path, Files.FileLimit.Table);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return TableLoadResult.Failed($"cannot read '{path}': {ex.Message}", options.Format);
        }

        var name = options.DisplayName ?? $"{DefaultName(options)} ({Path.GetFileName(path)})";
        return LoadText(text, options with { DisplayName = name }, path);
    }

    /// <summary>Reads a table from its text; <paramref name="sourceName"/> appears in errors.</summary>
    public static TableLoadResult LoadText(string text, TableLoadOptions options, string sourceName = "table")
    {
        ArgumentNullException.ThrowIfNull(options);
        text ??= string.Empty;
        if (text.AsSpan(0, Math.Min(text.Length, 4096)).Contains('\0'))
        {
            return TableLoadResult.Failed($"cannot read '{sourceName}': it is not a text file", options.Format);
        }

        var lines = SplitLines(text);
        var format = options.Format == TableFormat.Auto ? TableFormatDetector.Detect(lines) : options.Format;
        if (format == TableFormat.Auto)
        {
            return TableLoadResult.Failed(
                $"cannot read '{sourceName}': its layout is not one of OPCS-4 CodesAndTitles, OPCS-4 Metadata, ICD-10 CodesAndTitlesAndMetadata or code<TAB>title",
                format);
        }

        if (format == TableFormat.OpcsMetadata && options.System != CodeSystem.Opcs4)
        {
            return TableLoadResult.Failed($"cannot read '{sourceName}' as ICD-10: it is an OPCS-4 Metadata file", format);
        }

        if (format == TableFormat.Icd10Metadata && options.System != CodeSystem.Icd10)
        {
            return TableLoadResult.Failed($"cannot read '{sourceName}' as OPCS-4: it is an ICD-10 CodesAndTitlesAndMetadata file", format);
        }

        var builder = new TableBuilder();
        switch (format)
        {
            case TableFormat.OpcsMetadata:
                OpcsMetadataReader.Read(lines, builder);
                break;
            case TableFormat.Icd10Metadata:
                Icd10MetadataReader.Read(lines, builder);
                break;
            default:
                TsvTableReader.Read(lines, builder);
                break;
        }

        if (builder.FatalError is not null)
        {
            return TableLoadResult.Failed($"cannot read '{sourceName}': {builder.FatalError}", format);
        }

        if (builder.Entries.Count == 0)
        {
            var why = builder.Problems.Count > 0 ? $" (line {builder.Problems[0].Line}: {builder.Problems[0].Reason})" : string.Empty;
            return new TableLoadResult(null, format, builder.Skipped, builder.Problems,
                $"cannot read '{sourceName}': no codes found{why}");
        }

        var table = FromEntries(builder.Entries, options);
        return new TableLoadResult(table, format, builder.Skipped, builder.Problems, null);
    }

    /// <summary>The table of entries a reader accepted, its title index queued when <see cref="PrepareTitleIndexes"/> says so.</summary>
    internal static ClassificationTable FromEntries(IEnumerable<ClassificationEntry> entries, TableLoadOptions options)
    {
        var table = ClassificationTable.Create(
            options.System,
            options.Version,
            options.DisplayName ?? DefaultName(options),
            options.IsComplete,
            entries);
        if (PrepareTitleIndexes)
        {
            ThreadPool.QueueUserWorkItem(static t => t.PrepareTitleIndex(), table, preferLocal: false);
        }
        return table;
    }

    internal static string DefaultName(TableLoadOptions options) => options.System switch
    {
        CodeSystem.Opcs4 => $"OPCS-{options.Version}",
        CodeSystem.Icd10 => $"ICD-10-{options.Version}",
        _ => options.Version,
    };

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>(text.Length / 40 + 1);
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        if (lines.Count > 0)
        {
            lines[0] = lines[0].TrimStart('\uFEFF');
        }

        return lines;
    }
}
