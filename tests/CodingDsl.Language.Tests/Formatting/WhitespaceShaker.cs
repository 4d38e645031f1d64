using System.Text;

namespace CodingDsl.Language.Tests.Formatting;

/// <summary>
/// Rewrites the whitespace between tokens at random without changing meaning: line breaks may be
/// added, multiplied or removed (never after a comment, which would swallow the next token), and
/// spaces become runs of spaces and tabs.
/// </summary>
internal static class WhitespaceShaker
{
    private static readonly string[] Blanks = ["", " ", "  ", "\t", " \t "];

    public static string Shake(string text, Random random) => Rewrite(text, random, keepLineBreaks: false);

    /// <summary>Only the blanks within lines change: every line break stays where it is.</summary>
    public static string ShakeBlanks(string text, Random random) => Rewrite(text, random, keepLineBreaks: true);

    private static string Rewrite(string text, Random random, bool keepLineBreaks)
    {
        var tokens = System.Text.RegularExpressions.Regex.Matches(text, @"//[^\r\n]*|""(?:\\[""\\]|[^""\r\n])*""?|[A-Za-z0-9][A-Za-z0-9._\-]*[†*+]?|\S");
        var builder = new StringBuilder();
        var position = 0;
        var afterComment = false;
        foreach (System.Text.RegularExpressions.Match token in tokens)
        {
            var gap = text[position..token.Index];
            builder.Append(keepLineBreaks ? SameBreaks(gap, random) : position == 0 ? Leading(random) : NewGap(gap, afterComment, random));
            builder.Append(token.Value);
            afterComment = token.Value.StartsWith("//", StringComparison.Ordinal);
            position = token.Index + token.Length;
        }
        builder.Append(keepLineBreaks ? SameBreaks(text[position..], random) : NewGap(text[position..], afterComment, random));
        return builder.ToString();
    }

    private static string SameBreaks(string gap, Random random)
    {
        var lines = gap.Split('\n');
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }
            builder.Append(Blanks[random.Next(Blanks.Length)]);
            if (lines[i].EndsWith('\r'))
            {
                builder.Append('\r');
            }
        }
        if (builder.Length == 0 && gap.Length > 0)
        {
            builder.Append(' ');
        }
        return builder.ToString();
    }

    private static string Leading(Random random) => random.Next(3) == 0 ? "\n\n " : "";

    private static string NewGap(string gap, bool afterComment, Random random)
    {
        var hadBreak = gap.Contains('\n');
        var breaks = random.Next(6) switch
        {
            0 => 0,
            1 => 2,
            2 => 3,
            _ => hadBreak ? 1 : 0,
        };
        if (afterComment && breaks == 0)
        {
            breaks = 1;
        }
        var builder = new StringBuilder(Blanks[random.Next(Blanks.Length)]);
        for (var i = 0; i < breaks; i++)
        {
            builder.Append('\n').Append(Blanks[random.Next(Blanks.Length)]);
        }
        // Two tokens must stay apart unless they were already touching.
        if (builder.Length == 0 && gap.Length > 0)
        {
            builder.Append(' ');
        }
        return builder.ToString();
    }
}
