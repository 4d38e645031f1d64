using System.CommandLine;
using System.Diagnostics;
using CodingDsl.Cli.Checking;
using CodingDsl.Cli.Rewriting;
using CodingDsl.Export.Evaluation;
using CodingDsl.Language.Evaluation;
using CodingDsl.Language.Files;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Cli.Commands;

/// <summary>
/// `codingdsl evaluate --rules &lt;paths&gt;... --episodes &lt;file&gt; [--format text|csv|json] [--output file|-]`:
/// audits coded episodes against the rules (see <see cref="EpisodeEvaluator"/>), streaming the file.
/// Exit 0: no error-level finding and no skipped row; 1: some; 2: usage or I/O error. A progress bar
/// goes to stderr only when stderr is a terminal. See docs/export.md.
/// </summary>
public sealed class EvaluateCommand : Command
{
    private readonly CliEnvironment env;

    private readonly Option<string[]> rules = new("--rules", "-r")
    {
        Description = "Rule files and folders: their guidances and rules (with the standard library) are checked.",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = true,
        Required = true,
    };

    private readonly Option<string> episodes = new("--episodes", "-e")
    {
        Description = "Episodes: CSV (id,opcs,icd10 or HES diag_01…/opertn_01… columns) or JSON ([{id, opcs, icd10}]); '-' for standard input.",
        Required = true,
        HelpName = "file",
    };

    private readonly Option<string> format = new("--format", "-f")
    {
        Description = "text (for people), csv (one row per finding) or json.",
        DefaultValueFactory = _ => "text",
    };

    private readonly Option<string?> output = new("--output", "-o")
    {
        Description = "Write the report to this file (through a temporary file and a rename) instead of standard output.",
        HelpName = "file",
    };

    public EvaluateCommand(CliEnvironment env)
        : base("evaluate", "Audit coded episodes (OPCS-4 and ICD-10 codes) against the rules.")
    {
        this.env = env;
        format.AcceptOnlyFromAmong("text", "csv", "json");
        Add(rules);
        Add(episodes);
        Add(format);
        Add(output);
        SetAction(parseResult => Run(new EvaluateArguments(
            parseResult.GetRequiredValue(rules),
            parseResult.GetRequiredValue(episodes),
            Enum.Parse<EvaluateFormat>(parseResult.GetRequiredValue(format), ignoreCase: true),
            parseResult.GetValue(output))));
    }

    public int Run(EvaluateArguments arguments)
    {
        var files = FileCollector.Collect(arguments.RulePaths, env.WorkingDirectory, SkippedFileReporter.For(env));
        var evaluator = EvaluatorFactory.Create(WorkspaceAnalyzer.Analyze(DocumentReader.ReadAll(files)));

        using var input = OpenEpisodes(arguments.EpisodesPath, out var length);
        using var reader = new StreamReader(input, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        using var progress = ShowsProgress() ? new ProgressBar(env.Error, () => length > 0 ? (double)input.Position / length : -1) : null;

        EvaluationSummary summary;
        try
        {
            if (arguments.WritesToStandardOutput)
            {
                summary = Evaluate(arguments, evaluator, reader, env.Out, progress);
                env.Out.Flush();
            }
            else
            {
                EvaluationSummary? written = null;
                var target = Path.GetFullPath(arguments.OutputPath!, env.WorkingDirectory);
                SafeFileWriter.WriteText(target, w => written = Evaluate(arguments, evaluator, reader, w, progress));
                summary = written!;
            }
        }
        catch (Exception e) when (e is OutputRefusedException or ArgumentException)
        {
            throw new CliException($"cannot write '{arguments.OutputPath}': {e.Message}", e);
        }
        catch (EpisodeFileException e)
        {
            throw new CliException($"'{arguments.EpisodesPath}': {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot evaluate '{arguments.EpisodesPath}': {SingleLine.Of(e.Message)}", e);
        }
        progress?.Finish(summary.Episodes + summary.MalformedRows);
        return EvaluationRun.FoundProblems(summary) ? ExitCodes.DiagnosticsFound : ExitCodes.Success;
    }

    private static EvaluationSummary Evaluate(EvaluateArguments arguments, EpisodeEvaluator evaluator, StreamReader reader, TextWriter output, ProgressBar? progress)
    {
        IEvaluationWriter writer = arguments.Format switch
        {
            EvaluateFormat.Csv => new CsvEvaluationWriter(output, withRelease: evaluator.JudgesByDate),
            EvaluateFormat.Json => new JsonEvaluationWriter(output),
            _ => new TextEvaluationWriter(output),
        };
        var source = EpisodeFile.Open(reader, arguments.EpisodesPath, new EpisodeCodeReader(evaluator.Tables));
        return EvaluationRun.Run(source, evaluator, writer, progress is null ? null : progress.Update);
    }

    private Stream OpenEpisodes(string path, out long length)
    {
        length = -1;
        if (path == "-")
        {
            return env.OpenStandardInput();
        }
        try
        {
            var full = Path.GetFullPath(path, env.WorkingDirectory);
            // Only a regular file is opened: a FIFO would block and a device never end. (Its rows are
            // streamed, so its size is not capped; '-' reads standard input.)
            var kind = FileInspector.Inspect(full).Kind;
            if (kind is not (FileKind.Regular or FileKind.Missing))
            {
                throw new CliException($"cannot read '{path}': {FileRefusedException.NotRegular(kind).Message}; use '-' to read standard input");
            }
            var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            length = stream.Length;
            return stream;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException(e is FileNotFoundException or DirectoryNotFoundException
                ? $"episode file '{path}' does not exist"
                : $"cannot read '{path}': {SingleLine.Of(e.Message)}", e);
        }
    }

    /// <summary>Only on the real console's stderr, when it is a terminal: never into a log, a pipe or a test's writer.</summary>
    private bool ShowsProgress() => ReferenceEquals(env.Error, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>A one-line bar redrawn with '\r' at most five times a second, cleared at the end.</summary>
    private sealed class ProgressBar(TextWriter error, Func<double> fraction) : IDisposable
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private long lastDrawn = -1000;
        private bool drawn;

        public void Update(long records)
        {
            var now = clock.ElapsedMilliseconds;
            if (now - lastDrawn < 200)
            {
                return;
            }
            lastDrawn = now;
            var f = fraction();
            var rate = records / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
            var bar = f < 0 ? "" : "[" + new string('#', (int)(Math.Clamp(f, 0, 1) * 30)).PadRight(30) + $"] {Math.Clamp(f, 0, 1):P0} ";
            error.Write($"\r{bar}{records:N0} {(records == 1 ? "episode" : "episodes")}, {rate:N0}/s   ");
            error.Flush();
            drawn = true;
        }

        public void Finish(long records)
        {
            if (drawn)
            {
                error.Write("\r" + new string(' ', 79) + "\r");
                error.Flush();
                drawn = false;
            }
        }

        public void Dispose() => Finish(0);
    }
}
