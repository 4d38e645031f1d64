using CodingDsl.Language.Classifications;

namespace CodingDsl.Language.Configuration;

/// <summary>
/// One table named in codingdsl.json (its path made absolute against the config file's folder) or in
/// the editor settings (against the workspace folder).
/// </summary>
/// <param name="Line">Where the entry is in codingdsl.json (1-based), for problems with the file it names; 0 for settings.</param>
/// <param name="Origin">Where the entry was written (the codingdsl.json's path, or <see cref="EditorSettings.Source"/>): what problems with the file name. Null: the configuration's file.</param>
public sealed record TableSource(
    CodeSystem System,
    string Version,
    string Path,
    TableFormat Format,
    bool IsComplete,
    int Line = 0,
    int Column = 0,
    string? Origin = null)
{
    /// <summary>The date from which the team puts this release in force (`inForceFrom`); null when not configured.</summary>
    public DateOnly? InForceFrom { get; init; }
}
