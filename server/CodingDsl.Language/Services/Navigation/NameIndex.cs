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
        var result = new List<NameOccurrence>();
        foreach (var declaration in tree.Root.Declarations)
        {
            switch (declaration)
            {
                case SetDeclaration set when set.Name.Text.Length > 0:
                    result.Add(new NameOccurrence(set.Name.Span, set.Name.Text, NameKind.Set, true, set.System));
                    break;
                case RuleDeclaration rule:
                    if (rule.Name.Text.Length > 0)
                    {
                        result.Add(new NameOccurrence(rule.Name.Span, rule.Name.Text, NameKind.Rule, true));
                    }
                    foreach (var clause in rule.Clauses)
                    {
                        var condition = clause switch
                        {
                            WhenClause w => w.Condition,
                            RequireClause r => r.Condition,
                            _ => null,
                        };
                        if (condition is not null)
                        {
                            SetReferences(condition, result);
                        }
                    }
                    break;
            }
        }
        foreach (var comment in tree.Root.Comments)
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
        foreach (var declaration in document.Tree.Root.Declarations)
        {
            switch (declaration)
            {
                case SetDeclaration set when kind == NameKind.Set && set.Name.Text == name:
                    return new NameDeclaration(document.Path, set.Name.Span, name, kind, set, document.Tree);
                case RuleDeclaration rule when kind == NameKind.Rule && rule.Name.Text == name:
                    return new NameDeclaration(document.Path, rule.Name.Span, name, kind, rule, document.Tree);
            }
        }
        return null;
    }

    public static bool SameDeclaration(NameDeclaration a, NameDeclaration b) =>
        a.Kind == b.Kind && a.NameSpan == b.NameSpan && CodingWorkspace.PathComparer.Equals(a.Path, b.Path);

    private static void SetReferences(Condition condition, List<NameOccurrence> result)
    {
        switch (condition)
        {
            case OrCondition or:
                foreach (var operand in or.Operands)
                {
                    SetReferences(operand, result);
                }
                break;
            case AndCondition and:
                foreach (var operand in and.Operands)
                {
                    SetReferences(operand, result);
                }
                break;
            case Syntax.NotCondition negation:
                SetReferences(negation.Operand, result);
                break;
            case CodeCondition code when code.Selector.ChapterKeyword is null && IsSetName(code.Selector.Value.Text):
                result.Add(new NameOccurrence(code.Selector.Value.Span, code.Selector.Value.Text, NameKind.Set, false, code.System));
                break;
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

    [GeneratedRegex(@"^[a-z][a-z0-9-]*$")]
    internal static partial Regex NamePattern();
}
