using System.CommandLine;
using CodingDsl.Cli.Checking;
using CodingDsl.Cli.Output;
using CodingDsl.Cli.Rewriting;
using CodingDsl.Language;
using CodingDsl.Language.Files;
using CodingDsl.Language.Formatter;

namespace CodingDsl.Cli.Commands;

/// <summary>
/// `codingdsl format [--check] &lt;paths&gt;...`: puts rule files into the canonical layout
/// (docs/formatting.md), rewriting in place only the files whose text changes. With --check nothing
/// is written: the files that are not formatted are listed and the exit code is 1, for CI. A file
/// with syntax errors is never rewritten: it is reported and makes the exit code 1. Unreadable or
/// unwritable files and bad usage exit 2. --diff (which implies --check) prints what would change as a
/// unified diff (`--- a/path`, `+++ b/path`, as `git diff` names files, so `git apply` takes it).
/// </summary>
public sealed class FormatCommand : Command
{
    private readonly CliEnvironment env;

    private readonly Argument<string[]> paths = new("paths")
    {
        Description = "Rule files and folders to format. Folders are searched recursively for *.coding (bin, obj, node_modules and .git are skipped).",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<bool> check = new("--check")
    {
        Description = "Rewrite nothing: list the files that are not formatted and exit with code 1 if there are any.",
    };

    private readonly Option<bool> diff = new("--diff")
    {
        Description = "With --check (implied): show what would change, as a unified diff, instead of listing the files.",
    };

    public FormatCommand(CliEnvironment env)
        : base("format", "Format rule files in place into the canonical layout.")
    {
        this.env = env;
        PathsArgument.RejectUnknownOptions(paths, env.WorkingDirectory);
        Add(paths);
        Add(check);
        Add(diff);
        SetAction(parseResult => Run(new FormatArguments(
            parseResult.GetRequiredValue(paths), parseResult.GetValue(check) || parseResult.GetValue(diff), parseResult.GetValue(diff))));
    }

    public int Run(FormatArguments arguments)
    {
        var files = FileCollector.Collect(arguments.Paths, env.WorkingDirectory, SkippedFileReporter.For(env));
        var display = new PathDisplay(env.WorkingDirectory);
        var outcomes = new FormatOutcome[files.Count];
        Parallel.For(0, files.Count, i => outcomes[i] = FormatFile(files[i], display.ForDisplay(files[i]), arguments.Check, arguments.Diff));

        foreach (var outcome in outcomes)
        {
            switch (outcome.Status)
            {
                case FormatStatus.NeedsFormatting when outcome.Diff is not null:
                    env.Out.Write(outcome.Diff);
                    break;
                case FormatStatus.NeedsFormatting:
                    env.Out.WriteLine(arguments.Check ? $"{outcome.Path}: not formatted" : $"{outcome.Path}: formatted");
                    break;
                case FormatStatus.CannotFormat:
                    env.Out.WriteLine($"{outcome.Path}: {SingleLine.Of(outcome.Reason!)}");
                    break;
            }
        }
        var failure = outcomes.FirstOrDefault(o => o.Status == FormatStatus.IoError);
        if (failure is not null)
        {
            env.Out.Flush();
            throw new CliException(failure.Reason!);
        }

        var changed = outcomes.Count(o => o.Status == FormatStatus.NeedsFormatting);
        var broken = outcomes.Count(o => o.Status == FormatStatus.CannotFormat);
        env.Out.WriteLine(Summary(files.Count, changed, broken, arguments.Check));
        env.Out.Flush();

        var failed = broken > 0 || (arguments.Check && changed > 0);
        return failed ? ExitCodes.NotFormatted : ExitCodes.Success;
    }

    private static FormatOutcome FormatFile(string path, string shown, bool checkOnly, bool showDiff)
    {
        byte[] bytes;
        try
        {
            bytes = SafeFileReader.ReadAllBytes(path, FileLimit.RuleFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FormatOutcome(shown, FormatStatus.IoError, $"cannot read '{shown}': {SingleLine.Of(e.Message)}");
        }
        if (!RuleFileText.TryDecode(bytes, out var file))
        {
            return new FormatOutcome(shown, FormatStatus.CannotFormat, "Not formatted: the file is not valid UTF-8 or UTF-16 text, so it could not be written back unchanged.");
        }

        var result = DocumentFormatter.Format(file.Text);
        if (!result.CanFormat)
        {
            return new FormatOutcome(shown, FormatStatus.CannotFormat, result.NotFormattedReason);
        }
        if (!result.Changed)
        {
            return new FormatOutcome(shown, FormatStatus.AlreadyFormatted);
        }
        if (!checkOnly)
        {
            try
            {
                SafeFileWriter.Replace(path, file.Encode(result.FormattedText));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new FormatOutcome(shown, FormatStatus.IoError, $"cannot write '{shown}': {SingleLine.Of(e.Message)}");
            }
        }
        var change = showDiff ? UnifiedDiff.Of(file.Text, result.FormattedText, $"a/{shown}", $"b/{shown}") : null;
        return new FormatOutcome(shown, FormatStatus.NeedsFormatting, Diff: change);
    }

    private static string Summary(int total, int changed, int broken, bool checkOnly)
    {
        var files = total == 1 ? "file" : "files";
        var brokenNote = broken == 0 ? "" : $" {broken} could not be formatted (see above).";
        if (checkOnly)
        {
            return changed == 0 && broken == 0
                ? (total == 1 ? "The file is formatted." : $"All {total} files are formatted.")
                : $"{changed} of {total} {files} {(changed == 1 ? "is" : "are")} not formatted.{brokenNote}" + (changed > 0 ? $" Run 'codingdsl format' to format {(changed == 1 ? "it" : "them")}." : "");
        }
        return changed == 0 && broken == 0
            ? (total == 1 ? "The file was already formatted." : $"All {total} files were already formatted.")
            : $"Formatted {changed} of {total} {files}.{brokenNote}";
    }
}
