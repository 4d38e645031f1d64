using CodingDsl.Language.Classifications;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Semantics;

/// <summary>A code reference with its pattern read and, where the table has it, its official entry.</summary>
public sealed record BoundCode(CodeReference Syntax, CodePattern? Pattern, ClassificationEntry? Entry)
{
    public CodeSystem System => Syntax.System;

    public string Text => Syntax.Pattern.Value.Text;

    public string? StatedTitle => Syntax.Title?.Value;

    /// <summary>`nice "…"`: the title as NICE printed it, where it differs from the official one.</summary>
    public string? NiceTitle => Syntax.Nice?.Text.Value;

    /// <summary>`remark "…"`: a note on this one code ("Includes: …").</summary>
    public string? Remark => Syntax.Remark?.Text.Value;

    /// <summary>The official title of the code or category, else the stated one.</summary>
    public string? Title => Entry?.Title ?? StatedTitle;
}

/// <summary>
/// The bound form of one document. Bound parts point at their syntax, whose spans are relative to their
/// unit: a guidance, rule, set or use holds its declaration's <c>Start</c>, and a section's start is its
/// guidance's (<see cref="BoundGuidance.SectionStarts"/>), since a section is reused across edits as it is.
/// </summary>
public sealed record SemanticModel(
    string Path,
    SyntaxTree Tree,
    IReadOnlyList<BoundGuidance> Guidances,
    IReadOnlyList<BoundSet> Sets,
    IReadOnlyList<BoundRule> Rules,
    IReadOnlyList<BoundUse> Uses,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Every section of every guidance, in order, with where it starts in the document.</summary>
    public IEnumerable<(BoundSection Section, int Start)> PlacedSections() =>
        Guidances.SelectMany(g => g.Sections.Select((s, i) => (s, g.SectionStarts[i])));
}
