using CodingDsl.Language.Classifications;

namespace CodingDsl.Language.Syntax;

/// <summary>
/// A code written without `opcs`/`icd10` takes the system of the code before it in the statement
/// (`opcs Y53.- or Y68.-`), and a system written before a group applies inside it.
/// </summary>
internal static class SystemInheritance
{
    public static CodeExpression Resolve(CodeExpression expression) => expression.Accept(new Inheritor());

    /// <summary>`opcs (A or B)`: the group's first reference takes the prefix keyword's system.</summary>
    public static CodeExpression Prefix(SyntaxToken system, ParenthesizedExpression group)
    {
        var current = StatementGrammar.ToSystem(system.Text);
        return group with { Inner = group.Inner.Accept(new FirstReference(system, current)) };
    }

    /// <summary>Rebuilds an expression in source order with each reference as the subclass rewrites it; one per walk (a subclass keeps what it has seen).</summary>
    private abstract class ReferenceRewriter : ICodeExpressionVisitor<CodeExpression>
    {
        public abstract CodeExpression VisitCodeReference(CodeReference reference);

        public CodeExpression VisitAlternative(AlternativeExpression alternatives)
        {
            var items = new List<CodeExpression>();
            foreach (var item in alternatives.Alternatives)
            {
                items.Add(item.Accept(this));
            }
            return alternatives with { Alternatives = items };
        }

        public CodeExpression VisitCombination(CombinationExpression combination)
        {
            var items = new List<CodeExpression>();
            foreach (var item in combination.Parts)
            {
                items.Add(item.Accept(this));
            }
            return combination with { Parts = items };
        }

        public CodeExpression VisitParenthesized(ParenthesizedExpression group) =>
            group with { Inner = group.Inner.Accept(this) };
    }

    /// <summary>The first reference, if it names no system, takes the prefix's keyword.</summary>
    private sealed class FirstReference(SyntaxToken system, CodeSystem value) : ReferenceRewriter
    {
        private bool first = true;

        public override CodeExpression VisitCodeReference(CodeReference reference)
        {
            if (!first)
            {
                return reference;
            }
            first = false;
            return reference.SystemKeyword is null ? reference with { SystemKeyword = system, System = value } : reference;
        }
    }

    /// <summary>Carries the system of the last reference that named one to those that name none.</summary>
    private sealed class Inheritor : ReferenceRewriter
    {
        private CodeSystem current = CodeSystem.Opcs4;

        public override CodeExpression VisitCodeReference(CodeReference reference)
        {
            if (reference.SystemKeyword is not null)
            {
                current = StatementGrammar.ToSystem(reference.SystemKeyword.Text);
                return reference;
            }
            return reference with { System = current };
        }
    }
}
