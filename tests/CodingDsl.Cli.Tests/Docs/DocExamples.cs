using System.Text.RegularExpressions;
using CodingDsl.Language.Tests;

namespace CodingDsl.Cli.Tests.Docs;

/// <summary>A `codingdsl` command line found in the documentation, and what the docs say it does.</summary>
/// <param name="File">The Markdown file, relative to the repository.</param>
/// <param name="Line">1-based line of the command.</param>
/// <param name="Arguments">What follows `codingdsl` (or `dotnet run --project server/CodingDsl.Cli --`), without a trailing `# comment`.</param>
/// <param name="ExitCode">From a trailing `# exit N` comment; 0 when none is given.</param>
/// <param name="Expected">Output lines shown for it (a transcript's lines after `$ codingdsl …`, or an output block).</param>
/// <param name="ExpectedIsJson">The expected output is one JSON document, compared as JSON.</param>
public sealed record DocCommand(string File, int Line, string Arguments, int ExitCode, IReadOnlyList<string> Expected, bool ExpectedIsJson = false)
{
    /// <summary>A usage synopsis (`check &lt;paths&gt;... [--format …]`) is not run; its command and options must exist.</summary>
    public bool IsSynopsis => Regex.IsMatch(Arguments, @"[<\[|…]|\.\.\.");
}

/// <summary>
/// Finds the command examples in README.md and docs/*.md (the convention is in docs/doc-tests.md):
/// every command line in a fenced block, every inline `codingdsl …` span, and the blocks marked
/// `&lt;!-- doc-test output: codingdsl … --&gt;` (the block is that command's output) or
/// `&lt;!-- doc-test skip: reason --&gt;` (not run).
/// </summary>
public static partial class DocExamples
{
    public static string RepoRoot => RepoPaths.Root;

    public static IEnumerable<string> Files() =>
        new[] { "README.md" }.Concat(Directory.GetFiles(Path.Combine(RepoRoot, "docs"), "*.md").Select(f => "docs/" + Path.GetFileName(f)).Order(StringComparer.Ordinal));

    /// <summary>Runnable commands of fenced blocks, grouped by block (a transcript's commands run in order, in one scratch folder).</summary>
    public static IReadOnlyList<IReadOnlyList<DocCommand>> Blocks(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoRoot, file));
        var blocks = new List<IReadOnlyList<DocCommand>>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }
            var marker = PreviousNonEmpty(lines, i);
            var language = lines[i].TrimStart()[3..].Trim();
            var end = i + 1;
            while (end < lines.Length && !lines[end].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                end++;
            }
            var body = lines[(i + 1)..end];
            if (OutputMarker().Match(marker) is { Success: true } output)
            {
                var (arguments, exit) = SplitComment(output.Groups[1].Value.Trim());
                blocks.Add([new DocCommand(file, i + 1, Strip(arguments), exit, body, language == "json")]);
            }
            else if (!SkipMarker().IsMatch(marker))
            {
                var commands = CommandsIn(file, body, i + 2).Where(c => !c.IsSynopsis).ToList();
                if (commands.Count > 0)
                {
                    blocks.Add(commands);
                }
            }
            i = end;
        }
        return blocks;
    }

    /// <summary>Synopses in fenced blocks and every inline `codingdsl …` span: checked against --help, not run.</summary>
    public static IReadOnlyList<DocCommand> Mentions(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoRoot, file));
        var found = new List<DocCommand>();
        var inFence = false;
        var fence = new List<string>();
        var fenceStart = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                if (inFence)
                {
                    found.AddRange(CommandsIn(file, fence, fenceStart).Where(c => c.IsSynopsis));
                    fence.Clear();
                }
                inFence = !inFence;
                fenceStart = i + 2;
                continue;
            }
            if (inFence)
            {
                fence.Add(lines[i]);
                continue;
            }
            foreach (Match span in InlineCommand().Matches(lines[i]))
            {
                found.Add(new DocCommand(file, i + 1, span.Groups[1].Value.Trim(), 0, []));
            }
        }
        return found;
    }

    private static List<DocCommand> CommandsIn(string file, IReadOnlyList<string> body, int firstLine)
    {
        var commands = new List<DocCommand>();
        for (var k = 0; k < body.Count; k++)
        {
            var match = CommandLine().Match(body[k]);
            if (!match.Success)
            {
                continue;
            }
            var (arguments, exit) = SplitComment(match.Groups["args"].Value.Trim());
            var expected = new List<string>();
            if (match.Groups["prompt"].Success)
            {
                // A transcript: the output runs to the next prompt.
                for (var j = k + 1; j < body.Count && !body[j].TrimStart().StartsWith("$ ", StringComparison.Ordinal); j++)
                {
                    expected.Add(body[j]);
                }
            }
            commands.Add(new DocCommand(file, firstLine + k, arguments, exit, expected));
        }
        return commands;
    }

    private static (string Arguments, int Exit) SplitComment(string text)
    {
        var hash = text.IndexOf(" #", StringComparison.Ordinal);
        if (hash < 0)
        {
            return (text, 0);
        }
        var exit = ExitComment().Match(text[hash..]);
        return (text[..hash].Trim(), exit.Success ? int.Parse(exit.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0);
    }

    private static string Strip(string commandLine) => CommandLine().Match(commandLine) is { Success: true } m ? m.Groups["args"].Value.Trim() : commandLine;

    private static string PreviousNonEmpty(string[] lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (lines[i].Trim().Length > 0)
            {
                return lines[i].Trim();
            }
        }
        return "";
    }


    [GeneratedRegex(@"^\s*(?:-\s+)?(?:run:\s+)?(?<prompt>\$\s+)?(?:codingdsl|dotnet run --project server/CodingDsl\.Cli(?: -c Release)? --)(?:\s+(?<args>[a-z<\-].*))?$")]
    private static partial Regex CommandLine();

    [GeneratedRegex(@"`(?:codingdsl|dotnet run --project server/CodingDsl\.Cli(?: -c Release)? --)\s+((?:[a-z][a-z-]*|-)[^`]*)`")]
    private static partial Regex InlineCommand();

    [GeneratedRegex(@"^<!--\s*doc-test output:\s*(.+?)\s*-->$")]
    private static partial Regex OutputMarker();

    [GeneratedRegex(@"^<!--\s*doc-test skip:\s*.+-->$")]
    private static partial Regex SkipMarker();

    [GeneratedRegex(@"#\s*exit\s+(\d+)")]
    private static partial Regex ExitComment();
}
