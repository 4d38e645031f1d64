using CodingDsl.Language.Syntax;

namespace CodingDsl.Language.Tests.Syntax;

/// <summary>
/// The examples of docs/language.md, so a construct's paragraph in the reference is its sample: the
/// tests that ask for every kind of node and every word in its place read them beside the sample and
/// case files. An example is a fenced block with no language (or `coding`) that is not a transcript
/// (no line starts with `$ `). Most are fragments (a section, a statement), so each is read as written,
/// else as a guidance's items, else as a procedure section's items; the first reading without a
/// syntax error is kept, and an example that has one in every reading (a `…` standing for text, a
/// deliberate mistake) is left out.
/// </summary>
internal static class LanguageDocExamples
{
    private static readonly Lazy<IReadOnlyList<string>> Parsed = new(() => Blocks().Select(Reading).OfType<string>().ToArray());

    public static string Path => System.IO.Path.Combine(RepoPaths.Root, "docs", "language.md");

    /// <summary>Every example that parses in one of its readings, as that reading's text.</summary>
    public static IReadOnlyList<string> ThatParse => Parsed.Value;

    /// <summary>The examples' text, each dedented by its fence's indentation (an example inside a list item).</summary>
    public static IEnumerable<string> Blocks()
    {
        var lines = File.ReadAllLines(Path);
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = lines[i].TrimStart();
            if (!fence.StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }
            var indent = lines[i].Length - fence.Length;
            var info = fence[3..].Trim();
            var end = i + 1;
            while (end < lines.Length && lines[end].Trim() != "```")
            {
                end++;
            }
            var body = lines[(i + 1)..Math.Min(end, lines.Length)].Select(l => l.Length >= indent && l[..indent].Trim().Length == 0 ? l[indent..] : l.TrimStart()).ToArray();
            i = end;
            if (info is "" or "coding" && !body.Any(l => l.StartsWith("$ ", StringComparison.Ordinal)))
            {
                yield return string.Join('\n', body) + "\n";
            }
        }
    }

    /// <summary>The example as written, inside a guidance, or inside a procedure section: the first that parses without a syntax error.</summary>
    public static string? Reading(string example) =>
        new[] { example, $"guidance X1 \"t\" {{\n{example}}}\n", $"guidance X1 \"t\" {{\nprocedure {{\n{example}}}\n}}\n" }
            .FirstOrDefault(text => SyntaxTree.Parse(text).Diagnostics.Count == 0);
}
