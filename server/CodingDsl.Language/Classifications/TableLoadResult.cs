namespace CodingDsl.Language.Classifications;

/// <summary>A line of a table file that was skipped, with the reason (1-based line number).</summary>
public sealed record TableLoadProblem(int Line, string Reason);

/// <summary>
/// The outcome of reading a table file. Loading never throws: an unreadable file gives
/// <see cref="Error"/> and no table; malformed lines are skipped and counted.
/// </summary>
public sealed record TableLoadResult(
    IClassificationTable? Table,
    TableFormat Format,
    int SkippedLines,
    IReadOnlyList<TableLoadProblem> Problems,
    string? Error)
{
    /// <summary>At most this many problems are kept; <see cref="SkippedLines"/> counts them all.</summary>
    public const int MaxProblems = 20;

    public bool Succeeded => Table is not null;

    internal static TableLoadResult Failed(string error, TableFormat format = TableFormat.Auto) =>
        new(null, format, 0, Array.Empty<TableLoadProblem>(), error);
}
