using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Semantics;

/// <summary>Checks one code reference against its classification: form, existence, category use, title and version.</summary>
internal sealed class CodeChecker(ClassificationSet tables, DiagnosticBag diagnostics)
{
    private const int SuggestionCount = 3;

    public BoundCode Check(CodeReference reference, IReadOnlyList<ClassificationVersion> declared)
    {
        var token = reference.Pattern.Value;
        var outcome = reference.Pattern.ReadAs(reference.System);
        if (outcome.Pattern is null || outcome.Pattern.Kind == PatternKind.Name)
        {
            var fixes = outcome.Correction is null ? [] : new[] { Replace($"Write '{outcome.Correction}'", token.LocalSpan, outcome.Correction) };
            diagnostics.Add(DiagnosticFactory.MalformedCode(token.LocalSpan, reference.System, token.Text, outcome.Problem, outcome.Correction, fixes));
            return new BoundCode(reference, null, null);
        }

        var pattern = outcome.Pattern;
        var (table, versionOnly) = TablesFor(reference.System, declared);
        ClassificationEntry? entry = null;
        var titleTable = table;
        switch (pattern.Kind)
        {
            case PatternKind.Code when versionOnly is not null:
                (entry, titleTable) = CheckCodeInVersion(reference, pattern, table, versionOnly);
                break;
            case PatternKind.Code when table != tables.GetDefault(reference.System) && table.Find(pattern.Code) is null
                                       && tables.GetDefault(reference.System).Find(pattern.Code) is { } elsewhere:
                diagnostics.Add(DiagnosticFactory.NotInDeclaredVersion(reference.Pattern.Value.LocalSpan, pattern.Code, table.DisplayName));
                (entry, titleTable) = (elsewhere, null);
                break;
            case PatternKind.Code:
                entry = CheckCode(reference, pattern, table);
                break;
            case PatternKind.Category:
                entry = CheckCategory(reference, pattern, table);
                break;
            case PatternKind.Range:
                CheckRangeEnd(reference, pattern, table, pattern.From);
                CheckRangeEnd(reference, pattern, table, pattern.To);
                break;
        }

        if (entry is not null && titleTable is not null && reference.Title is { } stated && !TitlesMatch(stated.Value, entry.Title))
        {
            if (CodeTitledOnce(titleTable, stated.Value, entry) is { } meant)
            {
                // The title is another code's: the code is most likely mistyped (J21.3 for J12.3). Changing
                // the code is the preferred fix; writing J21.3's title over the author's would lock the typo in.
                diagnostics.Add(DiagnosticFactory.TitleOfAnotherCode(token.LocalSpan, stated.Value, TitlesMatch(stated.Value, meant.Title), meant, titleTable.DisplayName, entry,
                    new CodeFix($"Change the code to {meant.Code}", [new TextEdit(token.LocalSpan, Respell(token.Text, meant.Code))]),
                    new CodeFix($"Keep {entry.Code} and use its title", [new TextEdit(stated.LocalSpan, CodeExpressionPrinter.Quote(entry.Title))], IsPreferred: false)));
            }
            else
            {
                // Made when asked for: a file can repeat a wrong title thousands of times (LazyCodeFixes).
                var (official, nice) = (entry.Title, reference.Nice);
                diagnostics.Add(DiagnosticFactory.TitleMismatch(stated.LocalSpan, entry, titleTable.DisplayName, stated.Value,
                    new LazyCodeFixes(() => [Replace("Use the official title", stated.LocalSpan, CodeExpressionPrinter.Quote(official)), .. KeepAsNiceWording(nice, stated, official)])));
            }
        }
        return new BoundCode(reference, pattern, entry);
    }

