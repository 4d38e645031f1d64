using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Semantics;

/// <summary>
/// Moves a bound section and findings by a number of characters: a section an edit did not touch but
/// moved is reused from the previous analysis at its new offsets instead of being bound and checked again.
/// </summary>
internal static class BoundShifter
{
    /// <summary>The section as if bound from <paramref name="syntax"/>, the same text <paramref name="delta"/> characters on.</summary>
    public static BoundSection Shift(BoundSection section, SectionDeclaration syntax, int delta)
    {
        if (delta == 0 && ReferenceEquals(section.Syntax, syntax))
        {
            return section;
        }
        // The statements are the new tree's own nodes (the same text parses alike); codes are moved copies.
        var statements = syntax.Items.OfType<RequirementStatement>().ToArray();
        var snomed = syntax.Items.OfType<SnomedStatement>().ToArray();
        var requirements = new BoundRequirement[section.Requirements.Count];
        for (var i = 0; i < requirements.Length; i++)
        {
            var requirement = section.Requirements[i];
            requirements[i] = requirement with
            {
                Syntax = statements[i],
                Choice = Shift(requirement.Choice, delta),
                Default = requirement.Default is null ? null : Shift(requirement.Default, delta),
            };
        }
        return section with
        {
            Syntax = syntax,
            Requirements = requirements,
            Snomed = section.Snomed.Select((s, i) => s with { Syntax = snomed[i] }).ToArray(),
        };
    }

    public static Diagnostic Shift(Diagnostic diagnostic, int delta) => delta == 0 ? diagnostic : diagnostic with
    {
        Span = Shift(diagnostic.Span, delta),
        Fixes = diagnostic.Fixes.Count == 0 ? diagnostic.Fixes : diagnostic.Fixes.Select(f => f with { Edits = f.Edits.Select(e => e with { Span = Shift(e.Span, delta) }).ToArray() }).ToArray(),
    };

    private static TextSpan Shift(TextSpan span, int delta) => new(span.Start + delta, span.Length);

    private static CodeChoice Shift(CodeChoice choice, int delta) => choice switch
    {
        SingleCode s => new SingleCode(Shift(s.Code, delta)),
        AllOf a => new AllOf(a.Parts.Select(p => Shift(p, delta)).ToArray()),
        OneOf o => new OneOf(o.Alternatives.Select(p => Shift(p, delta)).ToArray()),
        _ => choice,
    };

    private static BoundCode Shift(BoundCode code, int delta) => code with { Syntax = (CodeReference)SyntaxShifter.Shift(code.Syntax, delta) };
}
