namespace CodingDsl.Cli.Rewriting;

/// <summary>An --output file written through <see cref="SafeFileWriter"/>; any failure is one "cannot write" line (exit 2).</summary>
public static class OutputFile
{
    public static void WriteText(string givenPath, string workingDirectory, Action<TextWriter> write)
    {
        try
        {
            SafeFileWriter.WriteText(Path.GetFullPath(givenPath, workingDirectory), write);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"cannot write '{givenPath}': {SingleLine.Of(e.Message)}", e);
        }
    }
}
