namespace CodingDsl.Cli;

/// <summary>Process exit codes, documented in docs/cli.md. CI scripts depend on them: do not renumber.</summary>
public static class ExitCodes
{
    /// <summary>The command did its work and found nothing at or above the fail level.</summary>
    public const int Success = 0;

    /// <summary>Diagnostics at or above the fail level were found.</summary>
    public const int DiagnosticsFound = 1;

    /// <summary>`format --check` found files not in the canonical layout, or `format` met files it cannot format (syntax errors).</summary>
    public const int NotFormatted = 1;

    /// <summary>The command could not do its work: bad usage, a missing or unreadable path, no input, or an internal error.</summary>
    public const int Failure = 2;
}
