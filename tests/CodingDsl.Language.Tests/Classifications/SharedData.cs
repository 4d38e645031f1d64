namespace CodingDsl.Language.Tests.Classifications;

/// <summary>The reference data beside the repository (../shared/data, see <see cref="RepoPaths.Shared"/>), as developers and CI have it.</summary>
internal static class SharedData
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string Opcs410 => Path("classifications", "opcs4", "OPCS410 CodesAndTitles.txt");

    public static string Opcs411 => Path("classifications", "opcs4", "opcs-4.11-four-character-codes.tsv");

    public static string Icd10TrudSample => Path("classifications", "icd10", "ICD10_Edition5_CodesAndTitlesAndMetadata_GB_sample.txt");

    public static string Icd10Who => Path("classifications", "icd10", "icd10-who-2016-codes-and-titles.tsv");

    public static string Icd10Chapters => Path("classifications", "icd10", "icd10-who-2016-chapters-and-blocks.tsv");

    /// <summary>The repository root: the folder holding CodingDsl.sln above the test binaries.</summary>
    public static string RepoRoot => RepoPaths.Root;

    private static string FindRoot()
    {
        var root = System.IO.Path.Combine(RepoPaths.Shared, "data");
        return Directory.Exists(root)
            ? root
            : throw new InvalidOperationException($"The shared reference data is missing: expected {root}");
    }
}
