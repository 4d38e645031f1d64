using CodingDsl.Cli.Tests.Support;
using CodingDsl.Language.Files;

namespace CodingDsl.Cli.Tests.Commands;

/// <summary>
/// Issue 11, faults 2, 10 and 11, through the real binary: what --output and format do to what they
/// replace. /dev/null is written directly (never replaced, even as root: the test checks it is still
/// a character device afterwards), FIFOs are refused, read-only files are refused, modes, links and
/// hard links are kept.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class OutputTargetTests
{
    [Theory]
    [InlineData("check")]
    [InlineData("export")]
    public void Output_to_dev_null_writes_to_it_and_leaves_it_a_device(string command)
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", SpecialFiles.Guidance);

        var result = BuiltTool.Run(temp.Path, command, "a.coding", "--output", "/dev/null");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Equal(FileKind.CharacterDevice, FileInspector.Inspect("/dev/null", followLinks: false).Kind);
    }

    [Theory]
    [InlineData("/dev/stdout")]
    [InlineData("/proc/self/fd/1")]
    public void Output_to_a_standard_output_alias_goes_to_standard_output(string alias)
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", SpecialFiles.Guidance);

        var result = BuiltTool.Run(temp.Path, "export", "a.coding", "--output", alias);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"formatVersion\"", result.Out);
    }

    [Fact]
    public void Output_to_a_fifo_is_refused_at_once()
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", SpecialFiles.Guidance);
        SpecialFiles.MakeFifo(Path.Combine(temp.Path, "out"));

        var result = BuiltTool.Run(temp.Path, "check", "a.coding", "--output", "out");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("codingdsl: error: cannot write 'out': it is a FIFO (named pipe): only regular files (replaced through a temporary file) and character devices such as /dev/null (written directly) are written\n", result.Error);
        Assert.Equal(FileKind.Fifo, FileInspector.Inspect(Path.Combine(temp.Path, "out"), followLinks: false).Kind);
    }

    [Fact]
    public void A_read_only_report_is_refused_and_left_as_it_was()
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", SpecialFiles.Guidance);
        var report = temp.Write("report.txt", "previous");
        File.SetUnixFileMode(report, UnixFileMode.UserRead | UnixFileMode.GroupRead);

        var result = BuiltTool.Run(temp.Path, "check", "a.coding", "--output", "report.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("codingdsl: error: cannot write 'report.txt': it is read-only; make it writable first if it should be replaced\n", result.Error);
        Assert.Equal("previous", File.ReadAllText(report));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead, File.GetUnixFileMode(report));
    }

    [Fact]
    public void A_replaced_report_keeps_its_mode_and_a_link_stays_a_link()
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", SpecialFiles.Guidance);
        var report = temp.Write("report.json", "previous");
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(report, mode);
        var link = File.CreateSymbolicLink(Path.Combine(temp.Path, "latest.json"), "report.json").FullName;

        var result = BuiltTool.Run(temp.Path, "export", "a.coding", "--output", "latest.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("report.json", new FileInfo(link).LinkTarget);
        Assert.Contains("\"formatVersion\"", File.ReadAllText(report));
        Assert.Equal(mode, File.GetUnixFileMode(report));
        Assert.Equal(["a.coding", "latest.json", "report.json"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_250_character_output_name_is_written()
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", SpecialFiles.Guidance);
        var name = new string('r', 245) + ".json";

        var result = BuiltTool.Run(temp.Path, "export", "a.coding", "--output", name);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"formatVersion\"", File.ReadAllText(Path.Combine(temp.Path, name)));
    }

    [Fact]
    public void A_failed_write_keeps_the_previous_report_and_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", SpecialFiles.Guidance);
        var report = temp.Write("out/report.txt", "previous");

        // Unwritable: the folder is read-only for the tool (root runs it without its override).
        var folder = Path.GetDirectoryName(report)!;
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var result = BuiltTool.RunAs(temp.Path, new Dictionary<string, string>(), SpecialFiles.WithoutReadOverride, "check", "a.coding", "--output", "out/report.txt");

            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith("codingdsl: error: cannot write 'out/report.txt': ", result.Error);
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        Assert.Equal("previous", File.ReadAllText(report));
        Assert.Equal(["report.txt"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Format_keeps_hard_links_and_modes()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.coding", SpecialFiles.Guidance.Replace("  procedure", "      procedure"));
        var other = Path.Combine(temp.Path, "linked.txt");
        SpecialFiles.MakeHardLink(file, other);
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead;
        File.SetUnixFileMode(file, mode);

        var result = BuiltTool.Run(temp.Path, "format", "a.coding");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(SpecialFiles.Guidance, File.ReadAllText(file));
        Assert.Equal(SpecialFiles.Guidance, File.ReadAllText(other));
        Assert.Equal(2, FileInspector.Inspect(file).LinkCount);
        Assert.Equal(mode, File.GetUnixFileMode(file));
    }

    [Fact]
    public void Format_refuses_a_read_only_file_and_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();
        var text = SpecialFiles.Guidance.Replace("  procedure", "      procedure");
        var file = temp.Write("a.coding", text);
        File.SetUnixFileMode(file, UnixFileMode.UserRead);

        var result = BuiltTool.Run(temp.Path, "format", "a.coding");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot write 'a.coding': it is read-only", result.Error);
        Assert.Equal(text, File.ReadAllText(file));
        Assert.Equal(["a.coding"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }
}
