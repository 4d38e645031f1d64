using CodingDsl.Language.Classifications;
using CodingDsl.Language.Syntax;

namespace CodingDsl.LanguageServer.Navigation;

/// <summary>A token of the tree with its role, for semantic tokens and name lookups.</summary>
public sealed record ClassifiedToken(SyntaxToken Token, TokenRole Role, SyntaxNode Owner);

/// <summary>
/// Walks the core's syntax tree: every node, and every token with what it is. A plain traversal of
/// the node records the core defines; the meaning of names (sets, rules) comes from the bound model.
/// </summary>
public static class SyntaxWalk
{
    public static IEnumerable<SyntaxNode> Nodes(SyntaxNode node)
    {
        yield return node;
        foreach (var child in Children(node))
        {
            foreach (var descendant in Nodes(child))
            {
                yield return descendant;
            }
        }
    }

    public static IEnumerable<SyntaxNode> Children(SyntaxNode node) => node switch
    {
        CompilationUnit unit => unit.Declarations,
        GuidanceDeclaration guidance => guidance.Items,
        SectionDeclaration section => section.Items,
        RequirementStatement requirement => [requirement.Expression, .. requirement.Modifiers],
        AlternativeExpression alternative => alternative.Alternatives,
        CombinationExpression combination => combination.Parts,
        ParenthesizedExpression parenthesized => [parenthesized.Inner],
        CodeReference reference => [reference.Pattern],
        DefaultModifier modifier => [modifier.Code],
        SetDeclaration set => set.Items,
        RuleDeclaration rule => rule.Clauses,
        WhenClause whenClause => [whenClause.Condition],
        RequireClause require => [require.Condition],
        FixClause fix => [fix.Expression],
        OrCondition anyOf => anyOf.Operands,
        AndCondition allOf => allOf.Operands,
        NotCondition negation => [negation.Operand],
        CodeCondition condition => [condition.Selector],
        _ => [],
    };

    /// <summary>Every token in the tree, in no particular order (callers sort by position).</summary>
    public static IEnumerable<ClassifiedToken> Tokens(CompilationUnit root)
    {
        foreach (var node in Nodes(root))
        {
            foreach (var (token, role) in OwnTokens(node))
            {
                if (token is not null && token.Span.Length > 0)
                {
                    yield return new ClassifiedToken(token, role, node);
                }
            }
        }
    }

    /// <summary>The innermost nodes containing the offset (end inclusive, so a cursor just after a word finds it), outermost first.</summary>
    public static IReadOnlyList<SyntaxNode> PathTo(CompilationUnit root, int offset)
    {
        var path = new List<SyntaxNode>();
        SyntaxNode? current = root;
        while (current is not null)
        {
            path.Add(current);
            current = Children(current).FirstOrDefault(c => c.Span.ContainsInclusive(offset));
        }
        return path;
    }

    public static ClassifiedToken? TokenAt(CompilationUnit root, int offset)
    {
        var path = PathTo(root, offset);
        for (var i = path.Count - 1; i >= 0; i--)
        {
            foreach (var (token, role) in OwnTokens(path[i]))
            {
                if (token is not null && token.Span.ContainsInclusive(offset) && token.Span.Length > 0)
                {
                    return new ClassifiedToken(token, role, path[i]);
                }
            }
        }
        return null;
    }

    private static TokenRole CodeRole(CodeSystem system) => system switch
    {
        CodeSystem.Opcs4 => TokenRole.OpcsCode,
        CodeSystem.Icd10 => TokenRole.Icd10Code,
        _ => TokenRole.SnomedId,
    };

    private static SyntaxToken StringToken(StringLiteral literal) => new(literal.Span, literal.Value);

