using System.Globalization;

namespace CodingDsl.Language.Files;

/// <summary>
/// The most bytes one kind of file may have before it is refused, and the environment variable (in
/// MiB) that changes it. Environment variables, not codingdsl.json: the limits guard the reading of
/// codingdsl.json itself, and a repository's own files should not be able to raise them.
/// </summary>
public sealed record FileLimit(string What, long Bytes, string EnvironmentVariable)
{
    private const long MiB = 1024 * 1024;

    /// <summary>Rule files (checked, formatted, exported, `use`d, opened by the server) and codingdsl.json.</summary>
    public static FileLimit RuleFile { get; } = FromEnvironment("rule files and codingdsl.json", 16, "CODINGDSL_MAX_RULE_FILE_MB");

    /// <summary>Classification tables, SNOMED CT concept files and compiled JSON read by `import`.</summary>
    public static FileLimit Table { get; } = FromEnvironment("tables and compiled JSON", 512, "CODINGDSL_MAX_TABLE_MB");

    /// <summary>"16 MiB" (or the exact bytes when not a whole number of MiB).</summary>
    public string Size => Bytes % MiB == 0 ? $"{Bytes / MiB} MiB" : $"{Bytes:N0} bytes";

    /// <summary>The limit from <paramref name="variable"/> (a positive whole number of MiB), else the default.</summary>
    public static FileLimit FromEnvironment(string what, long defaultMiB, string variable)
    {
        var text = Environment.GetEnvironmentVariable(variable);
        var mib = long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and < 1L << 40
            ? value
            : defaultMiB;
        return new FileLimit(what, mib * MiB, variable);
    }
}
