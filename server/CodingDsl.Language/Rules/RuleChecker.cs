using CodingDsl.Language.Classifications;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Semantics;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Rules;

/// <summary>
/// Checks every rule in scope on every coding path of every section of a guidance, and reports a rule
/// not met once per code it concerns, naming the first path where it fails.
/// </summary>
public static class RuleChecker
{
    public static IReadOnlyList<Diagnostic> Check(SemanticModel model, IReadOnlyList<BoundRule> rules)
    {
        var diagnostics = new List<Diagnostic>();
        var own = new List<Diagnostic>();
        foreach (var guidance in model.Guidances)
        {
            for (var i = 0; i < guidance.Sections.Count; i++)
            {
                own.Clear();
                CheckSection(model, guidance.Sections[i], guidance.SectionStarts[i], rules, own);
                diagnostics.AddRange(own.Select(d => DiagnosticBag.Place(d, guidance.SectionStarts[i])));
            }
        }
        return diagnostics;
    }

    /// <summary>
    /// The rules on one section's paths: what a section's findings depend on is its own text and the rules.
    /// The findings are in the section's own spans (placed by the caller); <paramref name="sectionStart"/> is
    /// where the section starts in the document, for a fix that reads the text around a statement.
    /// </summary>
    public static void CheckSection(SemanticModel model, BoundSection section, int sectionStart, IReadOnlyList<BoundRule> rules, List<Diagnostic> diagnostics)
    {
        if (section.IsCaseByCase && section.Requirements.Count == 0)
        {
            return;
        }
        var (paths, truncated) = PathEnumerator.Enumerate(section);
        if (truncated)
        {
            diagnostics.Add(DiagnosticFactory.TooManyPaths(section.Syntax.Keyword.LocalSpan, section.DisplayName, PathEnumerator.MaxPaths));
        }
        var recorded = paths.Select(p => p.Codes.Where(c => c.Pattern is not null).Select(c => new RecordedCode(c.Pattern!, c.Entry)).ToArray()).ToArray();
        foreach (var rule in rules)
        {
            CheckRule(model, section, sectionStart, rule, paths, recorded, diagnostics);
        }
    }

    private static void CheckRule(SemanticModel model, BoundSection section, int sectionStart, BoundRule rule, IReadOnlyList<CodingPath> paths, RecordedCode[][] recorded, List<Diagnostic> diagnostics)
    {
        List<(int Path, BoundCode? Anchor)>? failures = null;
        for (var i = 0; i < paths.Count; i++)
        {
            if (recorded[i].Length != paths[i].Codes.Count)
            {
                // A code on this path could not be read (CDSL0201 says so): what the author meant is
                // unknown, so a rule judged without it would report a consequence of the typo, not a
                // second mistake ("subsidiary code alone" beside a misspelt main code).
                continue;
            }
            var applies = rule.When is null || ConditionEvaluator.Holds(rule.When, recorded[i], paths[i].Facts);
            if (applies && !(rule.Require is not null && ConditionEvaluator.Holds(rule.Require, recorded[i], paths[i].Facts)))
            {
                (failures ??= []).Add((i, Anchor(rule, paths[i])));
            }
        }
        if (failures is null)
        {
            return; // the common case: the rule holds on every path
        }
        foreach (var group in failures.GroupBy(f => f.Anchor))
        {
            var first = paths[group.First().Path];
            var span = group.Key?.Syntax.Pattern.Value.LocalSpan ?? section.Syntax.Keyword.LocalSpan;
            var where = paths.Count == 1
                ? $" (on the path {first.Describe()})."
                : group.Count() == 1
                    ? $" (on the path {first.Describe()} of {section.DisplayName})."
                    : $" (on the path {first.Describe()} and {group.Count() - 1} more of {section.DisplayName}).";
            var fixes = rule.Fix is null ? Array.Empty<CodeFix>() : [InsertAfter(model, section, sectionStart, group.Key, rule.Fix)];
            diagnostics.Add(DiagnosticFactory.RuleNotMet(span, rule.Descriptor, rule.Level, rule.Name, rule.Message, where, fixes));
        }
    }

    /// <summary>
    /// The code a finding belongs on: the first one a positive `has` in `when` matches (the Y code of
    /// "subsidiary alone"), else the first main code of a system the rule tests (J12.4 for
    /// "image control"), else the first code.
    /// </summary>
    private static BoundCode? Anchor(BoundRule rule, CodingPath path)
    {
        var codes = path.Codes.Where(c => c.Pattern is not null).ToArray();
        var recorded = codes.Select(c => new RecordedCode(c.Pattern!, c.Entry)).ToArray();
        var index = ConditionEvaluator.FirstPositiveMatch(rule.When, recorded);
        if (index >= 0)
        {
            return codes[index];
        }
        var systems = ConditionEvaluator.Systems(rule.Require).Concat(ConditionEvaluator.Systems(rule.When)).ToHashSet();
        return codes.FirstOrDefault(c => systems.Contains(c.System) && !OpcsChapters.IsSubsidiary(c.System, c.Pattern!.Letter))
            ?? codes.FirstOrDefault();
    }

    /// <summary>A fix that inserts the rule's `fix add` requirement on a new line after the statement holding the anchor.</summary>
    private static CodeFix InsertAfter(SemanticModel model, BoundSection section, int sectionStart, BoundCode? anchor, CodeExpression fix)
    {
        var text = model.Tree.Text;
        var statement = anchor is null
            ? null
            : section.Requirements.FirstOrDefault(r => r.Syntax.LocalSpan.Contains(anchor.Syntax.LocalSpan.Start))?.Syntax;
        int insertAt;
        string indent;
        if (statement is not null)
        {
            var endLine = text.GetPosition(sectionStart + statement.LocalSpan.End).Line;
            insertAt = text.GetLineEnd(endLine);
            indent = Indentation(text, text.GetPosition(sectionStart + statement.LocalSpan.Start).Line);
        }
        else
        {
            var open = sectionStart + section.Syntax.LocalSpan.Start;
            var line = text.GetPosition(open).Line;
            insertAt = text.GetLineEnd(line);
            indent = Indentation(text, line) + "  ";
        }
        var printed = CodeExpressionPrinter.Print(fix);
        return new CodeFix($"Add {CodeExpressionPrinter.Print(fix, titles: false)}", [new TextEdit(new TextSpan(insertAt - sectionStart, 0), "\n" + indent + printed)]);
    }

    private static string Indentation(SourceText text, int line)
    {
        var content = text.GetLineText(line);
        return content[..(content.Length - content.TrimStart().Length)];
    }
}
