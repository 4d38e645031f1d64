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
        var classifier = new Classifier(tree.Text.Text, tokens);
        foreach (var declaration in tree.Root.Declarations)
        {
            if (within is not { } w || Touches(declaration.Span, w))
            {
                classifier.Visit(declaration);
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

    /// <summary>
    /// What each construct's tokens are. A token's owner is the node a hover or a navigation asks about:
    /// the statement or clause for its keywords, the code reference for its pattern and texts.
    /// </summary>
    private sealed class Classifier(string text, List<ClassifiedToken> tokens) : SyntaxWalker
    {
        protected internal override void VisitUseDeclaration(UseDeclaration node)
        {
            Keyword(node.Keyword, node, tokens);
            String(node.Path, node, tokens);
        }

        protected internal override void VisitGuidanceDeclaration(GuidanceDeclaration node)
        {
            Keyword(node.Keyword, node, tokens);
            Add(node.Id, SemanticTokenType.GuidanceId, SemanticTokenModifiers.Declaration, node, tokens);
            String(node.Title, node, tokens);
            base.VisitGuidanceDeclaration(node);
        }

        protected internal override void VisitSetDeclaration(SetDeclaration node)
        {
            Keyword(node.Keyword, node, tokens);
            Add(node.Name, SemanticTokenType.SetName, SemanticTokenModifiers.Declaration, node, tokens);
            Keyword(node.SystemKeyword, node, tokens);
            foreach (var item in node.Items)
            {
                Pattern(item, node.System, node, tokens);
            }
        }

        protected internal override void VisitRuleDeclaration(RuleDeclaration node)
        {
            Keyword(node.Keyword, node, tokens);
            Add(node.Name, SemanticTokenType.RuleName, SemanticTokenModifiers.Declaration, node, tokens);
            String(node.Title, node, tokens);
            base.VisitRuleDeclaration(node);
        }

        protected internal override void VisitSourceStatement(SourceStatement node)
        {
            Keyword(node.Keyword, node, tokens);
            String(node.Url, node, tokens);
        }

        protected internal override void VisitClassificationsStatement(ClassificationsStatement node)
        {
            Keyword(node.Keyword, node, tokens);
            foreach (var version in node.Versions)
            {
                Add(version, SemanticTokenType.Version, SemanticTokenModifiers.None, node, tokens);
            }
        }

        protected internal override void VisitNoteStatement(NoteStatement node)
        {
            Keyword(node.Keyword, node, tokens);
            String(node.Text, node, tokens);
        }

        protected internal override void VisitSectionDeclaration(SectionDeclaration node)
        {
            Keyword(node.Keyword, node, tokens);
            String(node.VariantName, node, tokens);
            if (node.Condition is { } condition)
            {
                // The variant's condition belongs to the section (hover explains the section).
                Keyword(condition.Keyword, node, tokens);
                String(condition.Condition, node, tokens);
            }
            foreach (var item in node.Items)
            {
                Visit(item);
            }
        }

        protected internal override void VisitSnomedStatement(SnomedStatement node)
        {
            Keyword(node.Keyword, node, tokens);
            if (node.Pending is not null)
            {
                Keyword(node.Pending, node, tokens);
            }
            if (node.Id is not null)
            {
                Add(node.Id, SemanticTokenType.SnomedId, SemanticTokenModifiers.None, node, tokens, CodeSystem.Snomed);
            }
            String(node.Term, node, tokens);
        }

        protected internal override void VisitFactStatement(FactStatement node) =>
            Add(node.Name, SemanticTokenType.Fact, SemanticTokenModifiers.None, node, tokens);

        protected internal override void VisitCaseByCaseStatement(CaseByCaseStatement node)
        {
            Keyword(node.Keyword, node, tokens);
            String(node.Text, node, tokens);
        }

        protected internal override void VisitOptionalModifier(OptionalModifier node) => Keyword(node.Keyword, node, tokens);

        protected internal override void VisitIfModifier(IfModifier node)
        {
            Keyword(node.Keyword, node, tokens);
            String(node.Condition, node, tokens);
        }

        protected internal override void VisitPositionModifier(PositionModifier node)
        {
            Keyword(node.Keyword, node, tokens);
            Add(node.Position, SemanticTokenType.Number, SemanticTokenModifiers.None, node, tokens);
        }

        protected internal override void VisitDefaultModifier(DefaultModifier node)
        {
            Keyword(node.Keyword, node, tokens);
            Visit(node.Code);
        }

        protected internal override void VisitCodeReference(CodeReference node)
        {
            if (node.SystemKeyword is not null)
            {
                Keyword(node.SystemKeyword, node, tokens);
            }
            Pattern(node.Pattern, node.System, node, tokens);
            String(node.Title, node, tokens);
            foreach (var annotation in new[] { node.Nice, node.Remark })
            {
                if (annotation is not null)
                {
                    Keyword(annotation.Keyword, node, tokens);
                    String(annotation.Text, node, tokens);
                }
            }
        }

        protected internal override void VisitAlternativeExpression(AlternativeExpression node)
        {
            Operators(node.Operators, node, tokens);
            base.VisitAlternativeExpression(node);
        }

        protected internal override void VisitCombinationExpression(CombinationExpression node)
        {
            Operators(node.Operators, node, tokens);
            base.VisitCombinationExpression(node);
        }

        protected internal override void VisitWhenClause(WhenClause node)
        {
            Keyword(node.Keyword, node, tokens);
            Visit(node.Condition);
        }

        protected internal override void VisitRequireClause(RequireClause node)
        {
            Keyword(node.Keyword, node, tokens);
            Visit(node.Condition);
        }

        protected internal override void VisitSeverityClause(SeverityClause node)
        {
            Keyword(node.Keyword, node, tokens);
            Keyword(node.Level, node, tokens);
        }

        protected internal override void VisitMessageClause(MessageClause node)
        {
            Keyword(node.Keyword, node, tokens);
            String(node.Text, node, tokens);
        }

        protected internal override void VisitCodeClause(CodeClause node)
        {
            Keyword(node.Keyword, node, tokens);
            Add(node.DiagnosticCode, SemanticTokenType.DiagnosticCode, SemanticTokenModifiers.None, node, tokens);
        }

        protected internal override void VisitFixClause(FixClause node)
        {
            Keyword(node.Keyword, node, tokens);
            Keyword(node.AddKeyword, node, tokens);
            Visit(node.Expression);
        }

        protected internal override void VisitOrCondition(OrCondition node)
        {
            OperatorsBetween(node.Operands, "or", node, text, tokens);
            base.VisitOrCondition(node);
        }

        protected internal override void VisitAndCondition(AndCondition node)
        {
            OperatorsBetween(node.Operands, "and", node, text, tokens);
            base.VisitAndCondition(node);
        }

        protected internal override void VisitNotCondition(Syntax.NotCondition node)
        {
            Add(node.Keyword, SemanticTokenType.Operator, SemanticTokenModifiers.None, node, tokens);
            Visit(node.Operand);
        }

        protected internal override void VisitFactCondition(FactCondition node) =>
            Add(node.Name, SemanticTokenType.Fact, SemanticTokenModifiers.None, node, tokens);

        protected internal override void VisitCodeCondition(CodeCondition node)
        {
            Keyword(node.Keyword, node, tokens);
            Keyword(node.SystemKeyword, node, tokens);
            Pattern(node.Selector, node.System, node, tokens);
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
