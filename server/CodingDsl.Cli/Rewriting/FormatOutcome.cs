namespace CodingDsl.Cli.Rewriting;

public enum FormatStatus
{
    /// <summary>Already in the canonical layout: left alone.</summary>
    AlreadyFormatted,

    /// <summary>Not in the canonical layout: rewritten, or (with --check) reported.</summary>
    NeedsFormatting,

    /// <summary>Syntax errors or undecodable bytes: left alone and reported.</summary>
    CannotFormat,

    /// <summary>The file could not be read or written.</summary>
    IoError,
}

/// <summary>
/// What happened to one file. <see cref="Reason"/> is a one-line sentence for the last two statuses;
/// <see cref="Diff"/> the unified diff of the change, when asked for (--diff) and the file needs formatting.
/// </summary>
public sealed record FormatOutcome(string Path, FormatStatus Status, string? Reason = null, string? Diff = null);
