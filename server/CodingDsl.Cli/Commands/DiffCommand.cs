using System.CommandLine;
using CodingDsl.Cli.Diffing;
using CodingDsl.Cli.Rewriting;
using CodingDsl.Export.Diff;

namespace CodingDsl.Cli.Commands;

/// <summary>
/// `codingdsl diff &lt;base&gt; &lt;head&gt; [paths...] [--repo dir] [--format text|json|markdown] [--output file|-]
/// [--link-base url] [--exit-code]`: compiles both sides and reports what changed in meaning, per
/// guidance (matched by id, so a renamed file is no change), rule and set. Exit 0; 1 when a side has
/// files with errors, or with --exit-code when the meaning changed; 2 on usage, git or I/O errors.
/// See docs/cli.md.
/// </summary>
public sealed class DiffCommand : Command
{
    private readonly CliEnvironment env;

    private readonly Argument<string> baseSide = new("base")
    {
        Description = "The side compared against: a folder, or a git revision (origin/main, a commit id, HEAD~1).",
    };

    private readonly Argument<string> headSide = new("head")
    {
        Description = "The side compared: a folder (. for the working tree), or a git revision.",
    };

    private readonly Argument<string[]> paths = new("paths")
    {
        Description = "For revisions: the files and folders to compare (relative to the current folder); default the whole repository.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string?> repository = new("--repo")
    {
        Description = "A folder in the git repository revisions are read from (default: the current folder).",
        HelpName = "folder",
    };

    private readonly Option<string> format = new("--format", "-f")
    {
        Description = "text, json or markdown (for a pull-request comment or a GitHub job summary).",
        DefaultValueFactory = _ => "text",
    };

    private readonly Option<string?> output = new("--output", "-o")
    {
        Description = "Write the report to this file (through a temporary file and a rename) instead of standard output ('-' for standard output).",
        HelpName = "file",
    };

    private readonly Option<string> linkBase = new("--link-base")
    {
        Description = "Markdown: prefixed to head-side paths in links, e.g. https://github.com/owner/repo/blob/<sha>/ (default: relative links).",
        DefaultValueFactory = _ => "",
        HelpName = "url",
    };

    private readonly Option<bool> exitCode = new("--exit-code")
    {
        Description = "Exit with code 1 when the meaning changed (as git diff --exit-code).",
    };

    public DiffCommand(CliEnvironment env)
        : base("diff", "Report what changed in meaning between two revisions or folders of rule files.")
    {
        this.env = env;
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        Add(baseSide);
        Add(headSide);
        Add(paths);
        Add(repository);
        Add(format);
        Add(output);
        Add(linkBase);
        Add(exitCode);
        SetAction(parseResult => Run(new DiffArguments(
            parseResult.GetRequiredValue(baseSide),
            parseResult.GetRequiredValue(headSide),
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(repository),
            Enum.Parse<DiffFormat>(parseResult.GetRequiredValue(format), ignoreCase: true),
            parseResult.GetValue(output),
            parseResult.GetRequiredValue(linkBase),
            parseResult.GetValue(exitCode))));
    }

    public int Run(DiffArguments arguments)
    {
        var repo = Path.GetFullPath(arguments.Repository ?? ".", env.WorkingDirectory);
        if (!Directory.Exists(repo))
        {
            throw new CliException($"--repo '{arguments.Repository}' is not a folder");
        }
        var (baseSide, before) = SideLoader.Load(arguments.Base, arguments.Paths, repo, env.WorkingDirectory);
        var (headSide, after) = SideLoader.Load(arguments.Head, arguments.Paths, repo, env.WorkingDirectory);
        var report = new DiffReport(baseSide, headSide, MeaningComparer.Compare(before, after));

        Action<TextWriter> write = arguments.Format switch
        {
            DiffFormat.Json => w => DiffJsonWriter.Write(report, w),
            DiffFormat.Markdown => w => new DiffMarkdownWriter(arguments.LinkBase).Write(report, w),
            _ => w => DiffTextWriter.Write(report, w),
        };
        if (arguments.WritesToStandardOutput)
        {
            write(env.Out);
            env.Out.Flush();
        }
        else
        {
            OutputFile.WriteText(arguments.OutputPath!, env.WorkingDirectory, write);
        }

        var withErrors = baseSide.FilesWithErrors.Count + headSide.FilesWithErrors.Count > 0;
        return withErrors || (arguments.ExitCode && report.Diff.HasChanges) ? ExitCodes.DiagnosticsFound : ExitCodes.Success;
    }
}
