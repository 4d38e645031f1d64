using CodingDsl.LanguageServer.Navigation;
using CodingDsl.LanguageServer.Protocol;

namespace CodingDsl.LanguageServer.Features.SemanticTokens;

/// <summary>
/// The token types and modifiers the server reports. Codes are `enumMember` with a modifier naming
/// their system (`opcs`, `icd10`) and `category` for patterns standing for several codes, so a theme
/// or the extension can colour each system and categories differently.
/// </summary>
public static class SemanticTokenLegend
{
    public static readonly IReadOnlyList<string> Types =
        ["keyword", "operator", "namespace", "enumMember", "number", "string", "function", "variable", "property", "type", "comment"];

    public static readonly IReadOnlyList<string> Modifiers =
        ["declaration", "defaultLibrary", "opcs", "icd10", "snomed", "category"];

    public static SemanticTokensLegend Legend { get; } = new(Types, Modifiers);

    public static int Type(string name) => IndexOf(Types, name);

    public static int Modifier(params string[] names) => names.Aggregate(0, (bits, name) => bits | (1 << IndexOf(Modifiers, name)));

    /// <summary>The type and modifier bits for a token of the given role.</summary>
    public static (int Type, int Modifiers) For(TokenRole role, string text, bool isRuleName)
    {
        var category = text.EndsWith(".-", StringComparison.Ordinal) || text.EndsWith(".-†", StringComparison.Ordinal) || text.Contains('-', StringComparison.Ordinal) && !text.Contains('.', StringComparison.Ordinal);
        return role switch
        {
            TokenRole.Keyword or TokenRole.Severity => (Type("keyword"), 0),
            TokenRole.Operator => (Type("operator"), 0),
            TokenRole.GuidanceId => (Type("namespace"), Modifier("declaration")),
            TokenRole.OpcsCode => (Type("enumMember"), category ? Modifier("opcs", "category") : Modifier("opcs")),
            TokenRole.Icd10Code => (Type("enumMember"), category ? Modifier("icd10", "category") : Modifier("icd10")),
            TokenRole.SnomedId => (Type("number"), Modifier("snomed")),
            TokenRole.NameDeclaration => (Type(isRuleName ? "function" : "variable"), Modifier("declaration")),
            TokenRole.NameReference => LanguageServer.Navigation.BuiltinNames.IsBuiltin(text) ? (Type("variable"), Modifier("defaultLibrary")) : (Type("variable"), 0),
            TokenRole.Fact => (Type("property"), 0),
            TokenRole.String => (Type("string"), 0),
            TokenRole.Number => (Type("number"), 0),
            TokenRole.DiagnosticCode or TokenRole.Version => (Type("type"), 0),
            _ => (Type("keyword"), 0),
        };
    }

    private static int IndexOf(IReadOnlyList<string> list, string name)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == name)
            {
                return i;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(name), name, "Not in the legend.");
    }
}
