using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Semantics;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Rules;

/// <summary>
/// Checks `position N` on every coding path: the statement's first code must be the Nth code of its
/// classification on each path that records it (CDSL0801). Checking follows the order the section
/// lists its statements, so a clean file's source order is its recording order, and exports and rules
/// can rely on it. The fix moves the statement to the nearest place where the position holds on every
/// path, found by trying each order, so a fix is offered only when one exists.
/// </summary>
public static class SequenceChecker
{
    public static IReadOnlyList<Diagnostic> Check(SemanticModel model)
    {
        var diagnostics = new List<Diagnostic>();
        var own = new List<Diagnostic>();
        foreach (var guidance in model.Guidances)
        {
            for (var i = 0; i < guidance.Sections.Count; i++)
            {
                own.Clear();
                CheckSection(model, guidance.Sections[i], guidance.SectionStarts[i], own);
                diagnostics.AddRange(own.Select(d => DiagnosticBag.Place(d, guidance.SectionStarts[i])));
            }
        }
        return diagnostics;
    }

    /// <summary>
    /// The positions of one section's statements: its findings depend on its own text only, and are made
    /// in the section's own spans (placed by the caller). <paramref name="sectionStart"/>: where the section
    /// starts in the document, for a fix that reads the text around its statements.
    /// </summary>
    public static void CheckSection(SemanticModel model, BoundSection section, int sectionStart, List<Diagnostic> diagnostics)
    {
        var positioned = Positioned(section.Requirements);
        if (positioned.Count == 0)
        {
            return;
        }
        var (paths, _) = PathEnumerator.Enumerate(section);
        foreach (var requirement in positioned)
        {
            if (FirstMisplaced(paths, requirement) is not { } misplaced)
            {
                continue;
            }
            diagnostics.Add(Report(model, section, sectionStart, requirement, misplaced));
        }
    }

    private sealed record Misplaced(CodingPath Path, int Place, int MorePaths);

    /// <summary>
    /// Statements with a usable position: 1 or more, and not one that CDSL0803 reports as clashing
    /// (where two claim a place, which one is out of place is the author's to say).
    /// </summary>
    private static List<BoundRequirement> Positioned(IReadOnlyList<BoundRequirement> requirements)
    {
        var claims = requirements
            .Where(r => r.Position is > 0 && BoundRequirement.Flatten(r.Choice).Any())
            .GroupBy(r => (BoundRequirement.Flatten(r.Choice).First().System, r.Position))
            .ToArray();
        return claims.Where(g => g.Count() == 1).Select(g => g.Single()).ToList();
    }

    private static Misplaced? FirstMisplaced(IReadOnlyList<CodingPath> paths, BoundRequirement requirement)
    {
        Misplaced? first = null;
        var count = 0;
        var own = new HashSet<BoundCode>(BoundRequirement.Flatten(requirement.Choice), ReferenceEqualityComparer.Instance);
        foreach (var path in paths)
        {
            if (PlaceOn(path, own) is { } place && place != requirement.Position)
            {
                first ??= new Misplaced(path, place, 0);
                count++;
            }
        }
        return first is null ? null : first with { MorePaths = count - 1 };
    }

    /// <summary>The place of the statement's first code among the codes of its classification on the path, or null when the path leaves it out.</summary>
    private static int? PlaceOn(CodingPath path, HashSet<BoundCode> own)
    {
        var places = new Dictionary<Classifications.CodeSystem, int>();
        foreach (var code in path.Codes)
        {
            var place = places[code.System] = places.GetValueOrDefault(code.System) + 1;
            if (own.Contains(code))
            {
                return place;
            }
        }
        return null;
    }

    private static Diagnostic Report(SemanticModel model, BoundSection section, int sectionStart, BoundRequirement requirement, Misplaced misplaced)
    {
        var modifier = requirement.Syntax.Modifiers.OfType<PositionModifier>().First();
        var code = BoundRequirement.Flatten(requirement.Choice).First();
        var where = misplaced.MorePaths == 0 ? $"on the path {misplaced.Path.Describe()}" : $"on the path {misplaced.Path.Describe()} and {misplaced.MorePaths} more";
        var fix = MoveFix(model, section, sectionStart, requirement);
        var unreachable = fix is null && requirement.Position > PathEnumerator.Enumerate(section).Paths.Max(p => p.Codes.Count(c => c.System == code.System));
        return DiagnosticFactory.PositionNotKept(modifier.LocalSpan, code.Text, requirement.Position!.Value, misplaced.Place, where, section.DisplayName, unreachable, fix);
    }

    /// <summary>Moves the statement to the nearest index where its position holds on every path and no other position breaks.</summary>
    private static CodeFix? MoveFix(SemanticModel model, BoundSection section, int sectionStart, BoundRequirement requirement)
    {
        var all = section.Requirements;
        var index = IndexOf(all, requirement);
        var others = all.Where(r => !ReferenceEquals(r, requirement)).ToList();
        var (current, _) = PathEnumerator.Enumerate(all, section.Facts);
        var keptBefore = Positioned(all).Where(p => !ReferenceEquals(p, requirement) && FirstMisplaced(current, p) is null).ToArray();
        var candidates = Enumerable.Range(0, others.Count + 1)
            .Where(k => k != index)
            .OrderBy(k => Math.Abs(k - index));
        foreach (var k in candidates)
        {
            var order = new List<BoundRequirement>(others);
            order.Insert(k, requirement);
            var (paths, _) = PathEnumerator.Enumerate(order, section.Facts);
            if (FirstMisplaced(paths, requirement) is null && keptBefore.All(p => FirstMisplaced(paths, p) is null))
            {
                var text = model.Tree.Text;
                var moved = requirement.Syntax.LocalSpan.Shift(sectionStart);
                var edits = DiagnosticBag.Relative(k == 0
                    ? StatementMove.Before(text, moved, others[0].Syntax.LocalSpan.Shift(sectionStart))
                    : StatementMove.After(text, moved, others[k - 1].Syntax.LocalSpan.Shift(sectionStart)), sectionStart);
                var to = k == 0 ? $"before {Describe(others[0])}" : $"after {Describe(others[k - 1])}";
                return new CodeFix($"Move {BoundRequirement.Flatten(requirement.Choice).First().Text} {to}", edits);
            }
        }
        return null;
    }

    private static int IndexOf(IReadOnlyList<BoundRequirement> requirements, BoundRequirement requirement)
    {
        for (var i = 0; i < requirements.Count; i++)
        {
            if (ReferenceEquals(requirements[i], requirement))
            {
                return i;
            }
        }
        return -1;
    }

    private static string Describe(BoundRequirement requirement) => CodeExpressionPrinter.Print(requirement.Syntax.Expression, titles: false);
}
