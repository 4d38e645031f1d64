using System.Text;

namespace CodingDsl.Language.Tests.Baselines;

/// <summary>A line diff of two texts, printed like `diff -u` (hunks with three lines of context).</summary>
internal static class LineDiff
{
    private const int Context = 3;

    /// <summary>Null when the texts have the same lines; otherwise the hunks that differ.</summary>
    public static string? Unified(string expected, string actual, string expectedName, string actualName)
    {
        var a = Lines(expected);
        var b = Lines(actual);
        if (a.SequenceEqual(b, StringComparer.Ordinal))
        {
            return null;
        }

        var ops = Operations(a, b);
        var output = new StringBuilder().Append("--- ").Append(expectedName).Append('\n')
            .Append("+++ ").Append(actualName).Append('\n');
        var i = 0;
        while (i < ops.Count)
        {
            if (ops[i].Kind == ' ')
            {
                i++;
                continue;
            }
            // A hunk: from Context lines before this change to Context lines after the last change
            // that lies within 2 * Context of the previous one.
            var start = Math.Max(0, i - Context);
            var end = i;
            while (end < ops.Count)
            {
                var next = end;
                while (next < ops.Count && ops[next].Kind == ' ')
                {
                    next++;
                }
                if (next == ops.Count || next - end > 2 * Context)
                {
                    break;
                }
                end = next + 1;
            }
            end = Math.Min(ops.Count, end + Context);
            var first = ops[start];
            output.Append($"@@ -{first.A + 1} +{first.B + 1} @@\n");
            for (var k = start; k < end; k++)
            {
                output.Append(ops[k].Kind).Append(ops[k].Text).Append('\n');
            }
            i = end;
        }
        return output.ToString();
    }

    private static string[] Lines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return lines.Length > 0 && lines[^1].Length == 0 ? lines[..^1] : lines;
    }

    private readonly record struct Op(char Kind, string Text, int A, int B);

    /// <summary>Longest common subsequence of lines, walked into keep/remove/add operations.</summary>
    private static List<Op> Operations(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var ops = new List<Op>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                ops.Add(new Op(' ', a[x], x++, y++));
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                ops.Add(new Op('-', a[x], x++, y));
            }
            else
            {
                ops.Add(new Op('+', b[y], x, y++));
            }
        }
        return ops;
    }
}
