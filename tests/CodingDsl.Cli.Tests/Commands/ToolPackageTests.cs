using System.Diagnostics;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text;
using CodingDsl.Cli.Tests.Support;
using CodingDsl.Language.Tests;

namespace CodingDsl.Cli.Tests.Commands;

/// <summary>
/// The .NET tool as a user gets it: `dotnet pack` into a folder feed, `dotnet tool install` into a
/// temporary tool path, then the installed `codingdsl` checks the samples and answers an LSP
/// initialize. One test. It packs this machine's platform package and the portable one, as the GitHub
/// Action does (scripts/action/install.sh): all five platforms' ReadyToRun packages take minutes, and
/// each is built the same way. linux-x64's package is Native AOT when shipped; here it is packed
/// ReadyToRun (`CodingDslToolAot=false`, as the Action packs it) so this test covers the layout the other
/// platforms ship, and the AOT package is installed and tested by scripts/test-aot.sh (CI's suite
/// `test:aot`) instead of costing every `dotnet test` minutes of ILCompiler.
/// </summary>
public class ToolPackageTests
{
    [Fact]
    public void The_packed_tool_installs_from_a_folder_feed_precompiled_checks_the_samples_and_serves_lsp()
    {
        using var temp = new TempFolder();
        var feed = Path.Combine(temp.Path, "feed");
        var tools = Path.Combine(temp.Path, "tools");
        var rid = RuntimeInformation.RuntimeIdentifier;

        var pack = ExternalProcess.Run(ExternalProcess.Dotnet, ["pack", Path.Combine(RepoPaths.Root, "server", "CodingDsl.Cli"), "-c", "Release", "-o", feed, "-nologo", $"-p:ToolPackageRuntimeIdentifiers=\"{rid};any\"", "-p:CodingDslToolAot=false"], RepoPaths.Root);
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.True(File.Exists(Path.Combine(feed, $"codingdsl.{ToolInfo.Version}.nupkg")), pack.ToString());
        Assert.True(File.Exists(Path.Combine(feed, $"codingdsl.any.{ToolInfo.Version}.nupkg")), pack.ToString());

        var install = ExternalProcess.Run(ExternalProcess.Dotnet, ["tool", "install", "--tool-path", tools, "--add-source", feed, "codingdsl"], temp.Path);
        Assert.True(install.ExitCode == 0, install.ToString());
        var codingdsl = Path.Combine(tools, OperatingSystem.IsWindows() ? "codingdsl.exe" : "codingdsl");

        // This platform's package was installed, not the portable one, and its code is precompiled.
        var language = Directory.GetFiles(Path.Combine(tools, ".store"), "CodingDsl.Language.dll", SearchOption.AllDirectories);
        var installed = Assert.Single(language);
        Assert.Contains($"codingdsl.{rid}", installed, StringComparison.OrdinalIgnoreCase);
        Assert.True(IsReadyToRun(installed), $"{installed} has no ReadyToRun code");

        var check = ExternalProcess.Run(codingdsl, ["check", "samples"], RepoPaths.Root);
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Matches(@"(?m)^All \d+ files are clean", check.Out);

        var initialize = Lsp(codingdsl, temp.Path);
        Assert.Contains("\"id\":1", initialize);
        Assert.Contains("\"capabilities\"", initialize);
    }

    /// <summary>A ReadyToRun image carries a managed native header beside its IL; a JIT-only assembly has none.</summary>
    private static bool IsReadyToRun(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var pe = new PEReader(stream);
        return pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    /// <summary>Sends initialize, reads its response, then shuts the server down as a client does.</summary>
    private static string Lsp(string codingdsl, string workingDirectory)
    {
        var start = new ProcessStartInfo(codingdsl, ["lsp", "--stdio"])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        var input = process.StandardInput.BaseStream;
        var output = process.StandardOutput.BaseStream;
        try
        {
            Send(input, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}}");
            var response = Receive(output);
            Send(input, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
            Send(input, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
            Receive(output);
            Send(input, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "the server did not exit after shutdown and exit");
            Assert.Equal(0, process.ExitCode);
            return response;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static void Send(Stream input, string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        input.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        input.Write(body);
        input.Flush();
    }

    /// <summary>One framed message; the read is bounded so a silent server fails the test instead of hanging it.</summary>
    private static string Receive(Stream output)
    {
        var read = Task.Run(() =>
        {
            var header = new StringBuilder();
            while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                var b = output.ReadByte();
                if (b < 0)
                {
                    throw new EndOfStreamException("the server closed its output");
                }
                header.Append((char)b);
            }
            var length = int.Parse(header.ToString().Split("\r\n").First(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            var body = new byte[length];
            output.ReadExactly(body);
            return Encoding.UTF8.GetString(body);
        });
        Assert.True(read.Wait(TimeSpan.FromSeconds(60)), "no response from the server");
        return read.Result;
    }
}
