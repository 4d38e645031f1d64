using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Semantics;

/// <summary>Checks of the text a section or code carries about itself: a variant's condition, NICE's wording of a title.</summary>
public sealed partial class Binder
{
    private void CheckAnnotations(SectionDeclaration section, IEnumerable<BoundRequirement> requirements)
    {
        if (section.Condition is { } condition && section.VariantName is null)
        {
            // The condition says when this variant is the one coded; a variant with no name cannot be
            // told apart from the others in messages, exports or hover.
            diagnostics.Add(DiagnosticFactory.VariantConditionWithoutName(condition.LocalSpan, section.Keyword.Text, condition.Condition.Value));
        }
        foreach (var code in requirements.SelectMany(r => r.Codes))
        {
            CheckNiceTitle(code);
        }
    }

    /// <summary>`nice "…"` that says what the official title already says adds nothing and hides a real difference elsewhere.</summary>
    private void CheckNiceTitle(BoundCode code)
    {
        if (code.Syntax.Nice is not { } nice)
        {
            return;
        }
        var official = code.Entry?.Title is { Length: > 0 } title ? title : code.StatedTitle;
        if (official is null || !CodeChecker.TitlesMatch(nice.Text.Value, official))
        {
            return;
        }
        var before = code.Syntax.Title?.LocalSpan ?? code.Syntax.Pattern.LocalSpan;
        diagnostics.Add(DiagnosticFactory.NiceTitleIsOfficial(nice.LocalSpan, nice.Text.Value, code.Text,
            new CodeFix("Remove 'nice \"…\"'", [new TextEdit(TextSpan.FromBounds(before.End, nice.LocalSpan.End), string.Empty)])));
    }
}
