using CodingDsl.Language.Classifications;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Releases;

/// <summary>
/// What `codingdsl upgrade` (and the editor's "Upgrade this file to …" action) does to one file: the
/// text edits (the `classifications` line and titles, at their tokens; nothing else moves), and every
/// change found, including the codes that cannot be carried over and stay as they are.
/// </summary>
/// <param name="Target">The release upgraded to.</param>
/// <param name="TargetTable">Its table, for names in messages; null when it is not configured.</param>
/// <param name="Edits">Non-overlapping edits in document order.</param>
/// <param name="Changes">Every finding of the comparison, in document order.</param>
/// <param name="Declared">Ids of guidances that had no `classifications` entry for the system (they followed the default table) and now declare the target.</param>
public sealed record UpgradePlan(
    ReleaseName Target,
    IClassificationTable? TargetTable,
    string OriginalText,
    IReadOnlyList<TextEdit> Edits,
    IReadOnlyList<ReleaseChange> Changes,
    IReadOnlyList<string> Declared)
{
    /// <summary>The file's text after the edits.</summary>
    public string NewText => TextEdit.Apply(OriginalText, Edits);

    public bool ChangesText => Edits.Count > 0;

    /// <summary>Where an offset of the original text is in <see cref="NewText"/> (edits before it shift it).</summary>
    public int MapToNewText(int offset)
    {
        var shift = 0;
        foreach (var edit in Edits)
        {
            if (edit.Span.End <= offset)
            {
                shift += edit.NewText.Length - edit.Span.Length;
            }
        }
        return offset + shift;
    }

    /// <summary>Codes left in place with an error (not in the target, or now needing a fourth character).</summary>
    public IEnumerable<ReleaseChange> Errors => Changes.Where(c => c.Kind is ReleaseChangeKind.Retired or ReleaseChangeKind.NowSubdivided);
}
