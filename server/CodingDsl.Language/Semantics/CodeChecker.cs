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
        var outcome = CodePatternReader.Read(reference.System, token.Text, reference.Pattern.ChapterKeyword is not null);
        if (outcome.Pattern is null || outcome.Pattern.Kind == PatternKind.Name)
        {
            var message = outcome.Problem ?? (reference.System == CodeSystem.Icd10
                ? $"'{token.Text}' is not an ICD-10 code: write a code such as C78.7 or a category such as C18.-."
                : $"'{token.Text}' is not an OPCS-4 code: write a code such as J12.4 or a category such as Y53.-.");
            var fixes = outcome.Correction is null ? [] : new[] { Replace($"Write '{outcome.Correction}'", token.Span, outcome.Correction) };
            diagnostics.Add(DiagnosticCatalog.MalformedCode, token.Span, message + (outcome.Correction is null ? string.Empty : $" Did you mean '{outcome.Correction}'?"), fixes);
            return new BoundCode(reference, null, null);
        }

        var pattern = outcome.Pattern;
        var (table, versionTable) = TablesFor(reference.System, declared);
        ClassificationEntry? entry = null;
        switch (pattern.Kind)
        {
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

        if (entry is not null && versionTable is not null && versionTable.Find(entry.Code) is null && !entry.IsCategory)
        {
            diagnostics.Add(DiagnosticCatalog.NotInDeclaredVersion, token.Span,
                $"{entry.Code} is not in {versionTable.DisplayName}, the version this guidance declares. Choose a code valid in that version, or declare the version the code comes from.");
        }
        if (entry is not null && reference.Title is { } stated && !TitlesMatch(stated.Value, entry.Title))
        {
            diagnostics.Add(DiagnosticCatalog.TitleMismatch, stated.Span,
                $"The title of {entry.Code} in {table.DisplayName} is \"{entry.Title}\", not \"{stated.Value}\".",
                Replace("Use the official title", stated.Span, CodeExpressionPrinter.Quote(entry.Title)));
        }
        return new BoundCode(reference, pattern, entry);
    }

    /// <summary>The table codes are looked up in: the declared version's when configured, else the default.</summary>
    private (IClassificationTable Table, IClassificationTable? VersionTable) TablesFor(CodeSystem system, IReadOnlyList<ClassificationVersion> declared)
    {
        var version = declared.FirstOrDefault(v => v.System == system);
        var versionTable = version is null ? null : tables.GetTable(system, version.Version);
        var fallback = tables.GetDefault(system);
        // A version table that only lists four-character codes cannot answer category questions; the
        // default table does, and the version table is then consulted for validity only.
        return versionTable is not null && versionTable.Entries.Any(e => e.IsCategory) ? (versionTable, null) : (fallback, versionTable);
    }

    private ClassificationEntry? CheckCode(CodeReference reference, CodePattern pattern, IClassificationTable table)
    {
        var token = reference.Pattern.Value;
        var entry = table.Find(pattern.Code);
        if (entry is null)
        {
            ReportUnknown(token, pattern.Code, table);
            return null;
        }
        if (entry.IsCategory && table.GetChildren(entry.Code).Count > 0)
        {
            var corrected = $"{entry.Code}.-";
            diagnostics.Add(DiagnosticCatalog.CategoryNeedsFourthCharacter, token.Span,
                $"{entry.Code} is a category with subdivisions and cannot be recorded as it is. Write {corrected} for \"a code from this category\", or choose its fourth character ({string.Join(", ", table.GetChildren(entry.Code).Take(3).Select(c => c.Code))} …).",
                Replace($"Write '{corrected}'", token.Span, corrected + MarkText(token.Text)));
        }
        return entry;
    }

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
            diagnostics.Add(DiagnosticCatalog.NotACategory, token.Span,
                $"{entry.Code} has no subdivisions, so '.-' (a code from this category) does not apply: record {entry.Code} itself.",
                Replace($"Write '{entry.Code}'", token.Span, entry.Code + MarkText(token.Text)));
        }
        return entry;
    }

    private void CheckRangeEnd(CodeReference reference, CodePattern pattern, IClassificationTable table, int number)
    {
        var category = $"{pattern.Letter}{number:D2}";
        if (table.Find(category) is null)
        {
            ReportUnknown(reference.Pattern.Value, category, table);
        }
    }

    private void ReportUnknown(SyntaxToken token, string code, IClassificationTable table)
    {
        var suggestions = table.Suggest(code, SuggestionCount);
        var fixes = suggestions
            .Select((s, i) => new CodeFix($"Change to {s.Code} ({s.Title})", [new TextEdit(token.Span, Respell(token.Text, s.Code))], i == 0))
            .ToArray();
        var didYouMean = suggestions.Count == 0 ? string.Empty : " Did you mean " + string.Join(" or ", suggestions.Select(s => $"{s.Code} ({s.Title})")) + "?";
        if (table.IsComplete)
        {
            diagnostics.Add(DiagnosticCatalog.UnknownCode, token.Span, $"{code} is not in {table.DisplayName}.{didYouMean}", fixes);
        }
        else
        {
            diagnostics.Add(DiagnosticCatalog.UnknownCode, DiagnosticLevel.Info, token.Span,
                $"{code} is not in {table.DisplayName}, which is not a full release: configure your TRUD release in codingdsl.json (\"classifications\": {{ \"icd10\": [{{ \"version\": \"5\", \"path\": \"…\" }}] }}) to check it.{didYouMean}",
                fixes);
        }
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


    /// <summary>Titles match ignoring case, spacing, curly quotes and a final full stop.</summary>
    public static bool TitlesMatch(string stated, string official) => Normalize(stated) == Normalize(official);

    private static string Normalize(string title)
    {
        var words = title.Replace('’', '\'').Replace('‘', '\'').Trim().TrimEnd('.').ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }
}
