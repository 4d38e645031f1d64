using CodingDsl.Language.Classifications;
using CodingDsl.Language.Semantics;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

/// <summary>
/// Lists every token of a document, classified, in source order. One walk serves highlighting
/// (semantic tokens), hover and navigation, so they agree on what each word is. A token is classified
/// by what it is (<see cref="WordType"/>: a word of the language is a keyword, operator or fact; a quoted
/// text is a string) unless its node gives it a role (a declared name, a code, an id). Text the parser
/// skipped (a statement being typed, one that failed) is read from the lexer's tokens by the same
/// rules, for highlighting only: it belongs to no node, so hover and navigation do not see it.
/// </summary>
internal static class SyntaxTokenWalker
{
    /// <param name="within">Only declarations and comments touching this span are walked (hover, ranges): the rest of a long file costs nothing.</param>
    public static List<ClassifiedToken> Walk(SyntaxTree tree, TextSpan? within = null)
    {
        var tokens = new List<ClassifiedToken>();
        var classifier = new Classifier(tree.Text.Text, tokens);
        var root = tree.Root;
        for (var i = 0; i < root.Declarations.Count; i++)
        {
            if (within is not { } w || Touches(root.DeclarationSpan(i), w))
            {
                classifier.Visit(root.Declarations[i], root.DeclarationOffsets[i]);
            }
        }
        foreach (var comment in tree.Root.DocumentComments())
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

    /// <summary>
    /// Highlighting's walk: the tree's tokens overlapping <paramref name="range"/> and, where something did
    /// not parse, the words of the text between them (<see cref="AddSkippedText"/>), in order.
    /// </summary>
    public static IReadOnlyList<ClassifiedToken> WalkWithSkippedText(SyntaxTree tree, TextSpan? range)
    {
        var walked = Walk(tree, range);
        var result = range is { } within ? walked.Where(t => t.Span.OverlapsWith(within)).ToList() : walked;
        if (tree.Diagnostics.Count == 0)
        {
            return result;
        }
        var skipped = new List<ClassifiedToken>();
        AddSkippedText(tree.Text.Text, result, range, skipped);
        if (skipped.Count == 0)
        {
            return result;
        }
        result.AddRange(skipped.Where(g => range is not { } r || g.Span.OverlapsWith(r)));
        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
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
    /// What a word is by itself, wherever it stands: a fact, an operator (`or`, `and`, `not`) or another
    /// word of the language (a keyword); null for anything else (a name, a code, a number).
    /// </summary>
    private static SemanticTokenType? WordType(string word) =>
        Keywords.Facts.Contains(word) ? SemanticTokenType.Fact
        : word is "or" or "and" or "not" ? SemanticTokenType.Operator
        : Keywords.IsReserved(word) ? SemanticTokenType.Keyword
        : null;

    /// <summary>
    /// Classifies each token by <see cref="WordType"/> (a severity level is a keyword too) or a quoted
    /// text as a string, with the node holding it as its owner; a <c>VisitX</c> override exists only for
    /// a node with a token of a special role (<see cref="roles"/>). A token's owner is the node a hover or
    /// a navigation asks about: parts that only qualify their parent (a pattern, a `nice`/`remark`
    /// annotation, a variant's `if`) lend their tokens to it, so hover explains the code or the section.
    /// </summary>
    private sealed class Classifier(string text, List<ClassifiedToken> tokens) : SyntaxWalker
    {
        /// <summary>Tokens given a role by their node, by span (the walk reaches them after the node says so).</summary>
        private readonly Dictionary<TextSpan, (SemanticTokenType Type, SemanticTokenModifiers Modifiers, CodeSystem? System)> roles = [];

        private SyntaxNode? owner;

        protected override void DefaultVisit(SyntaxNode node)
        {
            var saved = owner;
            if (!LendsTokensToParent(node, owner))
            {
                owner = node;
            }
            base.DefaultVisit(node);
            owner = saved;
        }

        private static bool LendsTokensToParent(SyntaxNode node, SyntaxNode? parent) =>
            node is Pattern or CodeAnnotation || node is IfModifier && parent is SectionDeclaration;

        protected override void VisitToken(SyntaxToken token)
        {
            if (token.LocalSpan.Length == 0)
            {
                return;
            }
            var span = SpanOf(token);
            if (roles.Remove(span, out var role))
            {
                tokens.Add(new ClassifiedToken(span, role.Type, role.Modifiers, token.Text, owner, role.System, UnitStart));
            }
            else if ((WordType(token.Text) ?? (Keywords.Severities.Contains(token.Text) ? SemanticTokenType.Keyword : (SemanticTokenType?)null)) is { } type)
            {
                tokens.Add(new ClassifiedToken(span, type, SemanticTokenModifiers.None, token.Text, owner, NodeUnitStart: UnitStart));
            }
        }

        protected override void VisitLiteral(StringLiteral literal) =>
            tokens.Add(new ClassifiedToken(SpanOf(literal), SemanticTokenType.String, SemanticTokenModifiers.None, literal.Value, owner, NodeUnitStart: UnitStart));

        private void Role(SyntaxToken? token, SemanticTokenType type, SemanticTokenModifiers modifiers = SemanticTokenModifiers.None, CodeSystem? system = null)
        {
            if (token is not null)
            {
                roles[SpanOf(token)] = (type, modifiers, system);
            }
        }

        protected internal override void VisitGuidanceDeclaration(GuidanceDeclaration node)
        {
            Role(node.Id, SemanticTokenType.GuidanceId, SemanticTokenModifiers.Declaration);
            base.VisitGuidanceDeclaration(node);
        }

        protected internal override void VisitSetDeclaration(SetDeclaration node)
        {
            Role(node.Name, SemanticTokenType.SetName, SemanticTokenModifiers.Declaration);
            base.VisitSetDeclaration(node);
        }

        protected internal override void VisitRuleDeclaration(RuleDeclaration node)
        {
            Role(node.Name, SemanticTokenType.RuleName, SemanticTokenModifiers.Declaration);
            base.VisitRuleDeclaration(node);
        }

        protected internal override void VisitClassificationsStatement(ClassificationsStatement node)
        {
            foreach (var version in node.Versions)
            {
                Role(version, SemanticTokenType.Version);
            }
            base.VisitClassificationsStatement(node);
        }

        protected internal override void VisitSnomedStatement(SnomedStatement node)
        {
            Role(node.Id, SemanticTokenType.SnomedId, system: CodeSystem.Snomed);
            base.VisitSnomedStatement(node);
        }

        protected internal override void VisitPositionModifier(PositionModifier node)
        {
            Role(node.Position, SemanticTokenType.Number);
            base.VisitPositionModifier(node);
        }

        protected internal override void VisitCodeClause(CodeClause node)
        {
            Role(node.DiagnosticCode, SemanticTokenType.DiagnosticCode);
            base.VisitCodeClause(node);
        }

        /// <summary>`position 3 opcs …`: the place is a number, as in a requirement's `position 3`.</summary>
        protected internal override void VisitCodeCondition(CodeCondition node)
        {
            Role(node.Place, SemanticTokenType.Number);
            base.VisitCodeCondition(node);
        }

        /// <summary>A condition's fact may be any name that is not a word of the language.</summary>
        protected internal override void VisitFactCondition(FactCondition node)
        {
            Role(node.Name, SemanticTokenType.Fact);
            base.VisitFactCondition(node);
        }

        /// <summary>A pattern's value is a code, category, range or set name of the system of the node it stands in (its owner).</summary>
        protected internal override void VisitPattern(Pattern node)
        {
            var system = owner switch
            {
                CodeReference r => r.System,
                SetDeclaration s => s.System,
                CodeCondition c => c.System,
                _ => CodeSystem.Opcs4,
            };
            var (type, modifiers) = PatternType(node, system);
            Role(node.Value, type, modifiers, system);
            // The commonest node, and a leaf: its two tokens are visited directly rather than through its list of children.
            if (node.ChapterKeyword is { } chapter)
            {
                VisitToken(chapter);
            }
            VisitToken(node.Value);
        }

        protected internal override void VisitOrCondition(OrCondition node)
        {
            OperatorsBetween(node.Operands, "or", node);
            base.VisitOrCondition(node);
        }

        protected internal override void VisitAndCondition(AndCondition node)
        {
            OperatorsBetween(node.Operands, "and", node);
            base.VisitAndCondition(node);
        }

        /// <summary>Conditions keep no operator tokens: the lexer's first token between two operands, when it is the operator.</summary>
        private void OperatorsBetween(IReadOnlyList<Condition> operands, string word, SyntaxNode node)
        {
            for (var i = 1; i < operands.Count; i++)
            {
                var between = Lexer.Tokens(text, SpanOf(operands[i - 1]).End, SpanOf(operands[i]).Start);
                if (between.Count > 0 && between[0].Kind == TokenKind.Word && between[0].Text == word)
                {
                    tokens.Add(new ClassifiedToken(between[0].Span, SemanticTokenType.Operator, SemanticTokenModifiers.None, word, node, NodeUnitStart: UnitStart));
                }
            }
        }
    }

    private static (SemanticTokenType Type, SemanticTokenModifiers Modifiers) PatternType(Pattern pattern, CodeSystem system)
    {
        var systemModifier = system == CodeSystem.Icd10 ? SemanticTokenModifiers.Icd10 : SemanticTokenModifiers.Opcs;
        if (pattern.ChapterKeyword is not null)
        {
            return (SemanticTokenType.Category, systemModifier);
        }
        return pattern.ReadAs(system).Pattern?.Kind switch
        {
            PatternKind.Category => (SemanticTokenType.Category, systemModifier),
            PatternKind.Range => (SemanticTokenType.Range, systemModifier),
            PatternKind.Name => (SemanticTokenType.SetName,
                Keywords.BuiltinSelectors.Contains(pattern.Value.Text) ? SemanticTokenModifiers.DefaultLibrary : SemanticTokenModifiers.None),
            // Codes, and malformed codes: still a code of that system to the reader.
            PatternKind.Code or PatternKind.Chapter or null =>
                (system == CodeSystem.Icd10 ? SemanticTokenType.Icd10Code : SemanticTokenType.OpcsCode, SemanticTokenModifiers.None),
        };
    }

    /// <summary>
    /// The words of text the parser skipped: each stretch of text between the tree's tokens that holds a
    /// word or a quoted text is read into the lexer's tokens and classified by <see cref="WordType"/>, plus
    /// code-like words after `opcs`/`icd10` on the same line. In a file that parses the stretches hold
    /// nothing but blanks and punctuation.
    /// </summary>
    private static void AddSkippedText(string text, IReadOnlyList<ClassifiedToken> treeTokens, TextSpan? range, List<ClassifiedToken> into)
    {
        var start = range?.Start ?? 0;
        var end = range?.End ?? text.Length;
        var position = start;
        foreach (var span in treeTokens.Select(t => t.Span).Append(new TextSpan(end, 0)))
        {
            var gapEnd = Math.Min(span.Start, end);
            if (gapEnd > position && HasWordOrString(text, position, gapEnd))
            {
                Classify(Lexer.Tokens(text, position, gapEnd), into);
            }
            position = Math.Max(position, span.End);
        }
    }

    /// <summary>Whether the lexer finds a word or a quoted text in [start, end), without making tokens (most stretches hold neither).</summary>
    private static bool HasWordOrString(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            if (Lexer.ScanTrivia(text, i, end) is { } trivia)
            {
                i = trivia.End;
                continue;
            }
            var (kind, tokenEnd) = Lexer.ScanToken(text, i, end);
            if (kind is TokenKind.Word or TokenKind.String)
            {
                return true;
            }
            i = tokenEnd;
        }
        return false;
    }

    private static void Classify(List<LexedToken> skipped, List<ClassifiedToken> into)
    {
        string? system = null;
        var systemLine = -1;
        var line = 0; // relative to the stretch: enough to tell whether two words share a line
        foreach (var token in skipped)
        {
            line += token.LeadingTrivia.Count(t => t.Kind == TriviaKind.NewLine);
            SemanticTokenType? type = token.Kind switch
            {
                TokenKind.String => SemanticTokenType.String,
                TokenKind.Word => WordType(token.Text),
                _ => null,
            };
            if (type == SemanticTokenType.Keyword && token.Text is "opcs" or "icd10")
            {
                (system, systemLine) = (token.Text, line);
            }
            else if (type is null && token.Kind == TokenKind.Word && system is not null && systemLine == line && CompletionContextFinder.LooksLikeCode(token.Text))
            {
                type = system == "icd10" ? SemanticTokenType.Icd10Code : SemanticTokenType.OpcsCode;
            }
            if (type is { } t)
            {
                into.Add(new ClassifiedToken(token.Span, t, SemanticTokenModifiers.None, token.Text, null));
            }
            line += token.TrailingTrivia.Count(t => t.Kind == TriviaKind.NewLine);
        }
    }
}
