using CodingDsl.Language.Syntax;

namespace CodingDsl.Language.Services;

/// <summary>Writes a rule condition back as source, on one line, for hover.</summary>
internal sealed class ConditionPrinter : IConditionVisitor<string>
{
    private static readonly ConditionPrinter Instance = new();

    public static string Print(Condition condition) => condition.Accept(Instance);

    public string VisitOr(OrCondition or) => string.Join(" or ", or.Operands.Select(Print));

    public string VisitAnd(AndCondition and) => string.Join(" and ", and.Operands.Select(o => o is OrCondition ? $"({Print(o)})" : Print(o)));

    public string VisitNot(Syntax.NotCondition negation) => "not " + (negation.Operand is OrCondition or AndCondition ? $"({Print(negation.Operand)})" : Print(negation.Operand));

    public string VisitFact(FactCondition fact) => fact.Name.Text;

    public string VisitCode(CodeCondition code) => $"{code.Keyword.Text} {(code.Place is null ? string.Empty : code.Place.Text + " ")}{code.SystemKeyword.Text} {(code.Selector.ChapterKeyword is null ? string.Empty : "chapter ")}{code.Selector.Value.Text}";
}
