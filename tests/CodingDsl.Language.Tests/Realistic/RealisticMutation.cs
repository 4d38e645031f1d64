namespace CodingDsl.Language.Tests.Realistic;

/// <summary>
/// What a mutation's `.expected` file says it must raise: each warning or error (code and 1-based
/// line:column, as the CLI prints it), the title of its preferred fix (or none), and lines of the file
/// as that fix leaves them. The format is described in tests/realistic/README.md.
/// </summary>
internal sealed record ExpectedDiagnostic(string Code, int Line, int Column, string? PreferredFix, IReadOnlyList<(int Line, string Text)> LinesAfterFix)
{
    public const string NoFix = "none";

    public static IReadOnlyList<ExpectedDiagnostic> Parse(string text, string file)
    {
        var result = new List<ExpectedDiagnostic>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }
            if (!char.IsWhiteSpace(line[0]))
            {
                var parts = trimmed.Split(' ', 2);
                var at = parts.Length == 2 ? parts[1].Split(':') : [];
                if (at.Length != 2 || !int.TryParse(at[0], out var l) || !int.TryParse(at[1], out var c))
                {
                    throw new FormatException($"{file}:{i + 1}: expected 'CDSLnnnn line:column', found '{trimmed}'.");
                }
                result.Add(new ExpectedDiagnostic(parts[0], l, c, null, []));
                continue;
            }
            if (result.Count == 0)
            {
                throw new FormatException($"{file}:{i + 1}: an indented line belongs under a diagnostic line.");
            }
            var last = result[^1];
            if (trimmed.StartsWith("fix:", StringComparison.Ordinal))
            {
                result[^1] = last with { PreferredFix = trimmed["fix:".Length..].Trim() };
            }
            else if (trimmed.StartsWith("line ", StringComparison.Ordinal) && trimmed.IndexOf(':') is var colon and > 5
                     && int.TryParse(trimmed[5..colon], out var number))
            {
                result[^1] = last with { LinesAfterFix = [.. last.LinesAfterFix, (number, trimmed[(colon + 1)..].Trim())] };
            }
            else
            {
                throw new FormatException($"{file}:{i + 1}: expected 'fix: <title>' or 'line N: <text>', found '{trimmed}'.");
            }
        }
        return result;
    }
}
