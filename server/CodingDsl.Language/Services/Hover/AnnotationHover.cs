using System.Text;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Language.Services;

/// <summary>
/// The hover lines for what the guidance says about one code or one variant, beside what the
/// classification says: NICE's wording of the title, a note on the code, the condition that chooses the variant.
/// </summary>
internal static class AnnotationHover
{
    /// <summary>Lines added below a code's hover; empty when the code carries nothing.</summary>
    public static string ForCode(DocumentAnalysis analysis, ClassifiedToken token)
    {
        var md = new StringBuilder();
        if (token.Node is CodeReference reference)
        {
            if (reference.Nice is { } nice)
            {
                md.Append($"\n\nNICE prints it as \"{nice.Text.Value}\".");
            }
            if (reference.Remark is { } remark)
            {
                md.Append($"\n\nNote on this code: {remark.Text.Value}");
            }
        }
        var section = analysis.Tree is { } tree ? SyntaxNodeLookup.Innermost<SectionDeclaration>(tree.Root, token.Span.Start)?.Node : null;
        if (section?.Condition is { } condition)
        {
            md.Append($"\n\nIn {Name(section)}, coded if {condition.Condition.Value}.");
        }
        return md.ToString();
    }

    public static string ForVariant(SectionDeclaration section) =>
        $"**{Name(section)}** is the way of coding used if {section.Condition!.Condition.Value}.\n\n" +
        "`procedure \"name\" if \"…\" { … }` — a variant chosen by a clinical condition; the checker cannot decide it, so every variant is checked.";

    private static string Name(SectionDeclaration section) =>
        section.VariantName is null ? section.Keyword.Text : $"{section.Keyword.Text} \"{section.VariantName.Value}\"";
}
