using CodingDsl.Language.Classifications;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Releases;

/// <summary>
/// One finding of comparing a file with a target release: what changes for which code, where, and
/// (for a code that cannot be carried over) the codes of the target release that might replace it.
/// </summary>
/// <param name="Code">The code, category or rule name concerned ("Y76.4", "Y68.-", "image-control").</param>
/// <param name="OldTitle">Its title in the release the file is checked against, when it has one.</param>
/// <param name="NewTitle">Its title in the target release, when it has one.</param>
/// <param name="Codes">New codes (for a category or rule) or suggestions (for a retired code).</param>
/// <param name="Diagnostic">The same finding as a catalogue diagnostic (CDSL0701–CDSL0705).</param>
public sealed record ReleaseChange(
    ReleaseChangeKind Kind,
    string Code,
    string? OldTitle,
    string? NewTitle,
    IReadOnlyList<ClassificationEntry> Codes,
    TextSpan Span,
    Diagnostic Diagnostic);
