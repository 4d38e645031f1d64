namespace CodingDsl.Language.Workspace;

/// <summary>
/// What reading a `use`d rule library gave: its parse, or why there is none. <see cref="Problem"/> is
/// null for a file that does not exist (CDSL0403) and says why an existing one was not read (CDSL0601).
/// </summary>
internal sealed record LibraryLoad(Syntax.SyntaxTree? Tree, string? Problem)
{
    public static LibraryLoad Missing { get; } = new(null, null);
}
