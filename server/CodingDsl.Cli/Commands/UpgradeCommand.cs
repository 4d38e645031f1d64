using System.CommandLine;
using CodingDsl.Cli.Checking;
using CodingDsl.Cli.Output;
using CodingDsl.Cli.Rewriting;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Files;
using CodingDsl.Language.Releases;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Cli.Commands;

/// <summary>
/// `codingdsl upgrade --to opcs-4.11 [--write] [paths]`: moves rule files to another configured
/// release. The `classifications` line and changed titles are rewritten at their tokens (comments and
/// layout stay); codes that cannot be carried over stay as they are, with an error and candidates. A
/// Markdown summary per file goes to standard output, for the pull request. Exit 1 when a code was
/// left in place or a file could not be upgraded, 2 on a usage or I/O error, else 0.
/// </summary>
public sealed class UpgradeCommand : Command
{
    private readonly CliEnvironment env;

    private readonly Argument<string[]> paths = new("paths")
    {
        Description = "Rule files and folders to upgrade (default: the working directory). Folders are searched recursively for *.coding.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string> to = new("--to")
    {
        Description = "The release to upgrade to, as a classifications line names it (opcs-4.11, icd-10-5); its table must be configured in codingdsl.json.",
        HelpName = "release",
        Required = true,
    };

    private readonly Option<bool> write = new("--write")
    {
        Description = "Rewrite the files (each atomically). Without it nothing is written: the summary says what would change.",
    };

    public UpgradeCommand(CliEnvironment env)
        : base("upgrade", "Move rule files to another classification release and summarise the change in Markdown.")
    {
        this.env = env;
        PathsArgument.RejectUnknownOptions(paths, env.WorkingDirectory);
        Add(paths);
        Add(to);
        Add(write);
        SetAction(parseResult => Run(Bind(parseResult)));
    }

    private UpgradeArguments Bind(ParseResult parseResult)
    {
        var release = parseResult.GetRequiredValue(to);
        var target = ReleaseName.Parse(release)
            ?? throw new CliException($"'{release}' is not a release: write it as a classifications line does, e.g. opcs-4.11 or icd-10-5");
        var given = parseResult.GetValue(paths) is { Length: > 0 } p ? p : ["."];
        return new UpgradeArguments(target, given, parseResult.GetValue(write));
    }

    public int Run(UpgradeArguments arguments)
    {
        var files = FileCollector.Collect(arguments.Paths, env.WorkingDirectory, SkippedFileReporter.For(env));
        var display = new PathDisplay(env.WorkingDirectory);
        var texts = files.Select(f => Read(f, display.ForDisplay(f))).ToArray();
        var analyses = WorkspaceAnalyzer.Analyze(files.Select((f, i) => new DocumentInput(f, texts[i].Text)).ToArray());
        ReleaseCheck.RequireTarget(analyses, arguments.Target);

        UpgradeMarkdown.WriteHeader(env.Out, arguments.Target, arguments.Write);
        int changed = 0, leftInPlace = 0, refused = 0;
        foreach (var (analysis, i) in analyses.Select((a, i) => (a, i)))
        {
            var shown = display.ForDisplay(files[i]);
            if (analysis.Diagnostics.FirstOrDefault(d => d.Code.StartsWith("CDSL01", StringComparison.Ordinal) && d.Level == DiagnosticLevel.Error) is { } syntax)
            {
                refused++;
                env.Out.WriteLine($"## {shown.Replace('\\', '/')}");
                env.Out.WriteLine();
                env.Out.WriteLine($"Not upgraded: the file has syntax errors (line {analysis.Text.GetPosition(syntax.Span.Start).Line + 1}: {syntax.Message}). Fix them and run the upgrade again.");
                env.Out.WriteLine();
                continue;
            }
            var plan = UpgradePlanner.Plan(analysis, arguments.Target);
            leftInPlace += plan.Errors.Count();
            var status = !plan.ChangesText ? "Unchanged" : arguments.Write ? "Rewritten" : "Would be rewritten";
            if (plan.ChangesText)
            {
                changed++;
                if (arguments.Write)
                {
                    Write(files[i], shown, texts[i], plan.NewText);
                }
            }
            UpgradeMarkdown.WriteFile(env.Out, shown, plan, status);
        }
        UpgradeMarkdown.WriteTotals(env.Out, files.Count, changed, leftInPlace, arguments.Write);
        env.Out.Flush();
        return leftInPlace > 0 || refused > 0 ? ExitCodes.DiagnosticsFound : ExitCodes.Success;
    }

    /// <summary>
    /// Read as it will be written back (encoding and byte-order mark kept), so edit offsets hold; through
    /// the same bounded, regular-files-only reader as every other rule file.
    /// </summary>
    private static RuleFileText Read(string path, string shown)
    {
        byte[] bytes;
        try
        {
            bytes = SafeFileReader.ReadAllBytes(path, FileLimit.RuleFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{shown}': {SingleLine.Of(e.Message)}", e);
        }
        return RuleFileText.TryDecode(bytes, out var file)
            ? file
            : throw new CliException($"cannot upgrade '{shown}': it is not valid UTF-8 or UTF-16 text, so it could not be written back unchanged");
    }

    private static void Write(string path, string shown, RuleFileText file, string text)
    {
        try
        {
            SafeFileWriter.Replace(path, file.Encode(text));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{shown}': {SingleLine.Of(e.Message)}", e);
        }
    }
}
