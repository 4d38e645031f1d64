using System.CommandLine;
using CodingDsl.Export.Compiled;
using CodingDsl.Export.Decompile;
using CodingDsl.Cli.Rewriting;
using CodingDsl.Language.Files;

namespace CodingDsl.Cli.Commands;

/// <summary>
/// `codingdsl import &lt;file.json&gt; [--output file|folder|-]`: turns a compiled JSON document back into
/// `.coding` source. A document with one file goes to standard output or the file named; a document
/// with several needs --output naming a folder, and each file is written under it at its relative path
/// (never outside it). Every file is written through a temporary file and a rename.
/// </summary>
public sealed class ImportCommand : Command
{
    private readonly CliEnvironment env;

    private readonly Argument<string> input = new("file")
    {
        Description = "A compiled document written by 'codingdsl export --format json'.",
    };

    private readonly Option<string?> output = new("--output", "-o")
    {
        Description = "Where to write: a .coding file or '-' (standard output) for one file; a folder when the document holds several.",
        HelpName = "path",
    };

    public ImportCommand(CliEnvironment env)
        : base("import", "Turn a compiled JSON document back into .coding rule files.")
    {
        this.env = env;
        Add(input);
        Add(output);
        SetAction(parseResult => Run(new ImportArguments(parseResult.GetRequiredValue(input), parseResult.GetValue(output))));
    }

    public int Run(ImportArguments arguments)
    {
        var document = Read(arguments.InputPath);
        var sources = new List<(string RelativePath, string Text)>();
        try
        {
            // Everything is checked before anything is written: a bad file half-way must not leave
            // the files before it written.
            foreach (var file in document.Files)
            {
                ImportCheck.CheckPath(file.Path);
                ImportCheck.CheckWords(file);
                var text = SourceWriter.Write(file);
                ImportCheck.CheckSource(file, text);
                sources.Add((file.Path, text));
            }
        }
        catch (CompiledFormatException e)
        {
            throw new CliException($"'{arguments.InputPath}' cannot be turned into source: {e.Message}; nothing was written", e);
        }

        if (sources.Count == 1 && arguments.WritesToStandardOutput)
        {
            env.Out.Write(sources[0].Text);
            env.Out.Flush();
            return ExitCodes.Success;
        }
        if (sources.Count == 0)
        {
            throw new CliException($"'{arguments.InputPath}' holds no files");
        }
        if (arguments.WritesToStandardOutput)
        {
            throw new CliException($"'{arguments.InputPath}' holds {sources.Count} files: name a folder to write them to with --output");
        }

        var target = Path.GetFullPath(arguments.OutputPath!, env.WorkingDirectory);
        if (sources.Count == 1 && !Directory.Exists(target))
        {
            Write(target, arguments.OutputPath!, sources[0].Text, SafeFileWriter.Links.WriteThrough);
            return ExitCodes.Success;
        }
        var folders = new OutputFolder(target);
        var paths = sources.Select(s => (Full: folders.Place(s.RelativePath), s.RelativePath, s.Text)).ToArray();
        foreach (var (full, relative, text) in paths)
        {
            Write(full, relative, text, SafeFileWriter.Links.Refuse);
        }
        return ExitCodes.Success;
    }

    private CompiledDocument Read(string givenPath)
    {
        var full = Path.GetFullPath(givenPath, env.WorkingDirectory);
        try
        {
            using var reader = new StreamReader(SafeFileReader.OpenRead(full, FileLimit.Table), detectEncodingFromByteOrderMarks: true);
            return CompiledFormat.Read(reader);
        }
        catch (CompiledFormatException e)
        {
            throw new CliException($"'{givenPath}': {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{givenPath}': {SingleLine.Of(e.Message)}", e);
        }
    }

    private static void Write(string fullPath, string shownPath, string text, SafeFileWriter.Links links)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            SafeFileWriter.WriteText(fullPath, w => w.Write(text), links);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{shownPath}': {SingleLine.Of(e.Message)}", e);
        }
    }
}
