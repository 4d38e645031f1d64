using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Syntax;

namespace CodingDsl.Language.Semantics;

/// <summary>
/// Turns a syntax tree into a <see cref="SemanticModel"/>: reads codes against the classification
/// tables, resolves names in rules, and reports what is wrong with each part on its own. Rules that
/// span a whole path are checked afterwards by the rule engine.
/// </summary>
public sealed partial class Binder
{
    private readonly string path;
    private readonly SyntaxTree tree;
    private readonly ClassificationSet tables;
    private readonly IReadOnlyDictionary<string, BoundSet> visibleSets;
    private readonly DiagnosticBag diagnostics = new();
    private readonly CodeChecker codes;
    private readonly SectionMemo? memo;

    // Set while binding a section when a finding depends on more than the section's own text (a fix
    // moving a statement into another section, a message citing a line): the section is never reused.
    private bool sectionLooksOutside;

    private Binder(string path, SyntaxTree tree, ClassificationSet tables, IReadOnlyDictionary<string, BoundSet> visibleSets, SectionMemo? memo)
    {
        this.path = path;
        this.tree = tree;
        this.tables = tables;
        this.visibleSets = visibleSets;
        this.memo = memo;
        codes = new CodeChecker(tables, diagnostics);
    }

    /// <param name="importedSets">Sets from `use`d files and the standard library, by name; the file's own sets shadow them.</param>
    public static SemanticModel Bind(string path, SyntaxTree tree, ClassificationSet tables, IReadOnlyDictionary<string, BoundSet> importedSets) =>
        Bind(path, tree, tables, importedSets, null);

    /// <param name="memo">The sections of the document's previous analysis: those whose text did not change are reused, not bound again.</param>
    internal static SemanticModel Bind(string path, SyntaxTree tree, ClassificationSet tables, IReadOnlyDictionary<string, BoundSet> importedSets, SectionMemo? memo)
    {
        var ownSets = SetBinder.Bind(tree);
        var visible = new Dictionary<string, BoundSet>(importedSets, StringComparer.Ordinal);
        foreach (var set in ownSets)
        {
            visible[set.Name] = set;
        }
        var binder = new Binder(path, tree, tables, visible, memo);
        return binder.BindFile(ownSets);
    }

    private SemanticModel BindFile(IReadOnlyList<BoundSet> ownSets)
    {
        var guidances = new List<BoundGuidance>();
        var rules = new List<BoundRule>();
        var uses = new List<BoundUse>();
        var declarations = tree.Root.Declarations;
        for (var i = 0; i < declarations.Count; i++)
        {
            var start = tree.Root.DeclarationOffsets[i];
            diagnostics.UnitStart = start;
            switch (declarations[i])
            {
                case GuidanceDeclaration guidance:
                    guidances.Add(BindGuidance(guidance, start));
                    break;
                case RuleDeclaration rule:
                    if (BindRule(rule, start) is { } bound)
                    {
                        rules.Add(bound);
                    }
                    break;
                case UseDeclaration use when use.Path is not null:
                    var directory = Path.GetDirectoryName(path) ?? ".";
                    // A path the file system cannot name (a NUL in it) keeps an empty full path: the workspace reports it.
                    uses.Add(new BoundUse(use, use.Path.Value, use.Path.Value.Contains('\0') ? "" : Path.GetFullPath(Path.Combine(directory, use.Path.Value)), start));
                    break;
                case SetDeclaration set:
                    CheckSetItems(set);
                    break;
            }
        }
        // What follows compares declarations with each other: each finding is placed by its own declaration's start.
        diagnostics.UnitStart = 0;
        ReportDuplicateNames(ownSets.Select(s => (s.Syntax.Name, s.Start)), "set");
        ReportDuplicateNames(rules.Select(r => (r.Syntax.Name, r.Start)), "rule");
        for (var i = 1; i < guidances.Count; i++)
        {
            var first = guidances.First(g => g.Id == guidances[i].Id);
            if (first != guidances[i] && guidances[i].Id.Length > 0)
            {
                var line = tree.Text.GetPosition(first.Start + first.Syntax.Id.LocalSpan.Start).Line + 1;
                diagnostics.Add(DiagnosticFactory.DuplicateGuidanceInFile(guidances[i].Syntax.Id.LocalSpan.Shift(guidances[i].Start), guidances[i].Id, line));
            }
        }
        return new SemanticModel(path, tree, guidances, ownSets, rules, uses, diagnostics.Items);
    }

    private void CheckSetItems(SetDeclaration set)
    {
        foreach (var item in set.Items)
        {
            var outcome = item.ReadAs(set.System);
            if (outcome.Pattern is null || outcome.Pattern.Kind == PatternKind.Name)
            {
                diagnostics.Add(DiagnosticFactory.MalformedSetItem(item.LocalSpan, item.Value.Text, outcome.Problem));
            }
            CheckChapter(set.System, outcome.Pattern, item.LocalSpan);
        }
    }

    /// <param name="names">Each name with the start of the declaration it is in.</param>
    private void ReportDuplicateNames(IEnumerable<(SyntaxToken Name, int Start)> names, string kind)
    {
        foreach (var group in names.Where(n => n.Name.Text.Length > 0).GroupBy(n => n.Name.Text).Where(g => g.Count() > 1))
        {
            foreach (var (duplicate, start) in group.Skip(1))
            {
                diagnostics.Add(DiagnosticFactory.DuplicateName(duplicate.LocalSpan.Shift(start), kind, duplicate.Text));
            }
        }
    }
}

public sealed record BoundUse(UseDeclaration Syntax, string RelativePath, string FullPath, int Start);
