using System.CommandLine;
using CodingDsl.Cli.Checking;
using CodingDsl.Cli.Output;
using CodingDsl.Cli.Rewriting;
using CodingDsl.Language.Releases;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Cli.Commands;

/// <summary>
/// `codingdsl check &lt;paths&gt;... [--format text|json|sarif|github] [--fail-level error|warning|info] [--output file|-]`:
/// analyses the rule files together (so cross-file checks see all of them), prints the diagnostics and
/// exits 1 when any is at or above the fail level. See docs/cli.md.
/// </summary>
public sealed class CheckCommand : Command
{
    private readonly CliEnvironment env;

    private readonly Argument<string[]> paths = new("paths")
    {
        Description = "Rule files and folders to check. Folders are searched recursively for *.coding (bin, obj, node_modules and .git are skipped).",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> format = new("--format", "-f")
    {
        Description = "Output format: text (compiler-style lines), json, sarif (SARIF 2.1.0) or github (workflow annotations).",
        DefaultValueFactory = _ => "text",
    };

    private readonly Option<string> failLevel = new("--fail-level")
    {
        Description = "Exit with code 1 when a diagnostic at or above this level is found.",
        DefaultValueFactory = _ => "error",
    };

    private readonly Option<string?> output = new("--output", "-o")
    {
        Description = "Write the report to this file instead of standard output ('-' for standard output).",
        HelpName = "file",
    };

    private readonly Option<string?> against = new("--against")
    {
        Description = "Also compare every file with another configured release (opcs-4.11, icd-10-5): retired codes, changed titles, newly subdivided codes, categories and rules that gain codes.",
        HelpName = "release",
    };

    public CheckCommand(CliEnvironment env)
        : base("check", "Check rule files and report their diagnostics.")
    {
        this.env = env;
        format.AcceptOnlyFromAmong([.. OutputFormats.Names]);
        failLevel.AcceptOnlyFromAmong([.. LevelNames.FailLevelNames]);
        PathsArgument.RejectUnknownOptions(paths, env.WorkingDirectory);
        Add(paths);
        Add(format);
        Add(failLevel);
        Add(output);
        Add(against);
        SetAction(parseResult => Run(Bind(parseResult)));
    }

    private CheckArguments Bind(ParseResult parseResult) => new(
        parseResult.GetRequiredValue(paths),
        OutputFormats.Parse(parseResult.GetRequiredValue(format)),
        LevelNames.ParseFailLevel(parseResult.GetRequiredValue(failLevel)),
        parseResult.GetValue(output))
    {
        Against = parseResult.GetValue(against) is { } release
            ? ReleaseName.Parse(release) ?? throw new CliException($"'{release}' is not a release: write it as a classifications line does, e.g. opcs-4.11 or icd-10-5")
            : null,
    };

    public int Run(CheckArguments arguments)
    {
        var files = FileCollector.Collect(arguments.Paths, env.WorkingDirectory, SkippedFileReporter.For(env));
        var documents = DocumentReader.ReadAll(files);
        var analyses = WorkspaceAnalyzer.Analyze(documents, new CodingWorkspace { DisplayRoots = [env.WorkingDirectory] });
        if (arguments.Against is { } target)
        {
            analyses = ReleaseCheck.AddChanges(analyses, target);
        }
        var report = CheckReport.Create(analyses, new PathDisplay(env.WorkingDirectory));

        var formatter = OutputFormats.CreateFormatter(arguments.Format);
        if (arguments.WritesToStandardOutput)
        {
            formatter.Write(report, env.Out);
            env.Out.Flush();
        }
        else
        {
            WriteToFile(arguments.OutputPath!, env.WorkingDirectory, report, formatter);
        }

        return report.HasDiagnosticsAtOrAbove(arguments.FailLevel) ? ExitCodes.DiagnosticsFound : ExitCodes.Success;
    }

    private static void WriteToFile(string givenPath, string workingDirectory, CheckReport report, IReportFormatter formatter)
    {
        // Formatted in memory first, so a failed write never leaves half a report behind a good exit code.
        var text = new StringWriter { NewLine = "\n" };
        formatter.Write(report, text);
        OutputFile.WriteText(givenPath, workingDirectory, w => w.Write(text.ToString()));
    }
}
