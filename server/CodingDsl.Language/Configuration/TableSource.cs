using CodingDsl.Language.Classifications;

namespace CodingDsl.Language.Configuration;

/// <summary>One table named in codingdsl.json, its path made absolute against the config file's folder.</summary>
/// <param name="Line">Where the entry is in codingdsl.json (1-based), for problems with the file it names.</param>
public sealed record TableSource(
    CodeSystem System,
    string Version,
    string Path,
    TableFormat Format,
    bool IsComplete,
    int Line = 0,
    int Column = 0);
