using System.Globalization;
using CodingDsl.Language.Classifications;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Semantics;

/// <summary>
/// The values of `position` and `default` that can be judged from one statement: a place that does not
/// exist, two statements claiming one place, a default the statement does not allow. Whether each code
/// is in its place on every path is the rule engine's (SequenceChecker).
/// </summary>
public sealed partial class Binder
{
    /// <summary>The place a `first` / `second` / `position N` condition tests, null for `has`, 0 for `position 0` (reported).</summary>
    private int? Place(CodeCondition condition)
    {
        switch (condition.Keyword.Text)
        {
            case "first":
                return 1;
            case "second":
                return 2;
            case "position" when condition.Place is { } token:
                var place = ReadPlace(token);
                if (place == 0)
                {
                    diagnostics.Add(DiagnosticFactory.PositionZeroInRule(token.LocalSpan));
                }
                return place;
            default:
                return null;
        }
    }

    private static int? ReadPlace(SyntaxToken token) =>
        int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var place) ? place : null;

    private int? BindPosition(RequirementStatement syntax)
    {
        var modifiers = syntax.Modifiers.OfType<PositionModifier>().ToArray();
        if (modifiers.Length == 0)
        {
            return null;
        }
        var position = ReadPlace(modifiers[0].Position);
        if (position == 0)
        {
            diagnostics.Add(DiagnosticFactory.PositionZero(modifiers[0].LocalSpan,
                new CodeFix("Write 'position 1'", [new TextEdit(modifiers[0].Position.LocalSpan, "1")], IsPreferred: false)));
        }
        foreach (var extra in modifiers.Skip(1))
        {
            diagnostics.Add(DiagnosticFactory.PositionStatedTwice(extra.LocalSpan, modifiers[0].Keyword.Text, modifiers[0].Position.Text,
                new CodeFix("Remove this position", [new TextEdit(TextSpan.FromBounds(PreviousEnd(syntax, extra), extra.LocalSpan.End), string.Empty)])));
        }
        return position;
    }

    /// <summary>The end of whatever precedes a modifier in its statement, so removing it leaves no double space.</summary>
    private static int PreviousEnd(RequirementStatement syntax, RequirementModifier modifier)
    {
        var before = syntax.Modifiers.TakeWhile(m => m != modifier).LastOrDefault();
        return before?.LocalSpan.End ?? syntax.Expression.LocalSpan.End;
    }

    /// <summary>Two statements of a section stating one place for codes of one classification (CDSL0803).</summary>
    private void ReportPositionClashes(IReadOnlyList<BoundRequirement> requirements)
    {
        var taken = new Dictionary<(CodeSystem, int), BoundRequirement>();
        foreach (var requirement in requirements)
        {
            if (requirement.Position is not ({ } position and > 0) || requirement.Codes.FirstOrDefault() is not { } code)
            {
                continue;
            }
            if (taken.TryGetValue((code.System, position), out var first))
            {
                var modifier = requirement.Syntax.Modifiers.OfType<PositionModifier>().First();
                sectionLooksOutside = true; // the message cites a line number
                diagnostics.Add(DiagnosticFactory.PositionClash(modifier.LocalSpan, first.Codes.First().Text, tree.Text.GetPosition(diagnostics.UnitStart + first.Syntax.LocalSpan.Start).Line + 1, position));
            }
            else
            {
                taken[(code.System, position)] = requirement;
            }
        }
    }

    /// <summary>`default V55.9` must be a code the statement allows (CDSL0806).</summary>
    private void CheckDefault(RequirementStatement syntax, CodeChoice choice, BoundCode? fallback)
    {
        if (fallback?.Pattern is not { } pattern)
        {
            return;
        }
        var allowed = BoundRequirement.Flatten(choice).Where(c => c.Pattern is not null).ToArray();
        if (allowed.Length == 0 || allowed.Any(a => a.Pattern!.Kind != PatternKind.Code && pattern.LiesWithin(a.Pattern)))
        {
            return;
        }
        var modifier = syntax.Modifiers.OfType<DefaultModifier>().First();
        var categories = allowed.Where(a => a.Pattern!.Kind != PatternKind.Code).ToArray();
        var fixes = new List<CodeFix>();
        if (categories.Length == 1 && categories[0].Pattern!.Kind == PatternKind.Category && fallback.System == categories[0].System)
        {
            var unspecified = Table(fallback.System).Find($"{categories[0].Pattern!.Code}.9");
            if (unspecified is not null)
            {
                fixes.Add(new CodeFix($"Write 'default {unspecified.Code}'",
                    [new TextEdit(TextSpan.FromBounds(fallback.Syntax.Pattern.LocalSpan.Start, fallback.Syntax.LocalSpan.End), $"{unspecified.Code} {CodeExpressionPrinter.Quote(unspecified.Title)}")],
                    IsPreferred: false));
            }
        }
        var span = fallback.Syntax.Pattern.LocalSpan.Start < modifier.LocalSpan.Start ? modifier.LocalSpan : fallback.Syntax.Pattern.LocalSpan;
        diagnostics.Add(categories.Length == 0
            ? DiagnosticFactory.DefaultOnSingleCode(span, fallback.Text, allowed.Select(a => a.Text), [.. fixes])
            : DiagnosticFactory.DefaultOutsideCategory(span, fallback.Text, categories.Select(a => a.Text), [.. fixes]));
    }
}
