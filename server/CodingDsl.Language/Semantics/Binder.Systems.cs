using CodingDsl.Language.Classifications;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Semantics;

/// <summary>
/// Checks that a code belongs to its section's classification (a procedure section holds OPCS-4 codes,
/// a diagnosis section ICD-10 ones) and that a chapter letter exists.
/// </summary>
public sealed partial class Binder
{
    private SectionDeclaration? currentSection;
    private GuidanceDeclaration? currentGuidance;

    /// <summary>Where <see cref="currentGuidance"/> starts in the document.</summary>
    private int currentGuidanceStart;
    private RequirementStatement? currentStatement;

    private static CodeSystem SystemOf(SectionKind kind) => kind == SectionKind.Diagnosis ? CodeSystem.Icd10 : CodeSystem.Opcs4;

    private BoundCode BindReference(CodeReference reference, IReadOnlyList<ClassificationVersion> versions)
    {
        if (currentSection is { } section && SystemOf(section.Kind) is var expected && reference.System != expected)
        {
            if (WrongSystem(reference, section, expected) is { } unreadable)
            {
                return unreadable;
            }
        }
        var bound = codes.Check(reference, versions);
        CheckChapter(reference.System, bound.Pattern, reference.Pattern.LocalSpan);
        return bound;
    }

    /// <summary>
    /// Reports a code written for the other classification than its section's. When it is not a code of
    /// the classification written, the author most likely wrote the wrong keyword (`opcs I20.-` in a
    /// diagnosis): the code is returned unread, so no "did you mean A20" from the wrong table follows.
    /// When it is a real code of its classification, it is in the wrong section: null, and it is checked
    /// as written.
    /// </summary>
    private BoundCode? WrongSystem(CodeReference reference, SectionDeclaration section, CodeSystem expected)
    {
        var chapter = reference.Pattern.ChapterKeyword is not null;
        var text = (chapter ? "chapter " : string.Empty) + reference.Pattern.Value.Text;
        var written = CodePatternReader.Read(reference.System, reference.Pattern.Value.Text, chapter).Pattern;
        var asExpected = CodePatternReader.Read(expected, reference.Pattern.Value.Text, chapter).Pattern;
        var writtenKnown = written is { Kind: not PatternKind.Name } && Known(reference.System, written) == true;
        if (writtenKnown && !MeantAsExpected(reference, expected, asExpected))
        {
            ReportWrongSection(reference, section, expected, asExpected);
            return null;
        }
        if (asExpected is null or { Kind: PatternKind.Name } || Known(expected, asExpected) == false)
        {
            return null; // neither reading is a code: the checks of the written classification say why
        }
        var entry = asExpected.Kind is PatternKind.Code or PatternKind.Category ? Table(expected).Find(asExpected.Code) : null;
        var what = entry is null
            ? $"{text} reads as an {CodeSystems.Of(expected).DisplayName} {KindWord(asExpected.Kind)}"
            : $"{text} is an {CodeSystems.Of(expected).DisplayName} {KindWord(asExpected.Kind)} (\"{entry.Title}\")";
        var writtenEntry = writtenKnown && written!.Kind is PatternKind.Code or PatternKind.Category ? Table(reference.System).Find(written.Code) : null;
        var asWritten = writtenEntry is null ? $"{text} is not in {Table(reference.System).DisplayName}" : $"{text} in {CodeSystems.Of(reference.System).DisplayName} is \"{writtenEntry.Title}\"";
        // An inherited keyword is the statement's: its fix is the same edit as the earlier code's, so "fix all" makes it once.
        var edit = ReferenceEquals(rekeyedStatement, currentStatement) && reference.SystemKeyword is null && rekeyEdit is not null
            ? rekeyEdit
            : KeywordEdit(reference, expected);
        diagnostics.Add(DiagnosticFactory.WrongKeywordForSection(reference.Pattern.LocalSpan, asWritten, section.Keyword.Text, expected, what, text, edit));
        rekeyedStatement = currentStatement;
        rekeyEdit = edit;
        return new BoundCode(reference, null, null);
    }

    /// <summary>The statement whose keyword a CDSL0804 fix rewrites: its other codes were written for the section's classification too.</summary>
    private RequirementStatement? rekeyedStatement;
    private TextEdit? rekeyEdit;

    /// <summary>
    /// A code of both classifications (C18.- is an OPCS-4 eyelid category and ICD-10's colon) was meant
    /// as the section's when its title is the section classification's title for it, or when the
    /// statement's earlier code was already found written with the wrong keyword (`opcs C78.7 and C18.-`).
    /// </summary>
    private bool MeantAsExpected(CodeReference reference, CodeSystem expected, CodePattern? asExpected)
    {
        if (currentStatement is not null && ReferenceEquals(rekeyedStatement, currentStatement))
        {
            return true;
        }
        return asExpected is { Kind: PatternKind.Code or PatternKind.Category } && reference.Title is { } stated
            && Table(expected).Find(asExpected.Code) is { } entry && CodeChecker.TitlesMatch(stated.Value, entry.Title);
    }

