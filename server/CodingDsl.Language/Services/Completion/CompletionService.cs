using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Semantics;
using CodingDsl.Language.StandardLibrary;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Language.Services;

/// <summary>
/// Completion at a position: codes (by code prefix or by words of the title, through the table
/// indexes), keywords and snippets valid there, set and rule names, classification versions and `use`
/// paths. The context comes from the text before the cursor (<see cref="CompletionContextFinder"/>),
/// so it works on lines that do not parse yet.
/// </summary>
public static class CompletionService
{
    public const int DefaultMaxItems = 50;

    /// <param name="analysis">The document's latest analysis (its text, tables and rules in scope).</param>
    /// <param name="offset">The cursor, a UTF-16 offset.</param>
    /// <param name="resolver">For sets of `use`d files and for listing `use` paths; without one, only the file's own and the standard library's names are offered.</param>
    /// <param name="maxItems">Bound on code items; the list is then marked incomplete.</param>
    public static CompletionList GetCompletions(DocumentAnalysis analysis, int offset, DocumentResolver? resolver = null, int maxItems = DefaultMaxItems)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        offset = Math.Clamp(offset, 0, analysis.Text.Length);
        var context = CompletionContextFinder.Find(analysis.Text, offset, UnitAt(analysis, offset));
        var builder = new ItemBuilder(context);
        var tables = analysis.Configuration?.Classifications ?? ClassificationSet.Bundled;
        var incomplete = false;
        switch (context.Position)
        {
            case CompletionPosition.TopLevelStatement:
                builder.Keywords(Keywords.TopLevel);
                builder.Snippets(Snippets.Guidance, Snippets.Rule, Snippets.Set);
                break;
            case CompletionPosition.GuidanceItem:
                builder.Keywords(Keywords.GuidanceItems);
                builder.Snippets(Snippets.Procedure, Snippets.Variant, Snippets.Diagnosis);
                break;
            case CompletionPosition.SectionItem:
                if (context.AfterRequirement)
                {
                    builder.Keywords(Keywords.Continuations);
                }
                builder.Keywords(Keywords.SectionItems.Where(k => !Keywords.Facts.Contains(k)));
                builder.Facts(Keywords.Facts);
                break;
            case CompletionPosition.RuleClause:
                builder.Keywords(Keywords.RuleClauses);
                break;
            case CompletionPosition.Code:
                incomplete = Codes(builder, tables.GetDefault(context.System), context, maxItems, GuidanceContext(analysis, offset));
                break;
            case CompletionPosition.AfterVariantName:
                builder.Keywords(["if"]);
                break;
            case CompletionPosition.AfterCode:
                builder.Keywords(context.InSection ? Keywords.Continuations : ["or", "and"]);
                break;
            case CompletionPosition.System:
                builder.Keywords(Keywords.Systems);
                break;
            case CompletionPosition.Versions:
                builder.Values(Versions(tables), "Classification version");
                break;
            case CompletionPosition.SnomedValue:
                builder.Values(["pending"], "No SNOMED CT concept is published yet");
                break;
            case CompletionPosition.Severity:
                builder.Values(Keywords.Severities, "Severity");
                break;
            case CompletionPosition.DiagnosticCode:
                foreach (var d in DiagnosticCatalog.All)
                {
                    builder.Add(d.Code, CompletionKind.Value, d.Title, d.Description, d.Code);
                }
                break;
            case CompletionPosition.FixAdd:
                builder.Keywords(["add"]);
                break;
            case CompletionPosition.ConditionStart:
                builder.Keywords(["has", "first", "second", "not"]);
                builder.Facts(Keywords.Facts);
                break;
            case CompletionPosition.ConditionSystem:
                builder.Keywords(Keywords.Systems);
                break;
            case CompletionPosition.Selector:
                Selectors(builder, analysis, context, resolver);
                if (CodeSearch.CodePrefix(context.Query) is not null)
                {
                    incomplete = Codes(builder, tables.GetDefault(context.System), context, maxItems, null);
                }
                break;
            case CompletionPosition.ConditionAfterAtom:
                builder.Keywords(["and", "or"]);
                break;
            case CompletionPosition.Suppression:
                // The file's own rules first: those are the ones most often silenced by name.
                foreach (var rule in analysis.Rules.OrderBy(r => r.SourcePath == analysis.Path ? 0 : 1).ThenBy(r => r.Name, StringComparer.Ordinal))
                {
                    builder.Add(rule.Name, CompletionKind.Rule, rule.Title, rule.Message, rule.Name);
                }
                foreach (var d in DiagnosticCatalog.All)
                {
                    builder.Add(d.Code, CompletionKind.Value, d.Title, d.Description, d.Code);
                }
                break;
            case CompletionPosition.UsePath:
                UsePaths(builder, analysis.Path, context, resolver);
                break;
            case CompletionPosition.Title:
                OfficialTitle(builder, tables, context);
                break;
        }
        return new CompletionList(builder.Items, incomplete, context.Replace);
    }

    /// <returns>Whether the list is incomplete (cut at the bound, or filtered by title words).</returns>
    private static bool Codes(ItemBuilder builder, IClassificationTable table, CompletionContext context, int maxItems, string? contextText)
    {
        var result = CodeSearch.Search(table, context.Query, Math.Max(1, maxItems), context.ApproachExpected, context.ImageGuided, contextText);
        foreach (var entry in result.Entries)
        {
            var label = CodeLabel(table, entry);
            var insert = entry.Title.Length == 0 ? label : $"{label} {CodeExpressionPrinter.Quote(entry.Title)}";
            var chapter = table.GetChapter(entry.Code);
            var doc = chapter is { } c ? $"{table.DisplayName} · chapter {c.Id}: {c.Title}" : table.DisplayName;
            // Title matches keep the typed words as filter text, or the client would hide what the server chose.
            builder.Add(label, CompletionKind.Code, entry.Title, doc, insert, result.ByTitle ? context.Query : label);
        }
        return result.Truncated || result.ByTitle || context.Query.Trim().Length == 0;
    }

    /// <summary>
    /// Where the block scan starts, from the tree: the last top-level declaration starting before the
    /// cursor (a declaration begins outside every block), and in a guidance its first item and the last
    /// item starting before the cursor. Nothing is woven or scanned here: offsets only.
    /// </summary>
    internal static CaretUnit UnitAt(DocumentAnalysis analysis, int offset)
    {
        if (analysis.Tree is not { } tree || !ReferenceEquals(tree.Text, analysis.Text))
        {
            return default;
        }
        var root = tree.Root;
        var index = LastBefore(root.DeclarationOffsets, 0, offset);
        if (index < 0)
        {
            return default;
        }
        var start = root.DeclarationOffsets[index];
        if (root.Declarations[index] is not GuidanceDeclaration { ItemOffsets: { Count: > 0 } items })
        {
            return new CaretUnit(start, -1, -1);
        }
        var item = LastBefore(items, start, offset);
        return new CaretUnit(start, start + items[0], item < 0 ? -1 : start + items[item]);
    }

    /// <summary>The index of the last of the ascending <paramref name="offsets"/> (each plus <paramref name="origin"/>) before <paramref name="offset"/>, -1 when none is.</summary>
    private static int LastBefore(IReadOnlyList<int> offsets, int origin, int offset)
    {
        int lo = 0, hi = offsets.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (origin + offsets[mid] < offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }

    /// <summary>The title of the guidance around the cursor and the name of its section variant, for ranking title matches.</summary>
    private static string? GuidanceContext(DocumentAnalysis analysis, int offset)
    {
        if (analysis.Tree is not { } tree
            || SyntaxNodeLookup.Innermost<GuidanceDeclaration>(tree.Root, offset, inclusiveEnd: true) is not { Node: var guidance })
        {
            return null;
        }
        var variant = SyntaxNodeLookup.Innermost<SectionDeclaration>(tree.Root, offset, inclusiveEnd: true)?.Node.VariantName?.Value;
        return $"{guidance.Title?.Value} {variant}";
    }

    /// <summary>"J12.-" for a category with codes below it (a category alone is not recordable), else the code, with its ICD-10 mark.</summary>
    private static string CodeLabel(IClassificationTable table, ClassificationEntry entry)
    {
        var code = entry.IsCategory && table.GetChildren(entry.Code).Count > 0 ? entry.Code + ".-" : entry.Code;
        return entry.Usage switch
        {
            CodeUsage.Dagger => code + "†",
            CodeUsage.Asterisk => code + "*",
            _ => code,
        };
    }

    private static IEnumerable<string> Versions(ClassificationSet tables)
    {
        var versions = new List<string>();
        foreach (var t in tables.OpcsTables.Append(BundledTables.Opcs410))
        {
            versions.Add($"opcs-{t.Version}");
        }
        foreach (var t in tables.Icd10Tables.Append(BundledTables.Icd10Starter))
        {
            versions.Add($"icd-10-{t.Version}");
        }
        return versions.Distinct(StringComparer.Ordinal);
    }

    /// <summary>Set names of the condition's system: the file's own, those of `use`d files, the standard library's, then the built-ins.</summary>
    private static void Selectors(ItemBuilder builder, DocumentAnalysis analysis, CompletionContext context, DocumentResolver? resolver)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        IEnumerable<(BoundSet Set, string Where)> sets = analysis.Tree is { } tree && resolver is not null
            ? resolver.GetScope(analysis.Path, tree).SelectMany(d => SetBinder.Bind(d.Tree).Select(s => (s, Where(d.Path, analysis.Path))))
            : (analysis.Model?.Sets ?? []).Select(s => (s, "this file")).Concat(StandardRules.Sets.Select(s => (s, "standard library")));
        foreach (var (set, where) in sets)
        {
            if (set.System == context.System && seen.Add(set.Name))
            {
                builder.Add(set.Name, CompletionKind.Set, $"set ({where})", string.Join(", ", set.Patterns.Select(p => p.Text)), set.Name);
            }
        }
        var builtins = context.System == CodeSystem.Opcs4
            ? new[] { ("main", "OPCS-4 chapters A–X"), ("subsidiary", "OPCS-4 chapters Y and Z") }
            : [("main", "ICD-10 codes that are not asterisk codes"), ("asterisk", "ICD-10 asterisk (manifestation) codes"), ("dagger", "ICD-10 dagger (aetiology) codes")];
        foreach (var (name, detail) in builtins)
        {
            builder.Add(name, CompletionKind.Set, $"built-in: {detail}", null, name);
        }
        builder.Keywords(["chapter"]);
    }

    private static string Where(string path, string self) =>
        DocumentResolver.IsStandardLibrary(path) ? "standard library"
        : CodingWorkspace.PathComparer.Equals(Path.GetFullPath(self), path) ? "this file"
        : Path.GetFileName(path);

    /// <summary>Relative paths of `.coding` files near the document: in its folder and below, and beside its folder (`../`).</summary>
    private static void UsePaths(ItemBuilder builder, string documentPath, CompletionContext context, DocumentResolver? resolver)
    {
        if (resolver is null)
        {
            return;
        }
        var self = Path.GetFullPath(documentPath);
        var folder = Path.GetDirectoryName(self) ?? ".";
        var folders = new List<string> { folder };
        if (Path.GetDirectoryName(folder) is { } parent)
        {
            folders.Add(parent);
        }
        var typedFolder = context.Query.Contains('/') ? context.Query[..(context.Query.LastIndexOf('/') + 1)] : null;
        if (typedFolder is not null && DocumentResolver.ResolveUse(self, typedFolder) is { } typed)
        {
            folders.Insert(0, typed);
        }
        var seen = new HashSet<string>(CodingWorkspace.PathComparer);
        foreach (var file in folders.SelectMany(resolver.ListCodingFiles))
        {
            var full = Path.GetFullPath(file);
            if (CodingWorkspace.PathComparer.Equals(full, self) || !seen.Add(full))
            {
                continue;
            }
            var relative = Path.GetRelativePath(folder, full).Replace('\\', '/');
            // Inside quotes the path replaces the text between them; typed after `use ` it brings its own quotes.
            var insert = context.InQuotes ? relative : CodeExpressionPrinter.Quote(relative);
            builder.Add(relative, CompletionKind.File, full, null, insert);
            if (builder.Items.Count >= 200)
            {
                break;
            }
        }
    }

    private static void OfficialTitle(ItemBuilder builder, ClassificationSet tables, CompletionContext context)
    {
        var system = context.System;
        var outcome = CodePatternReader.Read(system, context.TitleCode ?? string.Empty);
        if (outcome.Pattern is not { Kind: PatternKind.Code or PatternKind.Category } pattern)
        {
            return;
        }
        var entry = tables.GetDefault(system).Find(pattern.Code);
        if (entry is { Title.Length: > 0 })
        {
            builder.Add(entry.Title, CompletionKind.Text, $"Official title of {entry.Code}", tables.GetDefault(system).DisplayName, entry.Title.Replace("\\", "\\\\").Replace("\"", "\\\""), context.Query);
        }
    }

    /// <summary>Builds items that all replace the context's span, numbered in order for <see cref="CompletionItem.SortText"/>.</summary>
    private sealed class ItemBuilder(CompletionContext context)
    {
        private readonly HashSet<(string, CompletionKind)> seen = [];

        public List<CompletionItem> Items { get; } = [];

        public void Add(string label, CompletionKind kind, string? detail, string? documentation, string insert, string? filter = null)
        {
            if (!seen.Add((label, kind)))
            {
                return;
            }
            Items.Add(new CompletionItem(label, kind, detail, documentation, insert, new TextEdit(context.Replace, insert), filter ?? label, Items.Count.ToString("D4")));
        }

        public void Keywords(IEnumerable<string> keywords)
        {
            foreach (var k in keywords)
            {
                // The reference line is Markdown: documentation, not the plain-text detail.
                Add(k, CompletionKind.Keyword, null, KeywordDocs.Get(k), k);
            }
        }

        public void Facts(IEnumerable<string> facts)
        {
            foreach (var f in facts)
            {
                Add(f, CompletionKind.Fact, "fact", KeywordDocs.Get(f), f);
            }
        }

        public void Values(IEnumerable<string> values, string detail)
        {
            foreach (var v in values)
            {
                Add(v, CompletionKind.Value, detail, null, v);
            }
        }

        public void Snippets(params Snippets.Snippet[] snippets)
        {
            foreach (var s in snippets)
            {
                Add(s.Label, CompletionKind.Snippet, s.Detail, null, s.Body);
            }
        }
    }
}
