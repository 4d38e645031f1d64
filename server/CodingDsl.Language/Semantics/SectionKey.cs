using System.Text;
using CodingDsl.Language.Syntax;

namespace CodingDsl.Language.Semantics;

/// <summary>
/// What a section's bound form and findings depend on: the section node itself and the guidance's
/// classification versions, which pick the tables its codes are read in. Nodes hold spans relative to
/// their section, and the incremental parse keeps every section an edit did not touch as the same object
/// (a section whose lines an edit touched, even outside its braces, is parsed again), so the node's
/// identity stands for its text: no text is compared, and a reused section's results are used as they are.
/// </summary>
internal readonly record struct SectionKey(SectionDeclaration Section, string VersionsKey)
{
    /// <summary>The guidance's declared versions ("Opcs4 4.10, Icd10 5"), the part of its header its sections use.</summary>
    public static string Versions(IReadOnlyList<ClassificationVersion> versions) =>
        versions.Count == 0 ? string.Empty : string.Join(", ", versions.Select(v => $"{v.System} {v.Version}"));

    /// <summary>
    /// What the findings of every section of a document depend on besides their own key and the
    /// tables: the rules in scope, which come from the document's own sets and rules and from the
    /// rule libraries it `use`s (by path and text; the standard library never changes).
    /// </summary>
    public static string Context(SyntaxTree tree, IEnumerable<SemanticModel> used)
    {
        var key = new StringBuilder();
        for (var i = 0; i < tree.Root.Declarations.Count; i++)
        {
            if (tree.Root.Declarations[i] is SetDeclaration or RuleDeclaration)
            {
                var span = tree.Root.DeclarationSpan(i);
                key.Append(tree.Text.Text, span.Start, span.Length).Append('\0');
            }
        }
        foreach (var library in used)
        {
            key.Append('\u0001').Append(library.Path).Append('\0').Append(library.Tree.Text.Text);
        }
        return key.ToString();
    }

    public bool Equals(SectionKey other) => ReferenceEquals(Section, other.Section) && string.Equals(VersionsKey, other.VersionsKey, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Section), VersionsKey);
}