    /// <summary>A real code of the other classification: the fix moves its statement to a section of that classification.</summary>
    private void ReportWrongSection(CodeReference reference, SectionDeclaration section, CodeSystem expected, CodePattern? asExpected)
    {
        var text = reference.Pattern.Value.Text;
        var entry = Table(reference.System).Find(CodePatternReader.Read(reference.System, text, reference.Pattern.ChapterKeyword is not null).Pattern!.Code);
        var home = reference.System == CodeSystem.Icd10 ? "diagnosis" : "procedure";
        var fixes = new List<CodeFix>();
        if (currentStatement is { } statement && currentGuidance is { } guidance && OnlySystem(statement.Expression, reference.System))
        {
            sectionLooksOutside = true; // the fix depends on the guidance's other sections
            fixes.Add(new CodeFix($"Move to the {home} section", MoveToSection(statement, section, guidance, home)));
        }
        if (asExpected is { Kind: not PatternKind.Name } && Known(expected, asExpected) == true)
        {
            // A code of both classifications: the keyword may be the slip. Not preferred: the title decides.
            fixes.Add(new CodeFix($"Write '{CodeSystems.Of(expected).Keyword} {text}'", [KeywordEdit(reference, expected)], IsPreferred: fixes.Count == 0));
        }
        diagnostics.Add(DiagnosticFactory.CodeInWrongSection(reference.Pattern.LocalSpan, text, reference.System, entry, section.Keyword.Text, expected, home, [.. fixes]));
    }

    /// <summary>The edits, in the section's own spans, that move the statement to the guidance's first <paramref name="home"/> section, or a new one.</summary>
    private TextEdit[] MoveToSection(RequirementStatement statement, SectionDeclaration from, GuidanceDeclaration guidance, string home)
    {
        var target = guidance.Items
            .Select((item, i) => (Section: item as SectionDeclaration, Start: currentGuidanceStart + guidance.ItemOffsets[i]))
            .Where(s => s.Section is { CloseBrace: not null } section && section.Keyword.Text == home)
            .OrderBy(s => s.Section!.VariantName is null ? 0 : 1)
            .FirstOrDefault();
        // The moves read the document's text (indentation, lines): made in document offsets, then made the section's own.
        var text = tree.Text;
        var start = diagnostics.UnitStart;
        var moved = statement.LocalSpan.Shift(start);
        var sectionIndent = StatementMove.IndentAt(text, start + from.LocalSpan.Start);
        var edits = target.Section is { } into
            ? StatementMove.IntoBlock(text, moved, target.Start + into.CloseBrace!.LocalSpan.Start, StatementMove.IndentAt(text, moved.Start))
            : StatementMove.IntoNewBlock(text, moved, start + from.LocalSpan.End, home, sectionIndent);
        return DiagnosticBag.Relative(edits, start);
    }

    private static bool OnlySystem(CodeExpression expression, CodeSystem system) => expression.Accept(OnlySystemCheck.Instance, system);

    /// <summary>Whether every code of an expression is of the system handed down.</summary>
    private sealed class OnlySystemCheck : ICodeExpressionVisitor<CodeSystem, bool>
    {
        public static readonly OnlySystemCheck Instance = new();

        public bool VisitCodeReference(CodeReference r, CodeSystem system) => r.System == system;

        public bool VisitAlternative(AlternativeExpression a, CodeSystem system) => a.Alternatives.All(x => OnlySystem(x, system));

        public bool VisitCombination(CombinationExpression c, CodeSystem system) => c.Parts.All(x => OnlySystem(x, system));

        public bool VisitParenthesized(ParenthesizedExpression p, CodeSystem system) => OnlySystem(p.Inner, system);
    }

    /// <summary>Rewrites the keyword that gives the code its system; a code that inherits it gets its own.</summary>
    private static TextEdit KeywordEdit(CodeReference reference, CodeSystem system) =>
        reference.SystemKeyword is { } keyword && keyword.LocalSpan.End <= reference.Pattern.LocalSpan.Start && keyword.LocalSpan.Start >= reference.LocalSpan.Start
            ? new TextEdit(keyword.LocalSpan, CodeSystems.Of(system).Keyword)
            : new TextEdit(new TextSpan(reference.Pattern.LocalSpan.Start, 0), CodeSystems.Of(system).Keyword + " ");

    private static string KindWord(PatternKind kind) => kind switch
    {
        PatternKind.Category => "category",
        PatternKind.Range => "range",
        PatternKind.Chapter => "chapter",
        _ => "code",
    };

    private IClassificationTable Table(CodeSystem system) => tables.GetDefault(system);

    /// <summary>True when the table has the pattern, false when a complete table lacks it, null when a partial table cannot say.</summary>
    private bool? Known(CodeSystem system, CodePattern pattern)
    {
        var table = Table(system);
        bool? Has(string code) => table.Find(code) is not null ? true : table.IsComplete ? false : null;
        return pattern.Kind switch
        {
            PatternKind.Code or PatternKind.Category => Has(pattern.Code),
            PatternKind.Range => Has($"{pattern.Letter}{pattern.From:D2}") == true && Has($"{pattern.Letter}{pattern.To:D2}") == true ? true : table.IsComplete ? false : null,
            PatternKind.Chapter => system != CodeSystem.Opcs4 || OpcsChapters.Find(pattern.Letter.ToString()) is not null,
            _ => false,
        };
    }

    /// <summary>`chapter I` for OPCS-4: there is no chapter I.</summary>
    private void CheckChapter(CodeSystem system, CodePattern? pattern, TextSpan span)
    {
        if (pattern is { Kind: PatternKind.Chapter } && system == CodeSystem.Opcs4 && OpcsChapters.Find(pattern.Letter.ToString()) is null)
        {
            diagnostics.Add(DiagnosticFactory.NoSuchOpcsChapter(span, pattern.Letter));
        }
    }
}
