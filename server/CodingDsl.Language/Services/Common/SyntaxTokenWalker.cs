using CodingDsl.Language.Classifications;
using CodingDsl.Language.Semantics;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

/// <summary>
/// Lists every token the syntax tree holds, classified, in source order. One walk serves highlighting
/// (semantic tokens), hover and navigation, so they agree on what each word is. Text the parser
/// skipped (a failed statement) yields no tokens; the TextMate grammar still colours it.
/// </summary>
internal static class SyntaxTokenWalker
{
    /// <param name="within">Only declarations and comments touching this span are walked (hover, ranges): the rest of a long file costs nothing.</param>
    public static IReadOnlyList<ClassifiedToken> Walk(SyntaxTree tree, TextSpan? within = null)
    {
        var tokens = new List<ClassifiedToken>();
        var text = tree.Text.Text;
        foreach (var declaration in tree.Root.Declarations)
        {
            if (within is not { } w || Touches(declaration.Span, w))
            {
                Declaration(declaration, text, tokens);
            }
        }
        foreach (var comment in tree.Root.Comments)
        {
            if (within is { } w && !Touches(comment.Span, w))
            {
                continue;
            }
            var suppression = Lexer.IsSuppression(comment.Text);
            tokens.Add(new ClassifiedToken(comment.Span, SemanticTokenType.Comment,
                suppression ? SemanticTokenModifiers.Suppression : SemanticTokenModifiers.None, comment.Text, null));
        }
        tokens.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));

        // Tokens never overlap in a well-formed tree; drop any that would, since LSP's relative encoding cannot express it.
        var result = new List<ClassifiedToken>(tokens.Count);
        var end = 0;
        foreach (var token in tokens)
        {
            if (token.Span.Length > 0 && token.Span.Start >= end)
            {
                result.Add(token);
                end = token.Span.End;
            }
        }
        return result;
    }

    private static bool Touches(TextSpan span, TextSpan within) =>
        span.Start <= within.End && within.Start <= span.End;

    /// <summary>The token whose span contains the offset, or ends at it (a cursor just after a word).</summary>
    public static ClassifiedToken? At(IReadOnlyList<ClassifiedToken> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count - 1;
        ClassifiedToken? touching = null;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var token = tokens[mid];
            if (token.Span.Contains(offset))
            {
                return token;
            }
            if (token.Span.End == offset)
            {
                touching = token;
            }
            if (token.Span.Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return touching;
    }

    private static void Declaration(SyntaxNode node, string text, List<ClassifiedToken> tokens)
    {
        switch (node)
        {
            case UseDeclaration use:
                Keyword(use.Keyword, use, tokens);
                String(use.Path, use, tokens);
                break;
            case GuidanceDeclaration guidance:
                Keyword(guidance.Keyword, guidance, tokens);
                Add(guidance.Id, SemanticTokenType.GuidanceId, SemanticTokenModifiers.Declaration, guidance, tokens);
                String(guidance.Title, guidance, tokens);
                foreach (var item in guidance.Items)
                {
                    Statement(item, text, tokens);
                }
                break;
            case SetDeclaration set:
                Keyword(set.Keyword, set, tokens);
                Add(set.Name, SemanticTokenType.SetName, SemanticTokenModifiers.Declaration, set, tokens);
                Keyword(set.SystemKeyword, set, tokens);
                foreach (var item in set.Items)
                {
                    Pattern(item, set.System, set, tokens);
                }
                break;
            case RuleDeclaration rule:
                Keyword(rule.Keyword, rule, tokens);
                Add(rule.Name, SemanticTokenType.RuleName, SemanticTokenModifiers.Declaration, rule, tokens);
                String(rule.Title, rule, tokens);
                foreach (var clause in rule.Clauses)
                {
                    Clause(clause, text, tokens);
                }
                break;
        }
    }

    private static void Statement(SyntaxNode node, string text, List<ClassifiedToken> tokens)
    {
        switch (node)
        {
            case SourceStatement source:
                Keyword(source.Keyword, source, tokens);
                String(source.Url, source, tokens);
                break;
            case ClassificationsStatement classifications:
                Keyword(classifications.Keyword, classifications, tokens);
                foreach (var version in classifications.Versions)
                {
                    Add(version, SemanticTokenType.Version, SemanticTokenModifiers.None, classifications, tokens);
                }
                break;
            case NoteStatement note:
                Keyword(note.Keyword, note, tokens);
                String(note.Text, note, tokens);
                break;
            case SectionDeclaration section:
                Keyword(section.Keyword, section, tokens);
                String(section.VariantName, section, tokens);
                if (section.Condition is { } condition)
                {
                    Keyword(condition.Keyword, section, tokens);
                    String(condition.Condition, section, tokens);
                }
                foreach (var item in section.Items)
                {
                    Statement(item, text, tokens);
                }
                break;
            case SnomedStatement snomed:
                Keyword(snomed.Keyword, snomed, tokens);
                if (snomed.Pending is not null)
                {
                    Keyword(snomed.Pending, snomed, tokens);
                }
                if (snomed.Id is not null)
                {
                    Add(snomed.Id, SemanticTokenType.SnomedId, SemanticTokenModifiers.None, snomed, tokens, CodeSystem.Snomed);
                }
                String(snomed.Term, snomed, tokens);
                break;
            case FactStatement fact:
                Add(fact.Name, SemanticTokenType.Fact, SemanticTokenModifiers.None, fact, tokens);
                break;
            case CaseByCaseStatement caseByCase:
                Keyword(caseByCase.Keyword, caseByCase, tokens);
                String(caseByCase.Text, caseByCase, tokens);
                break;
            case RequirementStatement requirement:
                Expression(requirement.Expression, tokens);
                foreach (var modifier in requirement.Modifiers)
                {
                    Keyword(modifier.Keyword, modifier, tokens);
                    switch (modifier)
                    {
                        case IfModifier m:
                            String(m.Condition, m, tokens);
                            break;
                        case PositionModifier m:
                            Add(m.Position, SemanticTokenType.Number, SemanticTokenModifiers.None, m, tokens);
                            break;
                        case DefaultModifier m:
                            Expression(m.Code, tokens);
                            break;
                    }
                }
                break;
        }
    }

    private static void Expression(CodeExpression expression, List<ClassifiedToken> tokens)
    {
        switch (expression)
        {
            case CodeReference reference:
                if (reference.SystemKeyword is not null)
                {
                    Keyword(reference.SystemKeyword, reference, tokens);
                }
                Pattern(reference.Pattern, reference.System, reference, tokens);
                String(reference.Title, reference, tokens);
                foreach (var annotation in new[] { reference.Nice, reference.Remark })
                {
                    if (annotation is not null)
                    {
                        Keyword(annotation.Keyword, reference, tokens);
                        String(annotation.Text, reference, tokens);
                    }
                }
                break;
            case AlternativeExpression alternatives:
                Operators(alternatives.Operators, alternatives, tokens);
                foreach (var alternative in alternatives.Alternatives)
                {
                    Expression(alternative, tokens);
                }
                break;
            case CombinationExpression combination:
                Operators(combination.Operators, combination, tokens);
                foreach (var part in combination.Parts)
                {
                    Expression(part, tokens);
                }
                break;
            case ParenthesizedExpression group:
                Expression(group.Inner, tokens);
                break;
        }
    }

    private static void Pattern(Pattern pattern, CodeSystem system, SyntaxNode owner, List<ClassifiedToken> tokens)
    {
        var systemModifier = system == CodeSystem.Icd10 ? SemanticTokenModifiers.Icd10 : SemanticTokenModifiers.Opcs;
        if (pattern.ChapterKeyword is not null)
        {
            Keyword(pattern.ChapterKeyword, owner, tokens);
            Add(pattern.Value, SemanticTokenType.Category, systemModifier, owner, tokens, system);
            return;
        }
        var value = pattern.Value.Text;
        switch (pattern.ReadAs(system).Pattern?.Kind)
        {
            case PatternKind.Category:
                Add(pattern.Value, SemanticTokenType.Category, systemModifier, owner, tokens, system);
                break;
            case PatternKind.Range:
                Add(pattern.Value, SemanticTokenType.Range, systemModifier, owner, tokens, system);
                break;
            case PatternKind.Name:
                var builtin = Keywords.BuiltinSelectors.Contains(value);
                Add(pattern.Value, SemanticTokenType.SetName, builtin ? SemanticTokenModifiers.DefaultLibrary : SemanticTokenModifiers.None, owner, tokens, system);
                break;
            case PatternKind.Code or PatternKind.Chapter or null:
                // Codes, and malformed codes: still a code of that system to the reader.
                Add(pattern.Value, system == CodeSystem.Icd10 ? SemanticTokenType.Icd10Code : SemanticTokenType.OpcsCode, SemanticTokenModifiers.None, owner, tokens, system);
                break;
        }
    }

    private static void Clause(SyntaxNode clause, string text, List<ClassifiedToken> tokens)
    {
        switch (clause)
        {
            case WhenClause whenClause:
                Keyword(whenClause.Keyword, whenClause, tokens);
                Condition(whenClause.Condition, text, tokens);
                break;
            case RequireClause require:
                Keyword(require.Keyword, require, tokens);
                Condition(require.Condition, text, tokens);
                break;
            case SeverityClause severity:
                Keyword(severity.Keyword, severity, tokens);
                Keyword(severity.Level, severity, tokens);
                break;
            case MessageClause message:
                Keyword(message.Keyword, message, tokens);
                String(message.Text, message, tokens);
                break;
            case CodeClause code:
                Keyword(code.Keyword, code, tokens);
                Add(code.DiagnosticCode, SemanticTokenType.DiagnosticCode, SemanticTokenModifiers.None, code, tokens);
                break;
            case FixClause fix:
                Keyword(fix.Keyword, fix, tokens);
                Keyword(fix.AddKeyword, fix, tokens);
                Expression(fix.Expression, tokens);
                break;
        }
    }

    private static void Condition(Condition condition, string text, List<ClassifiedToken> tokens)
    {
        switch (condition)
        {
            case OrCondition or:
                OperatorsBetween(or.Operands, "or", or, text, tokens);
                foreach (var operand in or.Operands)
                {
                    Condition(operand, text, tokens);
                }
                break;
            case AndCondition and:
                OperatorsBetween(and.Operands, "and", and, text, tokens);
                foreach (var operand in and.Operands)
                {
                    Condition(operand, text, tokens);
                }
                break;
            case Syntax.NotCondition negation:
                Add(negation.Keyword, SemanticTokenType.Operator, SemanticTokenModifiers.None, negation, tokens);
                Condition(negation.Operand, text, tokens);
                break;
            case FactCondition fact:
                Add(fact.Name, SemanticTokenType.Fact, SemanticTokenModifiers.None, fact, tokens);
                break;
            case CodeCondition code:
                Keyword(code.Keyword, code, tokens);
                Keyword(code.SystemKeyword, code, tokens);
                Pattern(code.Selector, code.System, code, tokens);
                break;
        }
    }

    /// <summary>Conditions keep no operator tokens: find the `and`/`or` word between two operands.</summary>
    private static void OperatorsBetween(IReadOnlyList<Condition> operands, string word, SyntaxNode owner, string text, List<ClassifiedToken> tokens)
    {
        for (var i = 1; i < operands.Count; i++)
        {
            var from = operands[i - 1].Span.End;
            var to = operands[i].Span.Start;
            var at = Lexer.SkipTrivia(text, from);
            if (at + word.Length <= to && string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
            {
                tokens.Add(new ClassifiedToken(new TextSpan(at, word.Length), SemanticTokenType.Operator, SemanticTokenModifiers.None, word, owner));
            }
        }
    }

    private static void Operators(IReadOnlyList<SyntaxToken> operators, SyntaxNode owner, List<ClassifiedToken> tokens)
    {
        foreach (var op in operators)
        {
            Add(op, SemanticTokenType.Operator, SemanticTokenModifiers.None, owner, tokens);
        }
    }

    private static void Keyword(SyntaxToken token, SyntaxNode owner, List<ClassifiedToken> tokens) =>
        Add(token, SemanticTokenType.Keyword, SemanticTokenModifiers.None, owner, tokens);

    private static void String(StringLiteral? literal, SyntaxNode owner, List<ClassifiedToken> tokens)
    {
        if (literal is not null)
        {
            tokens.Add(new ClassifiedToken(literal.Span, SemanticTokenType.String, SemanticTokenModifiers.None, literal.Value, owner));
        }
    }

    private static void Add(SyntaxToken token, SemanticTokenType type, SemanticTokenModifiers modifiers, SyntaxNode owner, List<ClassifiedToken> tokens, CodeSystem? system = null)
    {
        if (token.Span.Length > 0)
        {
            tokens.Add(new ClassifiedToken(token.Span, type, modifiers, token.Text, owner, system));
        }
    }
}
