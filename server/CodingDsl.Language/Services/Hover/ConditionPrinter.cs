using CodingDsl.Language.Syntax;

namespace CodingDsl.Language.Services;

/// <summary>Writes a rule condition back as source, on one line, for hover.</summary>
internal static class ConditionPrinter
{
    public static string Print(Condition condition) => condition switch
    {
        OrCondition or => string.Join(" or ", or.Operands.Select(Print)),
        AndCondition and => string.Join(" and ", and.Operands.Select(o => o is OrCondition ? $"({Print(o)})" : Print(o))),
        Syntax.NotCondition negation => "not " + (negation.Operand is OrCondition or AndCondition ? $"({Print(negation.Operand)})" : Print(negation.Operand)),
        FactCondition fact => fact.Name.Text,
        CodeCondition code => $"{code.Keyword.Text} {(code.Place is null ? string.Empty : code.Place.Text + " ")}{code.SystemKeyword.Text} {(code.Selector.ChapterKeyword is null ? string.Empty : "chapter ")}{code.Selector.Value.Text}",
        _ => string.Empty,
    };
}
