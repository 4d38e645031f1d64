namespace CodingDsl.Language.Configuration;

/// <summary>
/// Something wrong with a codingdsl.json or a file it names. <paramref name="Line"/> and
/// <paramref name="Column"/> are 1-based, as editors print them; 0 when not known.
/// </summary>
public sealed record ConfigProblem(string FilePath, int Line, int Column, string Message)
{
    public override string ToString() => Line > 0 ? $"{FilePath}({Line},{Column}): {Message}" : $"{FilePath}: {Message}";
}
