using CodingDsl.Language.Classifications;

namespace CodingDsl.Language.Syntax;

/// <summary>
/// A code written without `opcs`/`icd10` takes the system of the code before it in the statement
/// (`opcs Y53.- or Y68.-`), and a system written before a group applies inside it.
/// </summary>
/// <remarks>
/// The switches are expressions over <see cref="SyntaxKind"/> naming every kind, with no default: a new
/// kind of code expression must say here how the system flows through it, or the build fails (CS8509).
/// </remarks>
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

    private static CodeExpression SetFirst(CodeExpression expression, SyntaxToken system, CodeSystem value, ref bool first) => expression.NodeKind switch
    {
        SyntaxKind.CodeReference => SetFirst((CodeReference)expression, system, value, ref first),
        SyntaxKind.AlternativeExpression => SetFirst((AlternativeExpression)expression, system, value, ref first),
        SyntaxKind.CombinationExpression => SetFirst((CombinationExpression)expression, system, value, ref first),
        SyntaxKind.ParenthesizedExpression => SetFirst((ParenthesizedExpression)expression, system, value, ref first),
        SyntaxKind.CompilationUnit or SyntaxKind.UseDeclaration or SyntaxKind.GuidanceDeclaration or SyntaxKind.SourceStatement
            or SyntaxKind.ClassificationsStatement or SyntaxKind.NoteStatement or SyntaxKind.SectionDeclaration or SyntaxKind.SnomedStatement
            or SyntaxKind.FactStatement or SyntaxKind.CaseByCaseStatement or SyntaxKind.RequirementStatement or SyntaxKind.CodeAnnotation
            or SyntaxKind.Pattern or SyntaxKind.OptionalModifier or SyntaxKind.IfModifier or SyntaxKind.PositionModifier
            or SyntaxKind.DefaultModifier or SyntaxKind.SetDeclaration or SyntaxKind.RuleDeclaration or SyntaxKind.WhenClause
            or SyntaxKind.RequireClause or SyntaxKind.SeverityClause or SyntaxKind.MessageClause or SyntaxKind.CodeClause
            or SyntaxKind.FixClause or SyntaxKind.OrCondition or SyntaxKind.AndCondition or SyntaxKind.NotCondition
            or SyntaxKind.FactCondition or SyntaxKind.CodeCondition
            => expression, // not a code expression: nothing to inherit
    };

    private static CodeReference SetFirst(CodeReference reference, SyntaxToken system, CodeSystem value, ref bool first)
    {
        if (!first)
        {
            return reference;
        }
        first = false;
        return reference.SystemKeyword is null ? reference with { SystemKeyword = system, System = value } : reference;
    }

    private static AlternativeExpression SetFirst(AlternativeExpression alternatives, SyntaxToken system, CodeSystem value, ref bool first) =>
        alternatives with { Alternatives = SetFirst(alternatives.Alternatives, system, value, ref first) };

    private static CombinationExpression SetFirst(CombinationExpression combination, SyntaxToken system, CodeSystem value, ref bool first) =>
        combination with { Parts = SetFirst(combination.Parts, system, value, ref first) };

    private static ParenthesizedExpression SetFirst(ParenthesizedExpression group, SyntaxToken system, CodeSystem value, ref bool first) =>
        group with { Inner = SetFirst(group.Inner, system, value, ref first) };

    private static List<CodeExpression> SetFirst(IReadOnlyList<CodeExpression> expressions, SyntaxToken system, CodeSystem value, ref bool first)
    {
        var items = new List<CodeExpression>(expressions.Count);
        foreach (var item in expressions)
        {
            items.Add(SetFirst(item, system, value, ref first));
        }
        return items;
    }

    private static CodeExpression Rewrite(CodeExpression expression, ref CodeSystem current) => expression.NodeKind switch
    {
        SyntaxKind.CodeReference => Rewrite((CodeReference)expression, ref current),
        SyntaxKind.AlternativeExpression => Rewrite((AlternativeExpression)expression, ref current),
        SyntaxKind.CombinationExpression => Rewrite((CombinationExpression)expression, ref current),
        SyntaxKind.ParenthesizedExpression => Rewrite((ParenthesizedExpression)expression, ref current),
        SyntaxKind.CompilationUnit or SyntaxKind.UseDeclaration or SyntaxKind.GuidanceDeclaration or SyntaxKind.SourceStatement
            or SyntaxKind.ClassificationsStatement or SyntaxKind.NoteStatement or SyntaxKind.SectionDeclaration or SyntaxKind.SnomedStatement
            or SyntaxKind.FactStatement or SyntaxKind.CaseByCaseStatement or SyntaxKind.RequirementStatement or SyntaxKind.CodeAnnotation
            or SyntaxKind.Pattern or SyntaxKind.OptionalModifier or SyntaxKind.IfModifier or SyntaxKind.PositionModifier
            or SyntaxKind.DefaultModifier or SyntaxKind.SetDeclaration or SyntaxKind.RuleDeclaration or SyntaxKind.WhenClause
            or SyntaxKind.RequireClause or SyntaxKind.SeverityClause or SyntaxKind.MessageClause or SyntaxKind.CodeClause
            or SyntaxKind.FixClause or SyntaxKind.OrCondition or SyntaxKind.AndCondition or SyntaxKind.NotCondition
            or SyntaxKind.FactCondition or SyntaxKind.CodeCondition
            => expression, // not a code expression: nothing to inherit
    };

    private static CodeReference Rewrite(CodeReference reference, ref CodeSystem current)
    {
        if (reference.SystemKeyword is not null)
        {
            current = StatementGrammar.ToSystem(reference.SystemKeyword.Text);
            return reference;
        }
        return reference with { System = current };
    }

    private static AlternativeExpression Rewrite(AlternativeExpression alternatives, ref CodeSystem current) =>
        alternatives with { Alternatives = Rewrite(alternatives.Alternatives, ref current) };

    private static CombinationExpression Rewrite(CombinationExpression combination, ref CodeSystem current) =>
        combination with { Parts = Rewrite(combination.Parts, ref current) };

    private static ParenthesizedExpression Rewrite(ParenthesizedExpression group, ref CodeSystem current) =>
        group with { Inner = Rewrite(group.Inner, ref current) };

    private static List<CodeExpression> Rewrite(IReadOnlyList<CodeExpression> expressions, ref CodeSystem current)
    {
        var items = new List<CodeExpression>(expressions.Count);
        foreach (var item in expressions)
        {
            items.Add(Rewrite(item, ref current));
        }
        return items;
    }
}
