namespace CodingDsl.Language.Text;

/// <summary>Replace <see cref="Span"/> with <see cref="NewText"/>.</summary>
public sealed record TextEdit(TextSpan Span, string NewText)
{
    /// <summary>Applies non-overlapping edits, last first so earlier offsets stay valid.</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var result = text;
        foreach (var edit in edits.OrderByDescending(e => e.Span.Start).ThenByDescending(e => e.Span.End))
        {
            result = string.Concat(result.AsSpan(0, edit.Span.Start), edit.NewText, result.AsSpan(edit.Span.End));
        }
        return result;
    }
}
