using System.Reflection;

namespace CodingDsl.Language.Classifications;

/// <summary>
/// The tables shipped inside the product, so it works with no configuration: OPCS-4.10 in full
/// (Open Government Licence, see NOTICE) and an ICD-10 starter table of the codes NICE's pages cite.
/// Each is read from an embedded resource once, on first use, thread-safely.
/// </summary>
public static class BundledTables
{
    internal const string Opcs410Resource = "CodingDsl.Tables.OPCS410 CodesAndTitles.txt";
    internal const string Icd10StarterResource = "CodingDsl.Tables.icd10-nice-starter.tsv";

    private static readonly Lazy<IClassificationTable> LazyOpcs410 = new(
        () => Load(Opcs410Resource, new TableLoadOptions(CodeSystem.Opcs4, "4.10", "OPCS-4.10 (bundled)", TableFormat.CodesAndTitles)),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<IClassificationTable> LazyIcd10Starter = new(
        () => Load(Icd10StarterResource, new TableLoadOptions(
            CodeSystem.Icd10, "5", "ICD-10 starter table (codes cited by NICE, bundled)", TableFormat.Tsv, IsComplete: false)),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Say this once (per session or run) when ICD-10 codes are checked against the starter table.</summary>
    public const string Icd10StarterNotice =
        "ICD-10 codes are checked against a small starter table of the codes NICE cites; for full ICD-10 checks, set your TRUD ICD-10 5th Edition file under classifications.icd10 in codingdsl.json.";

    public static IClassificationTable Opcs410 => LazyOpcs410.Value;

    /// <summary>Partial (<see cref="IClassificationTable.IsComplete"/> is false): an unknown code is a hint, not an error.</summary>
    public static IClassificationTable Icd10Starter => LazyIcd10Starter.Value;

    /// <summary>
    /// Loads both bundled tables and then builds their title-word indexes, on the calling thread. The
    /// language server runs it on a background thread at `initialize`, while the client is still
    /// sending `initialized` and `didOpen`: the first analysis then finds the tables loaded instead of
    /// parsing 11,459 OPCS-4 rows on its own path, and the first completion by title words finds its
    /// index built. Safe to call more than once and beside any other use (each table loads once).
    /// </summary>
    public static void Preload()
    {
        var tables = new[] { Opcs410, Icd10Starter };
        foreach (var table in tables.OfType<ClassificationTable>())
        {
            table.PrepareTitleIndex();
        }
    }

    private static IClassificationTable Load(string resource, TableLoadOptions options)
    {
        using var stream = typeof(BundledTables).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The bundled table '{resource}' is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        if (options.Format == TableFormat.CodesAndTitles && CodesAndTitlesFastReader.TryRead(bytes) is { } entries)
        {
            return ClassificationLoader.FromEntries(entries, options);
        }

        using var reader = new StreamReader(new MemoryStream(bytes));
        var result = ClassificationLoader.LoadText(reader.ReadToEnd(), options, resource);

        // A bundled table that does not load is a build defect, not a user error.
        return result.Table ?? throw new InvalidOperationException(result.Error);
    }
}
