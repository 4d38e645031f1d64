using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Language.Services;

/// <summary>
/// Code actions for a range: the fixes attached to the diagnostics it touches (the same fixes the CLI
/// sees), "silence this diagnostic on this line" (a `codingdsl-disable-line` comment, or an extension
/// of the one already there), and "fix all in file".
/// </summary>
public static class CodeActionService
{
    public const string DisableLine = "codingdsl-disable-line";
    public const string DisableNextLine = "codingdsl-disable-next-line";

    public static IReadOnlyList<CodeAction> GetCodeActions(DocumentAnalysis analysis, TextSpan range)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var touched = analysis.Diagnostics.Where(d => Touches(d.Span, range)).ToArray();
        var actions = new List<CodeAction>();
        foreach (var diagnostic in touched)
        {
            foreach (var fix in diagnostic.Fixes)
            {
                actions.Add(new CodeAction(fix.Title, CodeActionKind.QuickFix, fix.Edits, [diagnostic], fix.IsPreferred));
            }
        }
        var silenced = new HashSet<(int Line, string Name)>();
        foreach (var diagnostic in touched)
        {
            var line = analysis.Text.GetPosition(diagnostic.Span.Start).Line;
            if (silenced.Add((line, SuppressionName(diagnostic))) && Suppress(analysis, diagnostic) is { } suppress)
            {
                actions.Add(suppress);
            }
        }
        if (GetFixAll(analysis) is { } fixAll)
        {
            actions.Add(fixAll);
        }
        actions.AddRange(UpgradeActions.Get(analysis));
        return actions;
    }

    /// <summary>
    /// Every diagnostic's preferred fix in one edit set, in document order; a fix whose edits would
    /// overlap one already taken is left for a second round. "Did you mean" replacements of unknown
    /// codes (CDSL0202) are left out: they are guesses at a clinical code, for a person to choose one
    /// by one. Null when nothing in the file has a fix.
    /// </summary>
    public static CodeAction? GetFixAll(DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var taken = new List<TextEdit>();
        var fixedDiagnostics = new List<Diagnostic>();
        foreach (var diagnostic in analysis.Diagnostics.OrderBy(d => d.Span.Start))
        {
            // Only preferred fixes: the core never prefers a guessed code ("did you mean" for CDSL0202).
            if (diagnostic.Fixes.FirstOrDefault(f => f.IsPreferred) is not { } fix || fix.Edits.Count == 0)
            {
                continue;
            }
            if (fix.Edits.All(e => taken.Contains(e)))
            {
                // The same edit for another diagnostic (two findings, one missing line): already applied.
                fixedDiagnostics.Add(diagnostic);
                continue;
            }
            if (fix.Edits.Any(e => taken.Any(t => Conflict(e, t))))
            {
                continue;
            }
            taken.AddRange(fix.Edits);
            fixedDiagnostics.Add(diagnostic);
        }
        return taken.Count == 0
            ? null
            : new CodeAction("Fix all in file", CodeActionKind.SourceFixAll, taken.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End).ToArray(), fixedDiagnostics, false);
    }

    /// <summary>
    /// Silences a diagnostic on its line (the line its span starts on): extends a
    /// `// codingdsl-disable-line …` already there or a `// codingdsl-disable-next-line …` on the line
    /// above; else appends a disable-line comment, or, when the line already ends in another comment,
    /// puts a disable-next-line comment above it.
    /// </summary>
    public static CodeAction? Suppress(DocumentAnalysis analysis, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(diagnostic);
        var text = analysis.Text;
        var comments = analysis.Tree?.Root.DocumentComments() ?? [];
        var name = SuppressionName(diagnostic);
        var line = text.GetPosition(diagnostic.Span.Start).Line;
        var title = $"Silence {name} on this line";

        var onLine = comments.FirstOrDefault(c => text.GetPosition(c.Span.Start).Line == line);
        if (onLine is not null && Extend(onLine, DisableLine, name) is { } extendLine)
        {
            return new CodeAction(title, CodeActionKind.QuickFix, [extendLine], [diagnostic], false);
        }
        var above = line > 0 ? comments.FirstOrDefault(c => text.GetPosition(c.Span.Start).Line == line - 1 && IsWholeLine(text, c)) : null;
        if (above is not null && Extend(above, DisableNextLine, name) is { } extendAbove)
        {
            return new CodeAction(title, CodeActionKind.QuickFix, [extendAbove], [diagnostic], false);
        }
        TextEdit edit;
        if (onLine is null)
        {
            var content = text.GetLineText(line);
            var end = text.GetLineStart(line) + content.TrimEnd().Length;
            edit = new TextEdit(new TextSpan(end, 0), $" // {DisableLine} {name}");
        }
        else
        {
            var content = text.GetLineText(line);
            var indent = content[..(content.Length - content.TrimStart().Length)];
            edit = new TextEdit(new TextSpan(text.GetLineStart(line), 0), $"{indent}// {DisableNextLine} {name}{LineBreak(text.Text)}");
        }
        return new CodeAction(title, CodeActionKind.QuickFix, [edit], [diagnostic], false);
    }

    /// <summary>The word a suppression names: a user rule's name (they all report CDSL0500), else the catalogue code.</summary>
    public static string SuppressionName(Diagnostic diagnostic) =>
        diagnostic.RuleName is not null && diagnostic.Code == DiagnosticCatalog.RuleNotMet.Code ? diagnostic.RuleName : diagnostic.Code;

    /// <summary>An edit adding the name to a directive of that kind, or null when the comment is not one.</summary>
    private static TextEdit? Extend(Comment comment, string directive, string name)
    {
        var m = NameIndex.Directive().Match(comment.Text);
        if (!m.Success || !comment.Text.Contains(directive + " ", StringComparison.Ordinal) && !comment.Text.TrimEnd().EndsWith(directive, StringComparison.Ordinal))
        {
            return null;
        }
        var names = m.Groups["names"];
        var at = comment.Span.Start + names.Index + names.Value.TrimEnd().Length;
        return new TextEdit(new TextSpan(at, 0), " " + name);
    }

    private static bool IsWholeLine(SourceText text, Comment comment)
    {
        var line = text.GetPosition(comment.Span.Start).Line;
        return text.GetLineText(line).TrimStart().StartsWith("//", StringComparison.Ordinal);
    }

    private static string LineBreak(string text) => text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    private static bool Touches(TextSpan diagnostic, TextSpan range) =>
        diagnostic.OverlapsWith(range) || diagnostic.ContainsInclusive(range.Start) || range.ContainsInclusive(diagnostic.Start) && range.ContainsInclusive(diagnostic.End);

    private static bool Conflict(TextEdit a, TextEdit b) =>
        a.Span.OverlapsWith(b.Span) || a.Span.Start == b.Span.Start && (a.Span.Length == 0 || b.Span.Length == 0);
}
