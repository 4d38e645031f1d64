using System.Text.RegularExpressions;

namespace CodingDsl.Language.Tests.Formatting;

/// <summary>
/// A token lister written for the tests, independent of the formatter's own lexer, so a mistake in
/// one cannot hide in the other: words (with a dagger/asterisk mark), strings, comments (without
/// trailing blanks) and single symbols, in order.
/// </summary>
internal static partial class SourceTokens
{
    [GeneratedRegex(@"//[^\r\n]*|""(?:\\[""\\]|[^""\r\n])*""?|[A-Za-z0-9][A-Za-z0-9._\-]*[†*+]?|\S")]
    private static partial Regex Token();

    public static IReadOnlyList<string> All(string text) =>
        Token().Matches(text).Select(m => m.Value.StartsWith("//", StringComparison.Ordinal) ? m.Value.TrimEnd() : m.Value).ToArray();

    public static IReadOnlyList<string> Code(string text) => All(text).Where(t => !t.StartsWith("//", StringComparison.Ordinal)).ToArray();

    public static IReadOnlyList<string> Comments(string text) => All(text).Where(t => t.StartsWith("//", StringComparison.Ordinal)).ToArray();
}
