using System.CommandLine;
using CodingDsl.Cli.Checking;
using CodingDsl.Cli.Rewriting;
using CodingDsl.Export;
using CodingDsl.Export.Compiled;
using CodingDsl.Export.Fhir;
using CodingDsl.Language;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Cli.Commands;

/// <summary>
/// `codingdsl export &lt;paths&gt;... [--format json|fhir|csv] [--output file|-] [--base-url url]`: compiles
/// rule files for downstream systems. Files are analysed together (as `check` does); each is named in
/// the output by its path relative to the folder given (a file given by itself: its name). A file
/// with errors is still exported as written, with a warning on stderr. See docs/export.md.
/// </summary>
public sealed class ExportCommand : Command
{
    private readonly CliEnvironment env;

    private readonly Argument<string[]> paths = new("paths")
    {
        Description = "Rule files and folders to export. Folders are searched recursively for *.coding.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> format = new("--format", "-f")
    {
        Description = ExportFormats.Listed(ExportFormats.All, f => $"{f.Name} ({f.Description})") + ".",
        DefaultValueFactory = _ => ExportFormats.Json.Name,
    };

    private readonly Option<string?> output = new("--output", "-o")
    {
        Description = "Write to this file (through a temporary file and a rename) instead of standard output ('-' for standard output).",
        HelpName = "file",
    };

    private readonly Option<string> baseUrl = new("--base-url")
    {
        Description = "The base of the canonical URLs of the FHIR resources.",
        DefaultValueFactory = _ => FhirExporter.DefaultBaseUrl,
    };

    public ExportCommand(CliEnvironment env)
        : base("export", "Compile rule files to JSON, FHIR R4 or CSV for other systems.")
    {
        this.env = env;
        format.AcceptOnlyFromAmong([.. ExportFormats.All.Select(f => f.Name)]);
        Add(paths);
        Add(format);
        Add(output);
        Add(baseUrl);
        SetAction(parseResult => Run(new ExportArguments(
            parseResult.GetRequiredValue(paths),
            ExportFormats.Find(parseResult.GetRequiredValue(format))!,
            parseResult.GetValue(output),
            parseResult.GetRequiredValue(baseUrl))));
    }

    public int Run(ExportArguments arguments)
    {
        if (!Uri.TryCreate(arguments.BaseUrl, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
        {
            throw new CliException($"--base-url '{arguments.BaseUrl}' is not an absolute http(s) URL");
        }
        var inputs = RuleFileInput.Collect(arguments.Paths, env.WorkingDirectory, SkippedFileReporter.For(env));
        var documents = DocumentReader.ReadAll(inputs.Select(i => i.FullPath).ToArray());
        var analyses = WorkspaceAnalyzer.Analyze(documents, new CodingWorkspace { DisplayRoots = [env.WorkingDirectory] });
        var withErrors = analyses.Count(a => a.Diagnostics.Any(d => d.Level == DiagnosticLevel.Error));
        if (withErrors > 0)
        {
            env.Error.WriteLine($"{ToolInfo.Name}: warning: {withErrors} of {Counted.Of(analyses.Count, "file")} {(withErrors == 1 ? "has" : "have")} errors ('{ToolInfo.Name} check' lists them); they are exported as written.");
        }
        var compiled = CompiledExport.FromAnalyses(analyses.Select((a, i) => (a, inputs[i].RelativePath)));

        var write = Prepare(arguments.Format, compiled, new ExportOptions(arguments.BaseUrl));
        if (arguments.WritesToStandardOutput)
        {
            write(env.Out);
            env.Out.Flush();
        }
        else
        {
            OutputFile.WriteText(arguments.OutputPath!, env.WorkingDirectory, write);
        }
        return ExitCodes.Success;
    }

    // The output (a FHIR Bundle) is built before anything is written, so a refused export leaves no output behind.
    private static Action<TextWriter> Prepare(Export.ExportFormat format, CompiledDocument compiled, ExportOptions options)
    {
        try
        {
            return format.Prepare(compiled, options);
        }
        catch (DuplicateGuidanceException e)
        {
            throw new CliException(e.Message, e);
        }
    }
}

/// <summary>A rule file to export: where it is, and the path the output names it by.</summary>
internal sealed record RuleFileInput(string FullPath, string RelativePath)
{
    /// <summary>
    /// Files from each path given: a folder's files relative to that folder, a file by its name. In
    /// ordinal order of the relative path, so the output does not depend on the file system's order.
    /// </summary>
    public static IReadOnlyList<RuleFileInput> Collect(IReadOnlyList<string> paths, string workingDirectory, Action<string, string>? skipped = null)
    {
        var inputs = new List<RuleFileInput>();
        foreach (var path in paths)
        {
            var files = FileCollector.Collect([path], workingDirectory, skipped);
            var full = Path.GetFullPath(path, workingDirectory);
            var root = Directory.Exists(full) ? full : Path.GetDirectoryName(full) ?? full;
            inputs.AddRange(files.Select(f => new RuleFileInput(f, Path.GetRelativePath(root, f).Replace('\\', '/'))));
        }
        return inputs
            .DistinctBy(i => i.FullPath)
            .OrderBy(i => i.RelativePath, StringComparer.Ordinal)
            .ThenBy(i => i.FullPath, StringComparer.Ordinal)
            .ToArray();
    }
}
