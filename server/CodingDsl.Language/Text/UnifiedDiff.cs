using System.Text;

namespace CodingDsl.Language;

/// <summary>
/// A line diff of two texts in the unified format `diff -u` and `git diff` print (hunks with three
/// lines of context and `@@ -start,count +start,count @@` headers), so `patch` and reviewers read it.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>Null when the texts have the same lines (line endings aside); otherwise the headers and hunks.</summary>
    public static string? Of(string before, string after, string beforeName, string afterName)
    {
        var a = Lines(before);
        var b = Lines(after);
        if (a.SequenceEqual(b, StringComparer.Ordinal))
        {
            return null;
        }

        var ops = Operations(a, b);
        var output = new StringBuilder().Append("--- ").Append(beforeName).Append('\n')
            .Append("+++ ").Append(afterName).Append('\n');
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
            var removed = 0;
            var added = 0;
            for (var k = start; k < end; k++)
            {
                removed += ops[k].Kind == '+' ? 0 : 1;
                added += ops[k].Kind == '-' ? 0 : 1;
            }
            output.Append($"@@ -{Range(ops[start].A, removed)} +{Range(ops[start].B, added)} @@\n");
            for (var k = start; k < end; k++)
            {
                output.Append(ops[k].Kind).Append(ops[k].Text).Append('\n');
            }
            i = end;
        }
        return output.ToString();
    }

    // diff -u's convention: an empty side is "line before it, count 0"; a one-line side has no count.
    private static string Range(int start, int count) => count switch
    {
        0 => $"{start},0",
        1 => $"{start + 1}",
        _ => $"{start + 1},{count}",
    };

    private static string[] Lines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return lines.Length > 0 && lines[^1].Length == 0 ? lines[..^1] : lines;
    }

    private readonly record struct Op(char Kind, string Text, int A, int B);

    /// <summary>
    /// Keep/remove/add operations: the common first and last lines, then a longest common subsequence
    /// of what lies between (formatting changes a few lines of a long file; the table stays small).
    /// </summary>
    private static List<Op> Operations(string[] a, string[] b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }
        var ops = new List<Op>();
        for (var k = 0; k < prefix; k++)
        {
            ops.Add(new Op(' ', a[k], k, k));
        }

        int n = a.Length - prefix - suffix, m = b.Length - prefix - suffix;
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[prefix + x] == b[prefix + y])
            {
                ops.Add(new Op(' ', a[prefix + x], prefix + x++, prefix + y++));
            }
            else if (x < n && (y == m || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                ops.Add(new Op('-', a[prefix + x], prefix + x++, prefix + y));
            }
            else
            {
                ops.Add(new Op('+', b[prefix + y], prefix + x, prefix + y++));
            }
        }
        for (var k = 0; k < suffix; k++)
        {
            ops.Add(new Op(' ', a[a.Length - suffix + k], a.Length - suffix + k, b.Length - suffix + k));
        }
        return ops;
    }
}
