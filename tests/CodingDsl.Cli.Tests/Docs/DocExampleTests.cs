using System.Text.RegularExpressions;
using CodingDsl.Cli.Tests.Support;
using Newtonsoft.Json.Linq;

namespace CodingDsl.Cli.Tests.Docs;

/// <summary>
/// Every command example in README.md and docs/*.md is run (docs/doc-tests.md): the docs cannot show
/// an option that is gone, an exit code that changed or output the tool no longer prints.
/// </summary>
public sealed class DocExampleTests
{
    // What the examples may name, copied into a scratch folder for each block (format and export write).
    private static readonly string[] Fixtures = ["samples", "tests/cases", "tests/baselines"];

    public static TheoryData<string, int> RunnableBlocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in DocExamples.Files())
        {
            foreach (var block in DocExamples.Blocks(file))
            {
                data.Add(file, block[0].Line);
            }
        }
        return data;
    }

    public static TheoryData<string> DocFiles() => new(DocExamples.Files());

    [Theory]
    [MemberData(nameof(RunnableBlocks))]
    public void A_command_example_exits_and_prints_as_documented(string file, int line)
    {
        var block = DocExamples.Blocks(file).Single(b => b[0].Line == line);
        using var scratch = new TempFolder();
        foreach (var fixture in Fixtures)
        {
            CopyFolder(Path.Combine(DocExamples.RepoRoot, fixture), Path.Combine(scratch.Path, fixture));
        }

        foreach (var command in block)
        {
            var result = CliHarness.Run(scratch.Path, Tokenize(command.Arguments));
            var where = $"{command.File}:{command.Line}: codingdsl {command.Arguments}\n{result}";

            Assert.True(command.ExitCode == result.ExitCode, $"exit {result.ExitCode}, the docs say {command.ExitCode}: {where}");
            if (command.ExpectedIsJson)
            {
                Assert.True(JToken.DeepEquals(JToken.Parse(string.Join('\n', command.Expected)), JToken.Parse(result.Out)), $"the JSON shown differs from the output: {where}");
            }
            else
            {
                AssertShownInOrder(command.Expected, (result.Out + result.Error).Replace(scratch.Path, "/repo", StringComparison.Ordinal), where);
            }
        }
    }

    [Theory]
    [MemberData(nameof(DocFiles))]
    public void Every_command_and_option_the_docs_name_exists(string file)
    {
        var stale = new List<string>();
        foreach (var mention in DocExamples.Mentions(file))
        {
            var tokens = mention.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var command = tokens.Length > 0 && Regex.IsMatch(tokens[0], "^[a-z][a-z-]*$") ? tokens[0] : null;
            var help = CliHarness.Run(Path.GetTempPath(), command is null ? ["--help"] : [command, "--help"]);
            if (help.ExitCode != 0)
            {
                stale.Add($"{file}:{mention.Line}: no command '{command}'");
                continue;
            }
            foreach (Match option in Regex.Matches(mention.Arguments, @"(?<![\w-])--[a-z][a-z-]*"))
            {
                if (!Regex.IsMatch(help.Out, $@"(?<![\w-]){Regex.Escape(option.Value)}(?![\w-])"))
                {
                    stale.Add($"{file}:{mention.Line}: '{command ?? "codingdsl"}' has no option {option.Value}");
                }
            }
        }

        Assert.Empty(stale);
    }

    [Fact]
    public void The_docs_hold_command_examples_to_run()
    {
        var runnable = DocExamples.Files().SelectMany(DocExamples.Blocks).SelectMany(b => b).ToList();

        Assert.Contains(runnable, c => c.File == "README.md" && c.Arguments == "check samples");
        Assert.Contains(runnable, c => c.File == "docs/cli.md" && c.ExitCode == 1);
        Assert.Contains(runnable, c => c.ExpectedIsJson);
    }

    // Each shown line matches a whole output line, in order; '…' stands for any text.
    private static void AssertShownInOrder(IReadOnlyList<string> expected, string output, string where)
    {
        var actual = output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var at = 0;
        foreach (var shown in expected.Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var pattern = new Regex("^" + string.Join(".*", shown.Split('…').Select(Regex.Escape)) + "$");
            while (at < actual.Length && !pattern.IsMatch(actual[at].Trim()))
            {
                at++;
            }
            Assert.True(at < actual.Length, $"the docs show a line the output does not have (in this order): {shown}\n{where}");
            at++;
        }
    }

    // Shell-like words: spaces separate, double or single quotes group.
    private static string[] Tokenize(string arguments) =>
        Regex.Matches(arguments, "\"([^\"]*)\"|'([^']*)'|(\\S+)")
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value)
            .ToArray();

    private static void CopyFolder(string from, string to)
    {
        foreach (var source in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }
    }
}