    /// <summary>
    /// The table codes are looked up in: the declared version's when configured, else the default.
    /// A version table that lists only four-character codes (no categories, no full titles) decides
    /// which codes exist in that version; the default table answers everything else.
    /// </summary>
    private (IClassificationTable Table, IClassificationTable? VersionOnly) TablesFor(CodeSystem system, IReadOnlyList<ClassificationVersion> declared)
    {
        var version = declared.FirstOrDefault(v => v.System == system);
        var versionTable = version is null ? null : tables.GetTable(system, version.Version);
        var fallback = tables.GetDefault(system);
        if (versionTable is null || versionTable == fallback)
        {
            return (fallback, null);
        }
        return HasCategories(versionTable) ? (versionTable, null) : (fallback, versionTable);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IClassificationTable, object> CategoryCache = new();

    private static bool HasCategories(IClassificationTable table) =>
        (bool)CategoryCache.GetValue(table, t => t.Entries.Any(e => e.IsCategory));

    /// <summary>A code checked against a four-character-only version table: it must exist there; titles come from the default table when it has the code.</summary>
    private (ClassificationEntry? Entry, IClassificationTable? TitleTable) CheckCodeInVersion(CodeReference reference, CodePattern pattern, IClassificationTable fallback, IClassificationTable version)
    {
        var token = reference.Pattern.Value;
        var inVersion = version.Find(pattern.Code);
        var inDefault = fallback.Find(pattern.Code);
        if (inVersion is null && inDefault is { IsCategory: false })
        {
            diagnostics.Add(DiagnosticFactory.NotInDeclaredVersion(token.LocalSpan, pattern.Code, version.DisplayName));
            return (inDefault, null);
        }
        if (inVersion is null && inDefault is null)
        {
            ReportUnknown(token, pattern.Code, version);
            return (null, null);
        }
        return inDefault is not null ? (CheckCode(reference, pattern, fallback), fallback) : (inVersion, null);
    }

    private ClassificationEntry? CheckCode(CodeReference reference, CodePattern pattern, IClassificationTable table)
    {
        var token = reference.Pattern.Value;
        var entry = table.Find(pattern.Code);
        if (entry is null)
        {
            if (OtherVersionWith(reference.System, pattern.Code, table) is { } other)
            {
                diagnostics.Add(DiagnosticFactory.NotInCheckedVersion(token.LocalSpan, pattern.Code, table.DisplayName, other.DisplayName));
                return null;
            }
            ReportUnknown(token, pattern.Code, table);
            return null;
        }
        if (entry.IsCategory && table.GetChildren(entry.Code).Count > 0)
        {
            var corrected = $"{entry.Code}.-";
            diagnostics.Add(DiagnosticFactory.CategoryNeedsFourthCharacter(token.LocalSpan, token.Text, entry.Code, table.DisplayName,
                table.GetChildren(entry.Code).Select(c => c.Code), pattern.XPadded,
                Replace($"Write '{corrected}'", token.LocalSpan, corrected + MarkText(token.Text))));
        }
        return entry;
    }

    private IClassificationTable? OtherVersionWith(CodeSystem system, string code, IClassificationTable checkedIn) =>
        (system == CodeSystem.Icd10 ? tables.Icd10Tables : tables.OpcsTables)
            .FirstOrDefault(t => t != checkedIn && t.Find(code) is not null);

    private ClassificationEntry? CheckCategory(CodeReference reference, CodePattern pattern, IClassificationTable table)
    {
        var token = reference.Pattern.Value;
        var entry = table.Find(pattern.Code);
        if (entry is null)
        {
            ReportUnknown(token, pattern.Code, table);
            return null;
        }
        if (table.IsComplete && table.GetChildren(entry.Code).Count == 0)
        {
            diagnostics.Add(DiagnosticFactory.NotACategory(token.LocalSpan, entry.Code,
                Replace($"Write '{entry.Code}'", token.LocalSpan, entry.Code + MarkText(token.Text))));
        }
        return entry;
    }

    private void CheckRangeEnd(CodeReference reference, CodePattern pattern, IClassificationTable table, int number)
    {
        var category = $"{pattern.Letter}{number:D2}";
        // A partial table (the ICD-10 starter) lists only cited codes: a missing range end says nothing.
        if (table.IsComplete && table.Find(category) is null)
        {
            ReportUnknown(reference.Pattern.Value, category, table);
        }
    }

    private void ReportUnknown(SyntaxToken token, string code, IClassificationTable table)
    {
        var suggestions = table.Suggest(code, SuggestionCount);
        var fixes = suggestions
            // Never preferred: a "fix all" must not put a guessed clinical code into the file.
            .Select(s => new CodeFix($"Change to {s.Code} ({s.Title})", [new TextEdit(token.LocalSpan, Respell(token.Text, s.Code))], IsPreferred: false))
            .ToArray();
        diagnostics.Add(DiagnosticFactory.UnknownCode(token.LocalSpan, code, table, suggestions, fixes));
    }

    /// <summary>A suggested code written the way the original was: a category keeps its ".-", a mark stays.</summary>
    private static string Respell(string written, string suggestion)
    {
        var mark = MarkText(written);
        var body = written[..^mark.Length];
        var category = body.EndsWith(".-", StringComparison.Ordinal) && !suggestion.Contains('.');
        return suggestion + (category ? ".-" : string.Empty) + mark;
    }

    private static string MarkText(string written) => written.Length > 0 && written[^1] is '†' or '*' or '+' ? written[^1].ToString() : string.Empty;

    private static CodeFix Replace(string title, TextSpan span, string text) => new(title, [new TextEdit(span, text)]);

    /// <summary>When the stated title is NICE's wording, it is kept as `nice "…"` beside the official one (docs/language.md).</summary>
    private static CodeFix[] KeepAsNiceWording(CodeAnnotation? nice, StringLiteral stated, string official) =>
        nice is not null
            ? []
            : [new CodeFix("Use the official title and keep this wording as NICE's", [new TextEdit(stated.LocalSpan, $"{CodeExpressionPrinter.Quote(official)} nice {CodeExpressionPrinter.Quote(stated.Value)}")], IsPreferred: false)];


    // Per file: the same wrong title on the same code is searched for once (a file can repeat it
    // thousands of times; each search allocates about 1.5 KB).
    private readonly Dictionary<(IClassificationTable Table, string Stated, ClassificationEntry Written), ClassificationEntry?> titled = [];

    private ClassificationEntry? CodeTitledOnce(IClassificationTable table, string stated, ClassificationEntry written)
    {
        if (!titled.TryGetValue((table, stated, written), out var meant))
        {
            titled[(table, stated, written)] = meant = CodeTitled(table, stated, written);
        }
        return meant;
    }

    /// <summary>
    /// The one other code of the same system whose official title is the stated one (ignoring case,
    /// spacing and a final stop) or nearly so (a few letters apart), or null.
    /// </summary>
    private static ClassificationEntry? CodeTitled(IClassificationTable table, string stated, ClassificationEntry written)
    {
        var wanted = Normalize(stated);
        var near = Math.Max(1, wanted.Length / 25);
        // With the cut-off, a title whose length alone puts it out of reach costs nothing, and titles are
        // normalised once per entry: a file of thousands of mismatched titles searched 20 candidates each,
        // allocating about 16 KB a warning (issue 11: 280 MB for the 1 MB hostile file).
        var candidates = table.SearchTitle(stated, 20)
            .Where(e => e.Code != written.Code && e.Code.Length == written.Code.Length)
            .Select(e => (Entry: e, Distance: Spelling.Distance(NormalizedTitle(e), wanted, near)))
            .Where(c => c.Distance <= near)
            // Nearer to its own code's title than to the other's: a misspelt title, not a mistyped code.
            .Where(c => c.Distance < Spelling.Distance(NormalizedTitle(written), wanted))
            .OrderBy(c => c.Distance)
            .ToArray();
        // Two codes equally near: which one was meant is a guess, so say nothing beyond the title warning.
        return candidates.Length == 0 || (candidates.Length > 1 && candidates[1].Distance == candidates[0].Distance) ? null : candidates[0].Entry;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ClassificationEntry, string> NormalizedTitles = new();

    private static string NormalizedTitle(ClassificationEntry entry) => NormalizedTitles.GetValue(entry, e => Normalize(e.Title));

    /// <summary>Titles match ignoring case, spacing, curly quotes and a final full stop.</summary>
    public static bool TitlesMatch(string stated, string official) =>
        string.Equals(stated, official, StringComparison.Ordinal) || Normalize(stated) == Normalize(official);

    private static string Normalize(string title)
    {
        var words = title.Replace('’', '\'').Replace('‘', '\'').Trim().TrimEnd('.').ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }
}
