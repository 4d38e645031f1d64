using System.Text;

namespace CodingDsl.Language.Classifications;

/// <summary>
/// Turns a code as people write it into the key tables use: "j12.4 " → "J12.4", "H19.8A" → "H19.8",
/// "Q90†" → "Q90", "C64.X" / "C64X" → "C64", undotted "J124" → "J12.4".
/// </summary>
public static class ClassificationCodes
{
    /// <summary>The normalised dotted key, or the trimmed upper-case input when it does not look like a code.</summary>
    public static string Normalize(string code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return string.Empty;
        }

        var s = code.Trim();
        if (IsCanonical(s))
        {
            return s;
        }

        s = s.ToUpperInvariant();

        // Printed marks are not part of the key: dagger/asterisk as †/+/* after the code.
        s = s.TrimEnd('†', '*', '+', ' ');

        // An undotted code as TRUD's ALT_CODE or the Metadata file writes it: "J124", "M8008", "I48X".
        if (s.Length >= 4 && s.IndexOf('.') < 0 && IsCategoryShape(s.AsSpan(0, 3)) && s.Length <= 6)
        {
            s = s[..3] + "." + s[3..];
        }

        // The NHS suffixes an asterisk code with "A" and a dagger code with "D" ("H19.8A").
        if (s.Length >= 6 && s[3] == '.' && (s[^1] == 'A' || s[^1] == 'D') && char.IsAsciiDigit(s[^2]))
        {
            s = s[..^1];
        }

        // X-filled undivided three-character codes ("C64.X", "I48X") are the category itself.
        if (s.Length == 5 && s[3] == '.' && s[4] == 'X')
        {
            s = s[..3];
        }

        return s;
    }

    /// <summary>The three-character category of a code ("J12.4" → "J12"), or null when it has none.</summary>
    public static string? CategoryOf(string code)
    {
        var s = Normalize(code);
        return s.Length >= 3 && IsCategoryShape(s.AsSpan(0, 3)) ? s[..3] : null;
    }

    /// <summary>Letter + two digits: "J12", "C18".</summary>
    public static bool IsCategoryShape(ReadOnlySpan<char> s) =>
        s.Length == 3 && char.IsAsciiLetterUpper(s[0]) && char.IsAsciiDigit(s[1]) && char.IsAsciiDigit(s[2]);

    /// <summary>A dotted table key: category, or category + "." + one or two digits.</summary>
    public static bool IsCodeShape(ReadOnlySpan<char> s)
    {
        if (s.Length == 3)
        {
            return IsCategoryShape(s);
        }

        if (s.Length is < 5 or > 6 || s[3] != '.' || !IsCategoryShape(s[..3]))
        {
            return false;
        }

        foreach (var c in s[4..])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // Fast path for lookups that are already keys, so Find does not allocate.
    private static bool IsCanonical(string s) => IsCodeShape(s);

    internal static string Undotted(string code)
    {
        var sb = new StringBuilder(code.Length);
        foreach (var c in code)
        {
            if (c != '.')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
