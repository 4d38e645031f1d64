using CodingDsl.Language.Text;
using CodingDsl.LanguageServer.Protocol;

namespace CodingDsl.LanguageServer.Documents;

/// <summary>Applies LSP content changes (UTF-16 ranges) to a text.</summary>
public static class TextChanges
{
    /// <summary>Applies the changes in order, each to the result of the one before (LSP semantics).</summary>
    public static SourceText Apply(SourceText text, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        foreach (var change in changes)
        {
            text = new SourceText(Apply(text, change));
        }
        return text;
    }

    private static string Apply(SourceText text, TextDocumentContentChangeEvent change)
    {
        if (change.Range is null)
        {
            return change.Text ?? string.Empty;
        }
        // Positions outside the document clamp to its bounds rather than failing the change.
        var start = text.GetOffset(ToLinePosition(change.Range.Start));
        var end = text.GetOffset(ToLinePosition(change.Range.End));
        if (end < start)
        {
            (start, end) = (end, start);
        }
        return string.Concat(text.Text.AsSpan(0, start), change.Text ?? string.Empty, text.Text.AsSpan(end));
    }

    public static LinePosition ToLinePosition(Position position) => new(position.Line, position.Character);
}
