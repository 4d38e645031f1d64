namespace CodingDsl.Language.Formatter;

/// <summary>
/// The tree and the text disagree in a way the formatter cannot lay out safely. Caught by
/// <see cref="DocumentFormatter"/>, which then leaves the document unchanged and says why.
/// </summary>
internal sealed class LayoutException(string message) : Exception(message);
