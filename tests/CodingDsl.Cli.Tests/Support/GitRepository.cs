using System.Diagnostics;

namespace CodingDsl.Cli.Tests.Support;

/// <summary>A git repository in a <see cref="TempFolder"/>, committed to by the real `git`.</summary>
public sealed class GitRepository : IDisposable
{
    private readonly TempFolder folder = new();

    public GitRepository()
    {
        Git("init", "-q", "-b", "main");
    }

    public string Path => folder.Path;

    public string Write(string relativePath, string text) => folder.Write(relativePath, text);

    public void Delete(string relativePath) => File.Delete(System.IO.Path.Combine(Path, relativePath));

    /// <summary>Stages everything and commits it; returns the commit id.</summary>
    public string Commit(string message)
    {
        Git("add", "-A");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "commit", "-q", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Path, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"git {string.Join(' ', args)}: {error}");
    }

    public void Dispose() => folder.Dispose();
}
