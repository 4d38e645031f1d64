using System.Diagnostics;

namespace CodingDsl.Cli.Tests.Support;

/// <summary>
/// Runs the built `codingdsl` as a real process (its apphost or `dotnet codingdsl.dll`, copied beside
/// the tests by the project reference), to see real exit codes and real stdout/stderr.
/// </summary>
public static class BuiltTool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static CliResult Run(string workingDirectory, params string[] args) => RunWith(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Runs with extra environment variables (limits such as CODINGDSL_MAX_RULE_FILE_MB).</summary>
    public static CliResult RunWith(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunAs(workingDirectory, environment, [], args);

    /// <summary>Runs behind a launcher (such as setpriv dropping capabilities): <paramref name="launcher"/> then the tool and its arguments.</summary>
    public static CliResult RunAs(string workingDirectory, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> launcher, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "codingdsl.dll");
        var appHost = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "codingdsl.exe" : "codingdsl");
        var command = File.Exists(appHost) ? new List<string> { appHost } : new List<string> { DotnetHost(), dll };
        command.InsertRange(0, launcher);
        var start = new ProcessStartInfo(command[0]);
        foreach (var part in command.Skip(1))
        {
            start.ArgumentList.Add(part);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.UseShellExecute = false;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start codingdsl");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"codingdsl {string.Join(' ', args)} did not finish");
        }
        return new CliResult(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>
    /// One executable for scripts that take a command (the action's CODINGDSL): the apphost beside the
    /// tests, else a wrapper script running `dotnet codingdsl.dll` written into <paramref name="folder"/>.
    /// </summary>
    public static string Executable(string folder)
    {
        var appHost = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "codingdsl.exe" : "codingdsl");
        if (File.Exists(appHost))
        {
            return appHost;
        }
        var wrapper = Path.Combine(folder, "codingdsl");
        File.WriteAllText(wrapper, $"#!/bin/sh\nexec \"{DotnetHost()}\" \"{Path.Combine(AppContext.BaseDirectory, "codingdsl.dll")}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return wrapper;
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
