namespace CodingDsl.Cli.Commands;

public enum DiffFormat
{
    Text,
    Json,
    Markdown,
}

/// <summary>The parsed command line of `codingdsl diff`.</summary>
/// <param name="Base">A folder, or a revision of the repository (`origin/main`, a commit id).</param>
/// <param name="Head">The same, for the side compared with it.</param>
/// <param name="Paths">What of a revision to compare (relative to the working directory); empty: the whole repository.</param>
/// <param name="Repository">A folder in the git repository revisions are read from; null: the working directory.</param>
/// <param name="LinkBase">Prefixed to head-side paths in Markdown links.</param>
/// <param name="ExitCode">Exit 1 when the meaning changed, as `git diff --exit-code`.</param>
public sealed record DiffArguments(
    string Base,
    string Head,
    IReadOnlyList<string> Paths,
    string? Repository,
    DiffFormat Format,
    string? OutputPath,
    string LinkBase,
    bool ExitCode)
{
    public bool WritesToStandardOutput => Rewriting.StandardStreamPath.IsStandardOutput(OutputPath);
}
