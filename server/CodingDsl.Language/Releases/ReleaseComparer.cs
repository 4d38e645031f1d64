using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Semantics;
using CodingDsl.Language.StandardLibrary;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Language.Releases;

/// <summary>
/// Compares what a file names with another configured release (`codingdsl check --against opcs-4.11`):
/// codes that are not in it, titles that changed, three-character codes it subdivides, categories
/// named with `.-` that gain codes, and rules whose codes change. Each guidance is compared from the
/// release it is checked against now (its declared version, else the default table). Never throws.
/// </summary>
public static class ReleaseComparer
{
    private const int SuggestionCount = 5;

    /// <summary>The target release's table in the document's configuration; null when it is not configured (nor bundled).</summary>
    public static IClassificationTable? TargetTable(DocumentAnalysis analysis, ReleaseName target)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(target);
        var tables = analysis.Configuration?.Classifications ?? ClassificationSet.Bundled;
        var table = tables.GetTable(target.System, target.Version);
        return table is not null && string.Equals(table.Version, target.Version, StringComparison.OrdinalIgnoreCase) ? table : null;
    }

    /// <summary>The changes, in document order; empty when the target is not configured or the file has no model.</summary>
    public static IReadOnlyList<ReleaseChange> Compare(DocumentAnalysis analysis, ReleaseName target)
    {
        if (analysis.Model is not { } model || TargetTable(analysis, target) is not { } to)
        {
            return [];
        }
        var tables = analysis.Configuration?.Classifications ?? ClassificationSet.Bundled;
        var config = analysis.Configuration?.Configuration;
        var changes = new List<ReleaseChange>();
        var context = new Context(target.System, to, config, changes);
        foreach (var guidance in model.Guidances)
        {
            var from = SourceTable(tables, guidance, target.System);
            if (from == to)
            {
                continue;
            }
            for (var i = 0; i < guidance.Sections.Count; i++)
            {
                context.UnitStart = guidance.SectionStarts[i];
                foreach (var code in guidance.Sections[i].Requirements.SelectMany(r => r.Codes))
                {
                    if (code.System == target.System && code.Pattern is { } pattern)
                    {
                        context.CompareCode(from, pattern, code.Syntax.Pattern.Value, code.Syntax.Title, code.Entry);
                    }
                }
            }
            foreach (var rule in analysis.Rules)
            {
                context.CompareRule(from, rule, guidance);
            }
        }
        var declaredFrom = model.Guidances.Count > 0 ? SourceTable(tables, model.Guidances[0], target.System) : tables.GetDefault(target.System);
        if (declaredFrom != to)
        {
            foreach (var set in model.Sets.Where(s => s.System == target.System))
            {
                context.UnitStart = set.Start;
                for (var i = 0; i < set.Patterns.Count && i < set.Syntax.Items.Count; i++)
                {
                    context.CompareCode(declaredFrom, set.Patterns[i], set.Syntax.Items[i].Value, null, null);
                }
            }
        }
        return changes.OrderBy(c => c.Span.Start).ToArray();
    }

    /// <summary>The table a guidance's codes of a system are checked against now: its declared version's, else the default.</summary>
    public static IClassificationTable SourceTable(ClassificationSet tables, BoundGuidance guidance, CodeSystem system)
    {
        var declared = guidance.Versions.FirstOrDefault(v => v.System == system);
        return (declared is null ? null : tables.GetTable(system, declared.Version)) ?? tables.GetDefault(system);
    }

    /// <summary>Codes of the target that might replace one that is not in it: the same category first, then similar titles.</summary>
    public static IReadOnlyList<ClassificationEntry> Suggest(IClassificationTable to, string code, string? title, int max = SuggestionCount)
    {
        var found = new List<ClassificationEntry>();
        void Add(IEnumerable<ClassificationEntry> entries)
        {
            foreach (var e in entries)
            {
                if (found.Count < max && !e.IsCategory && e.Code != code && !found.Any(f => f.Code == e.Code))
                {
                    found.Add(e);
                }
            }
        }
        var category = code.Length >= 3 ? code[..3] : code;
        Add(to.GetChildren(category).Take(Math.Max(1, max / 2 + 1)));
        if (!string.IsNullOrWhiteSpace(title))
        {
            // The whole title first; then fewer of its words, so a reworded title still finds its successor.
            var words = title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            for (var n = words.Length; n >= 2 && found.Count < max; n--)
            {
                var hits = to.SearchTitle(string.Join(' ', words.Take(n)), max);
                if (hits.Count > 0)
                {
                    Add(hits);
                    break;
                }
            }
        }
        Add(to.Suggest(code, max));
        return found;
    }

    private sealed class Context(CodeSystem system, IClassificationTable to, CodingDslConfiguration? config, List<ReleaseChange> changes)
    {
        /// <summary>Where the unit of the tokens being compared starts: findings are made in its spans and placed by it.</summary>
        public int UnitStart { get; set; }

        public void CompareCode(IClassificationTable from, CodePattern pattern, SyntaxToken token, StringLiteral? statedTitle, ClassificationEntry? bound)
        {
            switch (pattern.Kind)
            {
                case PatternKind.Code:
                    CompareSingle(from, pattern, token, statedTitle, bound);
                    break;
                case PatternKind.Category:
                    CompareCategory(from, pattern, token, statedTitle, bound);
                    break;
            }
        }

        private void CompareSingle(IClassificationTable from, CodePattern pattern, SyntaxToken token, StringLiteral? statedTitle, ClassificationEntry? bound)
        {
            var key = pattern.Code;
            var old = from.Find(key) ?? bound;
            var now = to.Find(key);
            if (now is null)
            {
                Retired(key, old?.Title ?? statedTitle?.Value, token);
                return;
            }
            if (now.IsCategory && to.GetChildren(key).Count > 0 && from.GetChildren(key).Count == 0)
            {
                var children = to.GetChildren(key);
                var corrected = $"{key}.-";
                Add(ReleaseChangeKind.NowSubdivided, key, old?.Title, now.Title, children,
                    DiagnosticFactory.NowSubdivided(token.LocalSpan, key, to.DisplayName, children,
                        new CodeFix($"Write '{corrected}'", [new TextEdit(token.LocalSpan, corrected)])));
                return;
            }
            TitleChange(key, old, now, token, statedTitle);
        }

        private void CompareCategory(IClassificationTable from, CodePattern pattern, SyntaxToken token, StringLiteral? statedTitle, ClassificationEntry? bound)
        {
            var key = pattern.Code;
            var now = to.Find(key);
            if (now is null)
            {
                Retired(key, (from.Find(key) ?? bound)?.Title ?? statedTitle?.Value, token);
                return;
            }
            var added = Added(from, key);
            if (added.Count > 0)
            {
                Add(ReleaseChangeKind.CategoryGainsCodes, $"{key}.-", null, null, added,
                    DiagnosticFactory.CategoryGainsCodes(token.LocalSpan, key, to.DisplayName, added));
            }
            TitleChange(key, from.Find(key) ?? bound, now, token, statedTitle);
        }

        /// <summary>Codes of the target's category that the source's category does not have.</summary>
        private IReadOnlyList<ClassificationEntry> Added(IClassificationTable from, string category) =>
            to.GetChildren(category).Where(c => from.Find(c.Code) is null).ToArray();

        private void Retired(string key, string? title, SyntaxToken token)
        {
            var suggestions = Suggest(to, key, title);
            var fixes = suggestions
                // Never preferred: a replacement clinical code is a person's choice, one by one.
                .Select(s => new CodeFix($"Change to {s.Code} ({s.Title})", [new TextEdit(token.LocalSpan, token.Text.EndsWith(".-", StringComparison.Ordinal) && !s.Code.Contains('.') ? s.Code + ".-" : s.Code)], IsPreferred: false))
                .ToArray();
            Add(ReleaseChangeKind.Retired, key, title, null, suggestions,
                DiagnosticFactory.NotInTargetRelease(token.LocalSpan, key, to.DisplayName, suggestions, SuggestionCount, fixes));
        }

        private void TitleChange(string key, ClassificationEntry? old, ClassificationEntry now, SyntaxToken token, StringLiteral? statedTitle)
        {
            // A table without titles for some rows (categories of a four-character list) says nothing about titles.
            if (old is null || old.Title.Length == 0 || now.Title.Length == 0 || SameTitle(old.Title, now.Title))
            {
                return;
            }
            if (statedTitle is not null && CodeChecker.TitlesMatch(statedTitle.Value, now.Title))
            {
                return;
            }
            var fixes = statedTitle is null
                ? Array.Empty<CodeFix>()
                : [new CodeFix($"Use the {to.DisplayName} title", [new TextEdit(statedTitle.LocalSpan, CodeExpressionPrinter.Quote(now.Title))])];
            Add(ReleaseChangeKind.TitleChanged, key, old.Title, now.Title, [],
                DiagnosticFactory.TitleChangedInRelease(statedTitle?.LocalSpan ?? token.LocalSpan, key, to.DisplayName, now.Title, old.Title, fixes));
        }

        /// <summary>
        /// The same title, also when one table holds it cut short (TRUD Metadata titles are fixed-width
        /// fields, and public derivations cut them at 60 characters): a prefix is not a change.
        /// </summary>
        private static bool SameTitle(string a, string b) =>
            CodeChecker.TitlesMatch(a, b)
            || (Math.Min(a.Length, b.Length) >= 40 && (a.StartsWith(b, StringComparison.OrdinalIgnoreCase) || b.StartsWith(a, StringComparison.OrdinalIgnoreCase)));

        public void CompareRule(IClassificationTable from, BoundRule rule, BoundGuidance guidance)
        {
            var patterns = new List<(CodePattern Pattern, string? Set)>();
            var facts = new HashSet<string>(StringComparer.Ordinal);
            Collect(rule.When, patterns, facts);
            Collect(rule.Require, patterns, facts);
            var notes = new List<string>();
            var codes = new List<ClassificationEntry>();
            foreach (var (pattern, set) in patterns.Where(p => p.Pattern.System == system).DistinctBy(p => (p.Pattern.Text, p.Set)))
            {
                var where = set is null ? string.Empty : $"set {set}: ";
                if (pattern.Kind == PatternKind.Category && Added(from, pattern.Code) is { Count: > 0 } added)
                {
                    notes.Add($"{where}{pattern.Code}.- gains {string.Join(", ", added.Select(a => a.Code))}");
                    codes.AddRange(added);
                }
                else if (pattern.Kind == PatternKind.Code && from.Find(pattern.Code) is not null && to.Find(pattern.Code) is null)
                {
                    notes.Add($"{where}{pattern.Code} is not in {to.DisplayName}");
                }
            }
            if (notes.Count == 0 || !Concerns(rule, guidance, patterns, facts))
            {
                return;
            }
            var version = guidance.Versions.FirstOrDefault(v => v.System == system);
            var token = version?.Syntax ?? guidance.Syntax.Id;
            UnitStart = version?.UnitStart ?? guidance.Start;
            var source = rule.SourcePath.EndsWith(StandardRules.FileName, StringComparison.Ordinal) ? "the standard library" : Path.GetFileName(rule.SourcePath);
            Add(ReleaseChangeKind.RuleNeedsReview, rule.Name, null, null, codes,
                DiagnosticFactory.RuleNeedsReview(token.LocalSpan, rule.Name, source, guidance.Id, to.DisplayName, notes));
        }

        /// <summary>A rule concerns a guidance when the guidance states one of the facts it tests or names a code inside one of its patterns.</summary>
        private static bool Concerns(BoundRule rule, BoundGuidance guidance, List<(CodePattern Pattern, string? Set)> patterns, HashSet<string> facts)
        {
            if (guidance.Sections.Any(s => s.Facts.Overlaps(facts)))
            {
                return true;
            }
            return guidance.Sections.SelectMany(s => s.Requirements).SelectMany(r => r.Codes)
                .Any(c => c.Pattern is { } p && patterns.Any(rp => p.LiesWithin(rp.Pattern) || rp.Pattern.LiesWithin(p)));
        }

        private static void Collect(BoundCondition? condition, List<(CodePattern, string?)> patterns, HashSet<string> facts) =>
            condition?.Accept(new StatedCodes(patterns, facts));

        /// <summary>
        /// The code patterns a condition names (with the set each came from) and the facts it tests; the
        /// built-in selectors (main, subsidiary …) name no code. One method per kind of condition and of
        /// selector, so a new kind must say what it names.
        /// </summary>
        private sealed class StatedCodes(List<(CodePattern, string?)> patterns, HashSet<string> facts)
            : IBoundConditionVisitor<bool>, ISelectorVisitor<bool>
        {
            public bool VisitAnyOf(AnyOf condition) => VisitAll(condition.Operands);

            public bool VisitAllConditions(AllConditions condition) => VisitAll(condition.Operands);

            public bool VisitNot(Semantics.NotCondition condition) => condition.Operand.Accept(this);

            public bool VisitFactIs(FactIs condition) => facts.Add(condition.Fact);

            public bool VisitHasCode(HasCode condition) => condition.Selector.Accept(this);

            public bool VisitUnbound(Unbound condition) => false;

            public bool VisitPattern(PatternSelector selector)
            {
                patterns.Add((selector.Pattern, null));
                return true;
            }

            public bool VisitSet(SetSelector selector)
            {
                patterns.AddRange(selector.Set.Patterns.Select(p => (p, (string?)selector.Set.Name)));
                return true;
            }

            public bool VisitBuiltin(BuiltinSelectorRef selector) => false;

            private bool VisitAll(IReadOnlyList<BoundCondition> operands)
            {
                foreach (var operand in operands)
                {
                    operand.Accept(this);
                }
                return true;
            }
        }

        private void Add(ReleaseChangeKind kind, string code, string? oldTitle, string? newTitle, IReadOnlyList<ClassificationEntry> codes, Diagnostic diagnostic)
        {
            diagnostic = DiagnosticBag.Place(diagnostic, UnitStart);
            var level = config?.GetSeverityOverride(diagnostic.Code) ?? diagnostic.Level;
            changes.Add(new ReleaseChange(kind, code, oldTitle, newTitle, codes, diagnostic.Span, diagnostic with { Level = level }));
        }
    }
}
