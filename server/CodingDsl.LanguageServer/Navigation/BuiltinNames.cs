using CodingDsl.Language.Syntax;

namespace CodingDsl.LanguageServer.Navigation;

public static class BuiltinNames
{
    /// <summary>`main`, `subsidiary`, `asterisk`, `dagger`: selectors the language defines.</summary>
    public static bool IsBuiltin(string name) => Keywords.BuiltinSelectors.Contains(name);
}
