using System.Text.RegularExpressions;
using CodingDsl.Language.Classifications;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Language.Services;

/// <summary>
/// Finds rule and set names in a tree and resolves them the way analysis does: a set name to the
/// file's own set, else the last `use`d file declaring it, else the standard library; a rule name to
/// the last `use`d file declaring it, else the file's own rule, else the standard library's
/// (CodingWorkspace.Analyze keeps the last rule of a name from standard, own, used).
/// </summary>
internal static partial class NameIndex
{
    public static IReadOnlyList<NameOccurrence> Occurrences(SyntaxTree tree)
    {
        var names = new NameFinder();
        names.Visit(tree.Root);
        var result = names.Result;
        foreach (var comment in tree.Root.DocumentComments())
        {
            SuppressionReferences(comment, result);
        }
        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    public static NameOccurrence? At(SyntaxTree tree, int offset) =>
        Occurrences(tree).FirstOrDefault(o => o.Span.ContainsInclusive(offset));

    /// <summary>The declaration a name used in a document resolves to, through the document's scope.</summary>
    public static NameDeclaration? Resolve(IReadOnlyList<ScopeDocument> scope, string name, NameKind kind)
    {
        if (scope.Count == 0)
        {
            return null;
        }
        var self = scope[0];
        var used = scope.Skip(1).Where(d => !DocumentResolver.IsStandardLibrary(d.Path)).Reverse().ToArray();
        var standard = scope.Where(d => DocumentResolver.IsStandardLibrary(d.Path)).ToArray();
        IEnumerable<ScopeDocument> order = kind == NameKind.Set
            ? [self, .. used, .. standard]
            : [.. used, self, .. standard];
        foreach (var document in order.DistinctBy(d => d.Path))
        {
            if (Declared(document, name, kind) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    public static NameDeclaration? Declared(ScopeDocument document, string name, NameKind kind)
    {
        var finder = new DeclarationFinder(name, kind);
        finder.Visit(document.Tree.Root);
        return finder.Found is { } found ? new NameDeclaration(document.Path, found.Name, name, kind, found.Node, document.Tree) : null;
    }

    public static bool SameDeclaration(NameDeclaration a, NameDeclaration b) =>
        a.Kind == b.Kind && a.NameSpan == b.NameSpan && CodingWorkspace.PathComparer.Equals(a.Path, b.Path);

    /// <summary>Set and rule declarations, and the set names used in rule conditions.</summary>
    private sealed class NameFinder : SyntaxWalker
    {
        public List<NameOccurrence> Result { get; } = [];

        protected internal override void VisitSetDeclaration(SetDeclaration node)
        {
            if (node.Name.Text.Length > 0)
            {
                Result.Add(new NameOccurrence(SpanOf(node.Name), node.Name.Text, NameKind.Set, true, node.System));
            }
        }

        protected internal override void VisitRuleDeclaration(RuleDeclaration node)
        {
            if (node.Name.Text.Length > 0)
            {
                Result.Add(new NameOccurrence(SpanOf(node.Name), node.Name.Text, NameKind.Rule, true));
            }
            base.VisitRuleDeclaration(node);
        }

        protected internal override void VisitCodeCondition(CodeCondition node)
        {
            if (node.Selector.ChapterKeyword is null && IsSetName(node.Selector.Value.Text))
            {
                Result.Add(new NameOccurrence(SpanOf(node.Selector.Value), node.Selector.Value.Text, NameKind.Set, false, node.System));
            }
        }
    }

    /// <summary>The first set or rule declaring a name; only the top level is walked, where they are declared.</summary>
    private sealed class DeclarationFinder(string name, NameKind kind) : SyntaxWalker
    {
        public (SyntaxNode Node, TextSpan Name)? Found { get; private set; }

        protected internal override void VisitSetDeclaration(SetDeclaration node)
        {
            if (kind == NameKind.Set && node.Name.Text == name)
            {
                Found ??= (node, SpanOf(node.Name));
            }
        }

        protected internal override void VisitRuleDeclaration(RuleDeclaration node)
        {
            if (kind == NameKind.Rule && node.Name.Text == name)
            {
                Found ??= (node, SpanOf(node.Name));
            }
        }

        // Guidance blocks declare no names.
        protected internal override void VisitGuidanceDeclaration(GuidanceDeclaration node)
        {
        }
    }

    /// <summary>A selector that names a set: a lower-case name that is not a built-in selector.</summary>
    public static bool IsSetName(string text) =>
        text.Length > 0 && char.IsAsciiLetterLower(text[0]) && !Keywords.BuiltinSelectors.Contains(text) && NamePattern().IsMatch(text);

    /// <summary>Names in `// codingdsl-disable-line a b` that are not catalogue codes: rule names.</summary>
    private static void SuppressionReferences(Comment comment, List<NameOccurrence> result)
    {
        var m = Directive().Match(comment.Text);
        if (!m.Success)
        {
            return;
        }
        var names = m.Groups["names"];
        foreach (Match word in NameWord().Matches(names.Value))
        {
            if (DiagnosticCatalog.Find(word.Value) is null)
            {
                result.Add(new NameOccurrence(new TextSpan(comment.Span.Start + names.Index + word.Index, word.Length), word.Value, NameKind.Rule, false));
            }
        }
    }

    [GeneratedRegex(@"^//\s*codingdsl-disable-(?:next-)?line\b(?<names>[^/]*)")]
    internal static partial Regex Directive();

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9_.-]*")]
    private static partial Regex NameWord();

    /// <summary>One name of a suppression comment as hover reads it: anything up to a blank or a comma.</summary>
    [GeneratedRegex(@"[^\s,]+")]
    internal static partial Regex SuppressionName();

    [GeneratedRegex(@"^[a-z][a-z0-9-]*$")]
    internal static partial Regex NamePattern();
}
