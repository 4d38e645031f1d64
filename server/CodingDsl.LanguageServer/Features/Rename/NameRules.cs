using System.Text.RegularExpressions;
using CodingDsl.Language.Syntax;

namespace CodingDsl.LanguageServer.Features.Rename;

/// <summary>docs/language.md: a name is a letter followed by letters, digits and hyphens, and not a keyword.</summary>
public static partial class NameRules
{
    public static string? Problem(string name)
    {
        if (!Shape().IsMatch(name))
        {
            return $"'{name}' is not a name: use a letter followed by letters, digits and hyphens, as in image-control.";
        }
        return Keywords.IsReserved(name) || Keywords.BuiltinSelectors.Contains(name)
            ? $"'{name}' is a word of the language; choose another name."
            : null;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]*$")]
    private static partial Regex Shape();
}
