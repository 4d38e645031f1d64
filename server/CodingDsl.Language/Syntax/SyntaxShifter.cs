using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Syntax;

/// <summary>
/// Moves nodes by a number of characters: after an edit, the declarations that follow it are kept
/// from the previous parse at their new offsets instead of being parsed again.
/// </summary>
internal static class SyntaxShifter
{
    public static TextSpan Shift(TextSpan span, int delta) => new(span.Start + delta, span.Length);

    public static SyntaxToken Shift(SyntaxToken token, int delta) => token with { Span = Shift(token.Span, delta) };

    public static SyntaxToken? ShiftOrNull(SyntaxToken? token, int delta) => token is null ? null : Shift(token, delta);

    public static StringLiteral? ShiftOrNull(StringLiteral? literal, int delta) => literal is null ? null : Shift(literal, delta);

    public static StringLiteral Shift(StringLiteral literal, int delta) => literal with { Span = Shift(literal.Span, delta) };

    public static Diagnostic Shift(Diagnostic diagnostic, int delta) => diagnostic with { Span = Shift(diagnostic.Span, delta) };

    public static IReadOnlyList<T> ShiftAll<T>(IReadOnlyList<T> nodes, int delta)
        where T : SyntaxNode
    {
        var shifted = new T[nodes.Count];
        for (var i = 0; i < shifted.Length; i++)
        {
            shifted[i] = (T)Shift(nodes[i], delta);
        }
        return shifted;
    }

    private static IReadOnlyList<SyntaxToken> ShiftTokens(IReadOnlyList<SyntaxToken> tokens, int delta) =>
        tokens.Select(t => Shift(t, delta)).ToArray();

