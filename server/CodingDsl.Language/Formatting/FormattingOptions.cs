namespace CodingDsl.Language.Formatter;

/// <summary>
/// How to indent, as an editor sends it (LSP `FormattingOptions`). The canonical layout, used by
/// `codingdsl format`, is <see cref="Default"/>: two spaces a level.
/// </summary>
/// <param name="TabSize">Spaces a level when <paramref name="InsertSpaces"/>; clamped to 1..16.</param>
/// <param name="InsertSpaces">Indent with spaces; false indents with one tab a level.</param>
public sealed record FormattingOptions(int TabSize = 2, bool InsertSpaces = true)
{
    public static FormattingOptions Default { get; } = new();

    internal string Indent(int depth)
    {
        if (depth <= 0)
        {
            return string.Empty;
        }
        return InsertSpaces ? new string(' ', Math.Clamp(TabSize, 1, 16) * depth) : new string('\t', depth);
    }
}
