using System.Text;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Semantics;

/// <summary>
/// What a section's bound form and findings depend on, as one string: two sections with the same key
/// bind and check alike, wherever they stand. The one place that says so; when the syntax tree keeps
/// its nodes' identity across edits (a green tree), the lead can key on that instead of the text.
/// </summary>
internal static class SectionKey
{
    /// <summary>
    /// The section's whole lines (from the start of its first line to the end of its last: fixes copy
    /// the indentation before the keyword) after the guidance's classification versions, which pick
    /// the tables its codes are read in.
    /// </summary>
    public static string For(SourceText text, SectionDeclaration section, string versions)
    {
        var start = text.GetLineStart(text.GetPosition(section.Span.Start).Line);
        var end = text.GetLineEnd(text.GetPosition(section.Span.End).Line);
        return string.Concat(versions, "\n\0", text.Text.AsSpan(start, end - start));
    }

    /// <summary>The guidance's declared versions ("opcs 4.10, icd 5"), the part of its header its sections use.</summary>
    public static string Versions(IReadOnlyList<ClassificationVersion> versions) =>
        string.Join(", ", versions.Select(v => $"{v.System} {v.Version}"));

    /// <summary>
    /// What the findings of every section of a document depend on besides their own text and the
    /// tables: the rules in scope, which come from the document's own sets and rules and from the
    /// rule libraries it `use`s (by path and text; the standard library never changes).
    /// </summary>
    public static string Context(SyntaxTree tree, IEnumerable<SemanticModel> used)
    {
        var key = new StringBuilder();
        foreach (var declaration in tree.Root.Declarations)
        {
            if (declaration is SetDeclaration or RuleDeclaration)
            {
                key.Append(tree.Text.Text, declaration.Span.Start, declaration.Span.Length).Append('\0');
            }
        }
        foreach (var library in used)
        {
            key.Append('\u0001').Append(library.Path).Append('\0').Append(library.Tree.Text.Text);
        }
        return key.ToString();
    }
}
