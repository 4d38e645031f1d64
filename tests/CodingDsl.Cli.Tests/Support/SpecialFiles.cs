using System.Diagnostics;

namespace CodingDsl.Cli.Tests.Support;

/// <summary>FIFOs, hard links and capability-less runs for the hostile-file tests (Unix tools: mkfifo, ln, setpriv).</summary>
public static class SpecialFiles
{
    /// <summary>A guidance that is clean on its own and raises CDSL0401 when loaded twice.</summary>
    public const string Guidance = "guidance IPG327 \"Radiofrequency ablation for colorectal liver metastases\" {\n  procedure {\n    snomed pending\n    opcs J12.4\n  }\n}\n";

    public static string MakeFifo(string path)
    {
        Run("mkfifo", path);
        return path;
    }

    public static void MakeHardLink(string existing, string link) => Run("ln", existing, link);

    public static bool IsRoot => !OperatingSystem.IsWindows() && Environment.UserName == "root";

    /// <summary>
    /// Runs the tool without the capabilities that let root read any folder, so a mode-000 folder is
    /// unreadable to it as it is to any user. Only the child loses them; the test process keeps its own.
    /// </summary>
    public static IReadOnlyList<string> WithoutReadOverride =>
        IsRoot ? ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search", "--"] : [];

    /// <summary>Runs a tool to its end; a failure is an exception with its stderr.</summary>
    public static void Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed: {process.StandardError.ReadToEnd()}");
        }
    }
}
