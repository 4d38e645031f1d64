using System.Diagnostics;

namespace CodingDsl.Cli.Tests.Support;

/// <summary>Runs another program (dotnet, bash, an installed tool) to its end, with its output captured.</summary>
public static class ExternalProcess
{
    public static CliResult Run(string fileName, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // A null value removes the variable (one the test process inherited).
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish");
        }
        return new CliResult(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The `dotnet` running these tests (DOTNET_HOST_PATH), else the one on PATH.</summary>
    public static string Dotnet =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
