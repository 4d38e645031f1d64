using CodingDsl.Language.Classifications;

namespace CodingDsl.Language.Syntax;

/// <summary>
/// A code written without `opcs`/`icd10` takes the system of the code before it in the statement
/// (`opcs Y53.- or Y68.-`), and a system written before a group applies inside it.
/// </summary>
internal static class SystemInheritance
{
    public static CodeExpression Resolve(CodeExpression expression)
    {
        var current = CodeSystem.Opcs4;
        return Rewrite(expression, ref current);
    }

    /// <summary>`opcs (A or B)`: the group's first reference takes the prefix keyword's system.</summary>
    public static CodeExpression Prefix(SyntaxToken system, ParenthesizedExpression group)
    {
        var current = StatementGrammar.ToSystem(system.Text);
        var first = true;
        return group with { Inner = SetFirst(group.Inner, system, current, ref first) };
    }

    private static CodeExpression SetFirst(CodeExpression expression, SyntaxToken system, CodeSystem value, ref bool first)
    {
        switch (expression)
        {
            case CodeReference reference when first:
                first = false;
                return reference.SystemKeyword is null ? reference with { SystemKeyword = system, System = value } : reference;
            case AlternativeExpression alternatives:
                {
                    var items = new List<CodeExpression>();
                    foreach (var item in alternatives.Alternatives)
                    {
                        items.Add(SetFirst(item, system, value, ref first));
                    }
                    return alternatives with { Alternatives = items };
                }
            case CombinationExpression combination:
                {
                    var items = new List<CodeExpression>();
                    foreach (var item in combination.Parts)
                    {
                        items.Add(SetFirst(item, system, value, ref first));
                    }
                    return combination with { Parts = items };
                }
            case ParenthesizedExpression group:
                return group with { Inner = SetFirst(group.Inner, system, value, ref first) };
            default:
                return expression;
        }
    }

    private static CodeExpression Rewrite(CodeExpression expression, ref CodeSystem current)
    {
        switch (expression)
        {
            case CodeReference reference:
                if (reference.SystemKeyword is not null)
                {
                    current = StatementGrammar.ToSystem(reference.SystemKeyword.Text);
                    return reference;
                }
                return reference with { System = current };
            case AlternativeExpression alternatives:
                {
                    var items = new List<CodeExpression>();
                    foreach (var item in alternatives.Alternatives)
                    {
                        items.Add(Rewrite(item, ref current));
                    }
                    return alternatives with { Alternatives = items };
                }
            case CombinationExpression combination:
                {
                    var items = new List<CodeExpression>();
                    foreach (var item in combination.Parts)
                    {
                        items.Add(Rewrite(item, ref current));
                    }
                    return combination with { Parts = items };
                }
            case ParenthesizedExpression group:
                return group with { Inner = Rewrite(group.Inner, ref current) };
            default:
                return expression;
        }
    }
}
