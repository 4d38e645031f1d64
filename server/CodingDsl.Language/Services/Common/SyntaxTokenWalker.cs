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
/// skipped (a statement being typed, one that failed) is read from the weave's skipped tokens by the
/// same rules, for highlighting only: it belongs to no node, so hover and navigation do not see it.
/// </summary>
internal static class SyntaxTokenWalker
{
    /// <param name="within">Only declarations, guidance items and comments touching this span are walked (hover, ranges): the rest of a long file costs nothing.</param>
    public static List<ClassifiedToken> Walk(SyntaxTree tree, TextSpan? within = null)
    {
        var tokens = new List<ClassifiedToken>();
        var classifier = new Classifier(tree, tokens, within);
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
    /// not parse, the words of the text the parser skipped (<see cref="AddSkippedText"/>), in order.
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
        AddSkippedText(tree, range, skipped);
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
    private sealed class Classifier(SyntaxTree tree, List<ClassifiedToken> tokens, TextSpan? within) : SyntaxWalker
    {
        /// <summary>Tokens given a role by their node, by span (the walk reaches them after the node says so).</summary>
        private readonly Dictionary<TextSpan, (SemanticTokenType Type, SemanticTokenModifiers Modifiers, CodeSystem? System)> roles = [];

        private SyntaxNode? owner;

        /// <summary>The unit being visited (the walker enters one at a new <see cref="SyntaxWalker.UnitStart"/>): its weave holds the operators.</summary>
        private (SyntaxNode? Node, int Start) unit;

        protected override void DefaultVisit(SyntaxNode node)
        {
            var saved = owner;
            var savedUnit = unit;
            if (unit.Node is null || unit.Start != UnitStart)
            {
                unit = (node, UnitStart);
            }
            if (!LendsTokensToParent(node, owner))
            {
                owner = node;
            }
            if (within is { } w && node.UnitOffsets is { } offsets)
            {
                VisitUnitsTouching(node, offsets, w);
            }
            else
            {
                base.DefaultVisit(node);
            }
            owner = saved;
            unit = savedUnit;
        }

        /// <summary>A guidance's children, skipping the items (units) that do not touch the range: a hover or one screen of a guidance with thousands of variants walks only the ones it shows.</summary>
        private void VisitUnitsTouching(SyntaxNode node, IReadOnlyList<int> offsets, TextSpan range)
        {
            var index = 0;
            foreach (var child in node.ChildNodesAndTokens())
            {
                switch (child)
                {
                    case SyntaxNode item:
                        var start = UnitStart + offsets[index++];
                        if (Touches(item.LocalSpan.Shift(start), range))
                        {
                            Visit(item, start);
                        }
                        break;
                    case SyntaxToken token:
                        VisitToken(token);
                        break;
                    case StringLiteral literal:
                        VisitLiteral(literal);
                        break;
                }
            }
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
            OperatorsBetween(node, "or");
            base.VisitOrCondition(node);
        }

        protected internal override void VisitAndCondition(AndCondition node)
        {
            OperatorsBetween(node, "and");
            base.VisitAndCondition(node);
        }

        /// <summary>
        /// Conditions keep no operator tokens: the weave holds them among the condition's children (only a
        /// unit with an `and`/`or` condition is woven for it).
        /// </summary>
        private void OperatorsBetween(SyntaxNode node, string word)
        {
            if (unit.Node is not { } unitNode || tree.Weave(unitNode, unit.Start).ChildNodesAndTokens(node) is not { } children)
            {
                return;
            }
            foreach (var child in children)
            {
                if (child is WovenToken { Kind: WovenTokenKind.Token } token && token.Text == word)
                {
                    tokens.Add(new ClassifiedToken(token.LocalSpan.Shift(unit.Start), SemanticTokenType.Operator, SemanticTokenModifiers.None, word, node, NodeUnitStart: UnitStart));
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
    /// The words of text the parser skipped, as the weave holds them (<see cref="WovenTokenKind.Skipped"/>),
    /// classified by <see cref="WordType"/>, plus code-like words after a skipped `opcs`/`icd10` on the same
    /// line. Only the units that can hold skipped text are woven: the root and the guidances (their own
    /// tokens, between the units they hold) and a unit a syntax error touches, the parser's recovery being
    /// what skips text; in range requests, only those touching the range.
    /// </summary>
    private static void AddSkippedText(SyntaxTree tree, TextSpan? range, List<ClassifiedToken> into)
    {
        var reader = new SkippedTextReader(tree, range, into);
        reader.Read(tree.Root, 0, tree.Text.Length);
    }

    private sealed class SkippedTextReader(SyntaxTree tree, TextSpan? range, List<ClassifiedToken> into)
    {
        private readonly string text = tree.Text.Text;

        /// <summary>The system keyword of the current stretch of skipped text, and where it ends.</summary>
        private string? system;
        private int systemEnd;

        public void Read(SyntaxNode unit, int start, int end)
        {
            if (range is { } r && !Touches(TextSpan.FromBounds(start, end), r))
            {
                return;
            }
            var offsets = unit.UnitOffsets;
            if (offsets is null && !HasSyntaxError(start, end))
            {
                return;
            }
            var index = 0;
            system = null;
            foreach (var element in tree.Weave(unit, start).Sequence)
            {
                if (element is WovenToken { Kind: WovenTokenKind.Skipped } token)
                {
                    Classify(token.LocalSpan.Shift(start), token.Text);
                }
                else if (element is WovenToken { Kind: WovenTokenKind.Token })
                {
                    system = null;
                }
                else if (element is SyntaxNode child && offsets is not null)
                {
                    var childStart = start + offsets[index++];
                    Read(child, childStart, childStart + child.LocalSpan.End);
                    system = null;
                }
            }
        }

        private bool HasSyntaxError(int start, int end)
        {
            foreach (var diagnostic in tree.Diagnostics)
            {
                if (diagnostic.Span.Start <= end && start <= diagnostic.Span.End)
                {
                    return true;
                }
            }
            return false;
        }

        private void Classify(TextSpan span, string word)
        {
            var isWord = Lexer.IsWordStart(word[0]);
            SemanticTokenType? type = word[0] == '"' ? SemanticTokenType.String : isWord ? WordType(word) : null;
            if (type == SemanticTokenType.Keyword && word is "opcs" or "icd10")
            {
                (system, systemEnd) = (word, span.End);
            }
            else if (type is null && isWord && system is not null && OnOneLine(systemEnd, span.Start) && CompletionContextFinder.LooksLikeCode(word))
            {
                type = system == "icd10" ? SemanticTokenType.Icd10Code : SemanticTokenType.OpcsCode;
            }
            if (type is { } t)
            {
                into.Add(new ClassifiedToken(span, t, SemanticTokenModifiers.None, word, null));
            }
        }

        private bool OnOneLine(int start, int end) => text.AsSpan(start, end - start).IndexOfAny('\r', '\n') < 0;
    }
}
