using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace CodingDsl.Cli.Diffing;

/// <summary>Runs `git` as a process (the one on PATH): the repository's own tool reads its revisions.</summary>
internal static class Git
{
    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        // Paths with non-ASCII names come back as they are, not octal-quoted.
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotePath=false");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return start;
    }

    public static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new CliException("could not start git");
        }
        catch (Win32Exception e)
        {
            throw new CliException($"git is needed to read revisions and could not be run: {SingleLine.Of(e.Message)}", e);
        }
    }

    /// <summary>Standard output of a git command, or null when it exits non-zero (the caller says what that means).</summary>
    public static string? TryRun(string workingDirectory, params string[] args) => TryRun(workingDirectory, out _, args);

    /// <param name="error">git's first line on standard error ("fatal: not a git repository …"), for the message.</param>
    public static string? TryRun(string workingDirectory, out string error, params string[] args)
    {
        using var process = Start(StartInfo(workingDirectory, args));
        process.StandardInput.Close();
        var errorText = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        error = errorText.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "";
        return process.ExitCode == 0 ? output : null;
    }
}
