using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

/// <summary>Hover content as Markdown, and the span of the word it describes.</summary>
public sealed record HoverResult(string Markdown, TextSpan Span);