    public static SyntaxNode Shift(SyntaxNode node, int delta)
    {
        if (delta == 0)
        {
            return node;
        }
        var span = Shift(node.Span, delta);
        return node switch
        {
            UseDeclaration n => n with { Span = span, Keyword = Shift(n.Keyword, delta), Path = ShiftOrNull(n.Path, delta) },
            GuidanceDeclaration n => n with
            {
                Span = span, Keyword = Shift(n.Keyword, delta), Id = Shift(n.Id, delta), Title = ShiftOrNull(n.Title, delta),
                Items = ShiftAll(n.Items, delta), CloseBrace = ShiftOrNull(n.CloseBrace, delta),
            },
            SourceStatement n => n with { Span = span, Keyword = Shift(n.Keyword, delta), Url = Shift(n.Url, delta) },
            ClassificationsStatement n => n with { Span = span, Keyword = Shift(n.Keyword, delta), Versions = ShiftTokens(n.Versions, delta) },
            NoteStatement n => n with { Span = span, Keyword = Shift(n.Keyword, delta), Text = Shift(n.Text, delta) },
            SectionDeclaration n => n with
            {
                Span = span, Keyword = Shift(n.Keyword, delta), VariantName = ShiftOrNull(n.VariantName, delta),
                Items = ShiftAll(n.Items, delta), CloseBrace = ShiftOrNull(n.CloseBrace, delta),
                Condition = n.Condition is null ? null : (IfModifier)Shift(n.Condition, delta),
            },
            SnomedStatement n => n with
            {
                Span = span, Keyword = Shift(n.Keyword, delta), Pending = ShiftOrNull(n.Pending, delta), Id = ShiftOrNull(n.Id, delta), Term = ShiftOrNull(n.Term, delta),
            },
            FactStatement n => n with { Span = span, Name = Shift(n.Name, delta) },
            CaseByCaseStatement n => n with { Span = span, Keyword = Shift(n.Keyword, delta), Text = ShiftOrNull(n.Text, delta) },
            RequirementStatement n => n with { Span = span, Expression = (CodeExpression)Shift(n.Expression, delta), Modifiers = ShiftAll(n.Modifiers, delta) },
            AlternativeExpression n => n with { Span = span, Alternatives = ShiftAll(n.Alternatives, delta), Operators = ShiftTokens(n.Operators, delta) },
            CombinationExpression n => n with { Span = span, Parts = ShiftAll(n.Parts, delta), Operators = ShiftTokens(n.Operators, delta) },
            ParenthesizedExpression n => n with { Span = span, Inner = (CodeExpression)Shift(n.Inner, delta) },
            CodeReference n => n with
            {
                Span = span, SystemKeyword = ShiftOrNull(n.SystemKeyword, delta), Pattern = (Pattern)Shift(n.Pattern, delta), Title = ShiftOrNull(n.Title, delta),
                Nice = n.Nice is null ? null : (CodeAnnotation)Shift(n.Nice, delta), Remark = n.Remark is null ? null : (CodeAnnotation)Shift(n.Remark, delta),
            },
            CodeAnnotation n => n with { Span = span, Keyword = Shift(n.Keyword, delta), Text = Shift(n.Text, delta) },
            Pattern n => n with { Span = span, ChapterKeyword = ShiftOrNull(n.ChapterKeyword, delta), Value = Shift(n.Value, delta) },
            OptionalModifier n => n with { Span = span, Keyword = Shift(n.Keyword, delta) },
            IfModifier n => n with { Span = span, Keyword = Shift(n.Keyword, delta), Condition = Shift(n.Condition, delta) },
            PositionModifier n => n with { Span = span, Keyword = Shift(n.Keyword, delta), Position = Shift(n.Position, delta) },
            DefaultModifier n => n with { Span = span, Keyword = Shift(n.Keyword, delta), Code = (CodeReference)Shift(n.Code, delta) },
            SetDeclaration n => n with
            {
                Span = span, Keyword = Shift(n.Keyword, delta), Name = Shift(n.Name, delta), SystemKeyword = Shift(n.SystemKeyword, delta), Items = ShiftAll(n.Items, delta),
            },
            RuleDeclaration n => n with
            {
                Span = span, Keyword = Shift(n.Keyword, delta), Name = Shift(n.Name, delta), Title = ShiftOrNull(n.Title, delta),
                Clauses = ShiftAll(n.Clauses, delta), CloseBrace = ShiftOrNull(n.CloseBrace, delta),
            },
            WhenClause n => n with { Span = span, Keyword = Shift(n.Keyword, delta), Condition = (Condition)Shift(n.Condition, delta) },
            RequireClause n => n with { Span = span, Keyword = Shift(n.Keyword, delta), Condition = (Condition)Shift(n.Condition, delta) },
            SeverityClause n => n with { Span = span, Keyword = Shift(n.Keyword, delta), Level = Shift(n.Level, delta) },
            MessageClause n => n with { Span = span, Keyword = Shift(n.Keyword, delta), Text = Shift(n.Text, delta) },
            CodeClause n => n with { Span = span, Keyword = Shift(n.Keyword, delta), DiagnosticCode = Shift(n.DiagnosticCode, delta) },
            FixClause n => n with { Span = span, Keyword = Shift(n.Keyword, delta), AddKeyword = Shift(n.AddKeyword, delta), Expression = (CodeExpression)Shift(n.Expression, delta) },
            OrCondition n => n with { Span = span, Operands = ShiftAll(n.Operands, delta) },
            AndCondition n => n with { Span = span, Operands = ShiftAll(n.Operands, delta) },
            NotCondition n => n with { Span = span, Keyword = Shift(n.Keyword, delta), Operand = (Condition)Shift(n.Operand, delta) },
            FactCondition n => n with { Span = span, Name = Shift(n.Name, delta) },
            CodeCondition n => n with
            {
                Span = span, Keyword = Shift(n.Keyword, delta), SystemKeyword = Shift(n.SystemKeyword, delta), Selector = (Pattern)Shift(n.Selector, delta),
                Place = ShiftOrNull(n.Place, delta),
            },
            // A node type added without a case here would keep its old offsets: fail loudly instead
            // (the incremental parser then falls back to a full parse).
            _ => throw new NotSupportedException($"No shift for {node.GetType().Name}."),
        };
    }
}
