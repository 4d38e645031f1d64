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
        // Everything points at the new tree's own nodes (the same text parses alike): nothing is copied
        // but the bound records, and the services find the tree's nodes in the model as before.
        var statements = syntax.Items.OfType<RequirementStatement>().ToArray();
        var snomed = syntax.Items.OfType<SnomedStatement>().ToArray();
        var requirements = new BoundRequirement[section.Requirements.Count];
        for (var i = 0; i < requirements.Length; i++)
        {
            var requirement = section.Requirements[i];
            var statement = statements[i];
            var references = new Queue<CodeReference>();
            CollectReferences(statement.Expression, references);
            requirements[i] = requirement with
            {
                Syntax = statement,
                Choice = Rebase(requirement.Choice, references),
                Default = requirement.Default is null ? null : Rebase(requirement.Default, statement.Modifiers.OfType<DefaultModifier>().First().Code),
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

    /// <summary>The code references of an expression in the order the binder reads them (<see cref="BoundRequirement.Flatten"/>'s order).</summary>
    private static void CollectReferences(CodeExpression expression, Queue<CodeReference> references)
    {
        switch (expression)
        {
            case CodeReference reference:
                references.Enqueue(reference);
                break;
            case AlternativeExpression alternatives:
                foreach (var alternative in alternatives.Alternatives)
                {
                    CollectReferences(alternative, references);
                }
                break;
            case CombinationExpression combination:
                foreach (var part in combination.Parts)
                {
                    CollectReferences(part, references);
                }
                break;
            case ParenthesizedExpression group:
                CollectReferences(group.Inner, references);
                break;
        }
    }

    private static CodeChoice Rebase(CodeChoice choice, Queue<CodeReference> references) => choice switch
    {
        SingleCode s => new SingleCode(Rebase(s.Code, references.Dequeue())),
        AllOf a => new AllOf(a.Parts.Select(p => Rebase(p, references)).ToArray()),
        OneOf o => new OneOf(o.Alternatives.Select(p => Rebase(p, references)).ToArray()),
        _ => choice,
    };

    /// <summary>The code on the new tree's reference; a default that inherits its statement's system was bound as a copy with that system.</summary>
    private static BoundCode Rebase(BoundCode code, CodeReference reference) =>
        code with { Syntax = reference.System == code.Syntax.System ? reference : reference with { System = code.Syntax.System } };
}
