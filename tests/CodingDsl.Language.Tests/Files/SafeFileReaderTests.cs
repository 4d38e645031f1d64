using System.Diagnostics;
using CodingDsl.Language.Files;
using CodingDsl.Language.Workspace;
using Xunit;

namespace CodingDsl.Language.Tests.Files;

/// <summary>Issue 11, faults 4 and 5, in the core: only regular files are read, never past their limit.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SafeFileReaderTests : IDisposable
{
    private static readonly FileLimit TenBytes = new("test files", 10, "CODINGDSL_TEST_LIMIT");

    private readonly string folder = Directory.CreateTempSubdirectory("codingdsl-read-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_file_of_exactly_the_limit_is_read_and_one_byte_more_is_refused()
    {
        var exact = Write("exact.txt", "0123456789");
        var over = Write("over.txt", "0123456789!");

        Assert.Equal("0123456789"u8.ToArray(), SafeFileReader.ReadAllBytes(exact, TenBytes));
        var refused = Assert.Throws<FileRefusedException>(() => SafeFileReader.ReadAllBytes(over, TenBytes));
        Assert.Equal("it is larger than the 10 bytes limit for test files (set CODINGDSL_TEST_LIMIT to a number of MiB to change it)", refused.Message);
    }

    [Fact]
    public void A_fifo_is_refused_without_being_opened()
    {
        var fifo = MakeFifo("pipe.coding");

        var refused = Assert.Throws<FileRefusedException>(() => SafeFileReader.ReadAllBytes(fifo, FileLimit.RuleFile));

        Assert.Equal("it is a FIFO (named pipe), not a regular file (only regular files are read)", refused.Message);
    }

    [Fact]
    public void A_link_to_dev_zero_and_a_folder_are_refused()
    {
        var zero = File.CreateSymbolicLink(Path.Combine(folder, "zero.coding"), "/dev/zero").FullName;

        Assert.Contains("a character device", Assert.Throws<FileRefusedException>(() => SafeFileReader.ReadAllBytes(zero, FileLimit.RuleFile)).Message);
        Assert.Contains("a folder", Assert.Throws<FileRefusedException>(() => SafeFileReader.ReadAllBytes(folder, FileLimit.RuleFile)).Message);
    }

    [Fact]
    public void A_link_to_a_regular_file_is_read_and_a_missing_file_is_not_found()
    {
        var target = Write("real.coding", "set a = opcs J12.4\n");
        var link = File.CreateSymbolicLink(Path.Combine(folder, "link.coding"), target).FullName;

        Assert.Equal(File.ReadAllBytes(target), SafeFileReader.ReadAllBytes(link, FileLimit.RuleFile));
        Assert.Throws<FileNotFoundException>(() => SafeFileReader.ReadAllBytes(Path.Combine(folder, "missing"), FileLimit.RuleFile));
    }

    [Fact]
    public void The_inspector_tells_kinds_and_hard_link_counts()
    {
        var file = Write("a.txt", "x");
        Run("ln", file, Path.Combine(folder, "b.txt"));
        var link = File.CreateSymbolicLink(Path.Combine(folder, "l"), file).FullName;

        Assert.Equal(2, FileInspector.Inspect(file).LinkCount);
        Assert.Equal(FileKind.SymbolicLink, FileInspector.Inspect(link, followLinks: false).Kind);
        Assert.Equal(FileKind.Regular, FileInspector.Inspect(link).Kind);
        Assert.Equal(FileKind.CharacterDevice, FileInspector.Inspect("/dev/null").Kind);
        Assert.Equal(FileKind.Fifo, FileInspector.Inspect(MakeFifo("p")).Kind);
        Assert.Equal(FileKind.Missing, FileInspector.Inspect(Path.Combine(folder, "none", "x")).Kind);
    }

    [Fact]
    public void A_limit_comes_from_its_environment_variable_in_MiB_and_a_bad_value_keeps_the_default()
    {
        var variable = "CODINGDSL_TEST_LIMIT_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, "3");
        var set = FileLimit.FromEnvironment("x", 16, variable);
        Environment.SetEnvironmentVariable(variable, "-1");
        var bad = FileLimit.FromEnvironment("x", 16, variable);
        Environment.SetEnvironmentVariable(variable, null);

        Assert.Equal(3L * 1024 * 1024, set.Bytes);
        Assert.Equal("16 MiB", bad.Size);
    }

    [Fact]
    public void Uses_of_a_fifo_and_of_dev_zero_are_diagnostics_on_the_use_lines()
    {
        MakeFifo("pipe.coding");
        var main = Write("main.coding", "use \"pipe.coding\"\nuse \"/dev/zero\"\n");
        var workspace = new CodingWorkspace();
        workspace.SetDocument(main, File.ReadAllText(main));

        var diagnostics = workspace.Analyze(main).Diagnostics;

        Assert.Collection(
            diagnostics,
            d => Assert.StartsWith("CDSL0601 Error: 'pipe.coding' was not read: it is a FIFO (named pipe)", $"{d.Code} {d.Level}: {d.Message}"),
            d => Assert.StartsWith("CDSL0601 Error: '/dev/zero' was not read: it is a character device", $"{d.Code} {d.Level}: {d.Message}"),
            d => Assert.StartsWith("CDSL0602 Info: '/dev/zero' is an absolute path", $"{d.Code} {d.Level}: {d.Message}"));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string MakeFifo(string name)
    {
        var path = Path.Combine(folder, name);
        Run("mkfifo", path);
        return path;
    }

    private static void Run(string tool, params string[] args)
    {
        using var process = Process.Start(tool, args);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