    private static IEnumerable<(SyntaxToken? Token, TokenRole Role)> OwnTokens(SyntaxNode node)
    {
        switch (node)
        {
            case UseDeclaration use:
                yield return (use.Keyword, TokenRole.Keyword);
                if (use.Path is { } path)
                {
                    yield return (StringToken(path), TokenRole.String);
                }
                break;
            case GuidanceDeclaration guidance:
                yield return (guidance.Keyword, TokenRole.Keyword);
                yield return (guidance.Id, TokenRole.GuidanceId);
                if (guidance.Title is { } title)
                {
                    yield return (StringToken(title), TokenRole.String);
                }
                break;
            case SourceStatement source:
                yield return (source.Keyword, TokenRole.Keyword);
                yield return (StringToken(source.Url), TokenRole.String);
                break;
            case ClassificationsStatement classifications:
                yield return (classifications.Keyword, TokenRole.Keyword);
                foreach (var version in classifications.Versions)
                {
                    yield return (version, TokenRole.Version);
                }
                break;
            case NoteStatement note:
                yield return (note.Keyword, TokenRole.Keyword);
                yield return (StringToken(note.Text), TokenRole.String);
                break;
            case SectionDeclaration section:
                yield return (section.Keyword, TokenRole.Keyword);
                if (section.VariantName is { } variant)
                {
                    yield return (StringToken(variant), TokenRole.String);
                }
                break;
            case SnomedStatement snomed:
                yield return (snomed.Keyword, TokenRole.Keyword);
                yield return (snomed.Pending, TokenRole.Keyword);
                yield return (snomed.Id, TokenRole.SnomedId);
                if (snomed.Term is { } term)
                {
                    yield return (StringToken(term), TokenRole.String);
                }
                break;
            case FactStatement fact:
                yield return (fact.Name, TokenRole.Fact);
                break;
            case CaseByCaseStatement caseByCase:
                yield return (caseByCase.Keyword, TokenRole.Keyword);
                if (caseByCase.Text is { } text)
                {
                    yield return (StringToken(text), TokenRole.String);
                }
                break;
            case AlternativeExpression alternative:
                foreach (var op in alternative.Operators)
                {
                    yield return (op, TokenRole.Operator);
                }
                break;
            case CombinationExpression combination:
                foreach (var op in combination.Operators)
                {
                    yield return (op, TokenRole.Operator);
                }
                break;
            case CodeReference reference:
                yield return (reference.SystemKeyword, TokenRole.Keyword);
                yield return PatternValue(reference.Pattern, reference.System);
                if (reference.Title is { } codeTitle)
                {
                    yield return (StringToken(codeTitle), TokenRole.String);
                }
                break;
            case Pattern pattern:
                yield return (pattern.ChapterKeyword, TokenRole.Operator);
                break;
            case OptionalModifier optional:
                yield return (optional.Keyword, TokenRole.Keyword);
                break;
            case IfModifier ifModifier:
                yield return (ifModifier.Keyword, TokenRole.Keyword);
                yield return (StringToken(ifModifier.Condition), TokenRole.String);
                break;
            case PositionModifier position:
                yield return (position.Keyword, TokenRole.Keyword);
                yield return (position.Position, TokenRole.Number);
                break;
            case DefaultModifier defaultModifier:
                yield return (defaultModifier.Keyword, TokenRole.Keyword);
                break;
            case SetDeclaration set:
                yield return (set.Keyword, TokenRole.Keyword);
                yield return (set.Name, TokenRole.NameDeclaration);
                yield return (set.SystemKeyword, TokenRole.Keyword);
                foreach (var item in set.Items)
                {
                    yield return PatternValue(item, set.System);
                }
                break;
            case RuleDeclaration rule:
                yield return (rule.Keyword, TokenRole.Keyword);
                yield return (rule.Name, TokenRole.NameDeclaration);
                if (rule.Title is { } ruleTitle)
                {
                    yield return (StringToken(ruleTitle), TokenRole.String);
                }
                break;
            case WhenClause whenClause:
                yield return (whenClause.Keyword, TokenRole.Keyword);
                break;
            case RequireClause require:
                yield return (require.Keyword, TokenRole.Keyword);
                break;
            case SeverityClause severity:
                yield return (severity.Keyword, TokenRole.Keyword);
                yield return (severity.Level, TokenRole.Severity);
                break;
            case MessageClause message:
                yield return (message.Keyword, TokenRole.Keyword);
                yield return (StringToken(message.Text), TokenRole.String);
                break;
            case CodeClause code:
                yield return (code.Keyword, TokenRole.Keyword);
                yield return (code.DiagnosticCode, TokenRole.DiagnosticCode);
                break;
            case FixClause fix:
                yield return (fix.Keyword, TokenRole.Keyword);
                yield return (fix.AddKeyword, TokenRole.Keyword);
                break;
            case NotCondition negation:
                yield return (negation.Keyword, TokenRole.Operator);
                break;
            case FactCondition factCondition:
                yield return (factCondition.Name, TokenRole.Fact);
                break;
            case CodeCondition condition:
                yield return (condition.Keyword, TokenRole.Operator);
                yield return (condition.SystemKeyword, TokenRole.Keyword);
                yield return PatternValue(condition.Selector, condition.System);
                break;
        }
    }

    // A pattern's value is a code of the owner's system, or a name (a set, a built-in selector).
    private static (SyntaxToken, TokenRole) PatternValue(Pattern pattern, CodeSystem system) =>
        (pattern.Value, IsName(pattern.Value.Text) ? TokenRole.NameReference : CodeRole(system));

    /// <summary>
    /// Names are letters, digits and hyphens with a lower-case letter and no dot; codes are upper case,
    /// a letter then digits ("J12.4", "Y53.-", "I10") — a malformed lower-case code ("j12.4") still reads as a code.
    /// </summary>
    public static bool IsName(string text) =>
        text.Length > 1 && char.IsAsciiLetter(text[0]) && !char.IsAsciiDigit(text[1]) && !text.Contains('.') && text.Any(char.IsAsciiLetterLower);
}
