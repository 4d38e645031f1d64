using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Language.Services;

/// <summary>
/// Go to definition, find references, document highlight and rename for rule and set names — between
/// declarations, conditions (`has opcs name`) and suppression comments, across the workspace, the
/// files it `use`s and the standard library — and go to definition for `use` paths.
/// </summary>
public static class NavigationService
{
    public static IReadOnlyList<SourceLocation> GetDefinition(DocumentResolver resolver, string path, int offset)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        if (resolver.GetTree(path) is not { } tree)
        {
            return [];
        }
        if (UseAt(tree, offset) is { Path: { } usePath } && DocumentResolver.ResolveUse(Full(path), usePath.Value) is { } target
            && resolver.GetTree(target) is not null)
        {
            return [new SourceLocation(target, new TextSpan(0, 0), default)];
        }
        return Target(resolver, path, tree, offset) is { } declaration ? [Location(declaration.Path, declaration.NameSpan, declaration.Tree)] : [];
    }

    public static IReadOnlyList<SourceLocation> GetReferences(DocumentResolver resolver, string path, int offset, bool includeDeclaration)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        if (resolver.GetTree(path) is not { } tree || Target(resolver, path, tree, offset) is not { } target)
        {
            return [];
        }
        return Occurrences(resolver, target)
            .Where(o => includeDeclaration || !o.Occurrence.IsDeclaration)
            .Select(o => Location(o.Path, o.Occurrence.Span, o.Tree))
            .ToArray();
    }

    public static IReadOnlyList<DocumentHighlight> GetHighlights(DocumentResolver resolver, string path, int offset)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        if (resolver.GetTree(path) is not { } tree || Target(resolver, path, tree, offset) is not { } target)
        {
            return [];
        }
        var scope = resolver.GetScope(Full(path), tree);
        return NameIndex.Occurrences(tree)
            .Where(o => o.Name == target.Name && o.Kind == target.Kind)
            .Where(o => NameIndex.Resolve(scope, o.Name, o.Kind) is { } d && NameIndex.SameDeclaration(d, target))
            .Select(o => new DocumentHighlight(o.Span, o.IsDeclaration && SameFile(path, target.Path)))
            .ToArray();
    }

    public static RenameTarget? PrepareRename(DocumentResolver resolver, string path, int offset)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        if (resolver.GetTree(path) is not { } tree || NameIndex.At(tree, offset) is not { } occurrence)
        {
            return null;
        }
        var target = NameIndex.Resolve(resolver.GetScope(Full(path), tree), occurrence.Name, occurrence.Kind);
        var error = target is null
            ? $"No {Noun(occurrence.Kind)} named '{occurrence.Name}' is declared here, in a used file or in the standard library."
            : DocumentResolver.IsStandardLibrary(target.Path)
                ? $"'{occurrence.Name}' is declared in the standard library, which cannot be renamed; declare your own {Noun(occurrence.Kind)} instead."
                : null;
        return new RenameTarget(occurrence.Span, occurrence.Name, error);
    }

    public static RenameResult Rename(DocumentResolver resolver, string path, int offset, string newName)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        var prepared = PrepareRename(resolver, path, offset);
        if (prepared is null)
        {
            return RenameResult.Refused("There is no rule or set name here to rename.");
        }
        if (prepared.Error is not null)
        {
            return RenameResult.Refused(prepared.Error);
        }
        var tree = resolver.GetTree(path)!;
        var target = Target(resolver, path, tree, offset)!;
        newName = newName?.Trim() ?? string.Empty;
        if (NameProblem(newName, target.Kind) is { } problem)
        {
            return RenameResult.Refused(problem);
        }
        if (newName == target.Name)
        {
            return new RenameResult(new Dictionary<string, IReadOnlyList<TextEdit>>(), null);
        }
        if (NameIndex.Declared(new ScopeDocument(target.Path, target.Tree), newName, target.Kind) is not null)
        {
            return RenameResult.Refused($"A {Noun(target.Kind)} named '{newName}' is already declared in {Path.GetFileName(target.Path)}.");
        }
        var edits = Occurrences(resolver, target)
            .GroupBy(o => o.Path, CodingWorkspace.PathComparer)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<TextEdit>)g.Select(o => new TextEdit(o.Occurrence.Span, newName)).OrderBy(e => e.Span.Start).ToArray(),
                CodingWorkspace.PathComparer);
        return new RenameResult(edits, null);
    }

    /// <summary>Why a new name is not a valid rule or set name, or null when it is.</summary>
    public static string? NameProblem(string name, NameKind kind)
    {
        if (!NameIndex.NamePattern().IsMatch(name))
        {
            return $"'{name}' is not a valid {Noun(kind)} name: use lower-case letters, digits and hyphens, starting with a letter (such as image-control).";
        }
        if (Keywords.IsReserved(name) || Keywords.BuiltinSelectors.Contains(name) || Keywords.Severities.Contains(name))
        {
            return $"'{name}' is a word of the language and cannot name a {Noun(kind)}.";
        }
        return null;
    }

    private static NameDeclaration? Target(DocumentResolver resolver, string path, SyntaxTree tree, int offset)
    {
        if (NameIndex.At(tree, offset) is not { } occurrence)
        {
            return null;
        }
        return NameIndex.Resolve(resolver.GetScope(Full(path), tree), occurrence.Name, occurrence.Kind);
    }

    /// <summary>Every occurrence, in the workspace's documents and the declaring file, that resolves to the target.</summary>
    private static IEnumerable<(string Path, NameOccurrence Occurrence, SyntaxTree Tree)> Occurrences(DocumentResolver resolver, NameDeclaration target)
    {
        var paths = resolver.Workspace.Paths.Append(target.Path).Distinct(CodingWorkspace.PathComparer).Order(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (resolver.GetTree(path) is not { } tree)
            {
                continue;
            }
            var candidates = NameIndex.Occurrences(tree).Where(o => o.Name == target.Name && o.Kind == target.Kind).ToArray();
            if (candidates.Length == 0)
            {
                continue;
            }
            var scope = resolver.GetScope(path, tree);
            foreach (var occurrence in candidates)
            {
                if (NameIndex.Resolve(scope, occurrence.Name, occurrence.Kind) is { } d && NameIndex.SameDeclaration(d, target))
                {
                    yield return (path, occurrence, tree);
                }
            }
        }
    }

    private static UseDeclaration? UseAt(SyntaxTree tree, int offset) =>
        SyntaxNodeLookup.Innermost<UseDeclaration>(tree.Root, offset, inclusiveEnd: true) is { Node.Path: { } path } use && use.SpanOf(path).ContainsInclusive(offset) ? use.Node : null;

    private static SourceLocation Location(string path, TextSpan span, SyntaxTree tree) => new(path, span, tree.Text.GetRange(span));

    private static string Full(string path) => DocumentResolver.IsStandardLibrary(path) ? path : Path.GetFullPath(path);

    private static bool SameFile(string a, string b) => CodingWorkspace.PathComparer.Equals(Full(a), Full(b));

    private static string Noun(NameKind kind) => kind == NameKind.Rule ? "rule" : "set";
}
