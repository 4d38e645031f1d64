using System.Text;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Semantics;

/// <summary>
/// What a section's bound form and findings depend on: two sections with equal keys bind and check
/// alike, wherever they stand. The one place that says so; when the syntax tree keeps its nodes'
/// identity across edits (a green tree), the lead can key on that instead of the text.
/// </summary>
/// <remarks>
/// The section's whole lines (from the start of its first line to the end of its last: fixes copy the
/// indentation before the keyword), read in place in the document's text (a keystroke must not copy
/// every section), where the section stands in those lines (two sections may share a line, and must
/// not share a key), and the guidance's classification versions, which pick the tables its codes are
/// read in. Compared exactly; the hash only sorts. A memo holds keys of the current text only: each
/// analysis keys the sections it keeps by the text it analysed.
/// </remarks>
internal readonly struct SectionKey : IEquatable<SectionKey>
{
    private readonly string text;
    private readonly int start;
    private readonly int length;
    private readonly int column;
    private readonly int width;
    private readonly string versions;
    private readonly int hash;

    private SectionKey(string text, int start, int length, int column, int width, string versions)
    {
        this.text = text;
        this.start = start;
        this.length = length;
        this.column = column;
        this.width = width;
        this.versions = versions;
        hash = HashCode.Combine(string.GetHashCode(text.AsSpan(start, length), StringComparison.Ordinal), column, width, versions);
    }

    public static SectionKey For(SourceText text, SectionDeclaration section, string versions)
    {
        var start = text.GetLineStart(text.GetPosition(section.Span.Start).Line);
        var end = text.GetLineEnd(text.GetPosition(section.Span.End).Line);
        return new SectionKey(text.Text, start, end - start, section.Span.Start - start, section.Span.Length, versions);
    }

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

    public bool Equals(SectionKey other) =>
        hash == other.hash && length == other.length && column == other.column && width == other.width && string.Equals(versions, other.versions, StringComparison.Ordinal)
        && text.AsSpan(start, length).SequenceEqual(other.text.AsSpan(other.start, other.length));

    public override bool Equals(object? obj) => obj is SectionKey other && Equals(other);

    public override int GetHashCode() => hash;
}
