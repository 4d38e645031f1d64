using CodingDsl.Language.Text;

namespace CodingDsl.Language.Formatter;

/// <summary>
/// The outcome of formatting one document. Either the document could be formatted
/// (<see cref="NotFormattedReason"/> is null) and <see cref="Edits"/> turn the original text into
/// <see cref="FormattedText"/>, or it could not (syntax errors) and there are no edits.
/// </summary>
/// <param name="OriginalText">The text that was formatted; edit spans are offsets into it.</param>
/// <param name="FormattedText">The text after the edits; the original text when nothing could be formatted.</param>
/// <param name="Edits">Small, non-overlapping edits that only change whitespace between tokens and comments, in document order.</param>
/// <param name="NotFormattedReason">A sentence for people saying why the document was left alone.</param>
public sealed record FormattingResult(
    string OriginalText,
    string FormattedText,
    IReadOnlyList<TextEdit> Edits,
    string? NotFormattedReason)
{
    public bool CanFormat => NotFormattedReason is null;

    /// <summary>True when formatting changes the text (the document is not yet canonical).</summary>
    public bool Changed => Edits.Count > 0;

    /// <summary>One edit replacing the whole document, for clients that prefer it; null when nothing changes.</summary>
    public TextEdit? WholeDocumentEdit =>
        Changed ? new TextEdit(new TextSpan(0, OriginalText.Length), FormattedText) : null;

    internal static FormattingResult NotFormatted(string text, string reason) => new(text, text, [], reason);
}
