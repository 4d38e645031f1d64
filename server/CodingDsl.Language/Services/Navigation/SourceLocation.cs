using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

/// <summary>
/// A place in some document: its full path (or <see cref="DocumentResolver.StandardLibraryPath"/> for
/// the standard library, whose text is StandardRules.Text), the span and, for hosts that need lines, its range.
/// </summary>
public sealed record SourceLocation(string Path, TextSpan Span, LineRange Range);
