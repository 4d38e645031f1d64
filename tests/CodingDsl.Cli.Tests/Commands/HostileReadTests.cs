using CodingDsl.Cli.Tests.Support;

namespace CodingDsl.Cli.Tests.Commands;

/// <summary>
/// Issue 11, faults 4, 5, 6 and 8, through the real binary: FIFOs, devices, folder links and
/// unreadable folders neither hang nor flood a run, and each is reported.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class HostileReadTests
{
    [Fact]
    public void A_fifo_and_a_link_to_dev_zero_in_a_checked_folder_are_skipped_with_a_warning()
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", SpecialFiles.Guidance);
        SpecialFiles.MakeFifo(Path.Combine(temp.Path, "pipe.coding"));
        File.CreateSymbolicLink(Path.Combine(temp.Path, "zero.coding"), "/dev/zero");

        var result = BuiltTool.Run(temp.Path, "check", ".");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("skipped 'pipe.coding': it is a FIFO (named pipe), not a regular file", result.Error);
        Assert.Contains("skipped 'zero.coding': it is a character device, not a regular file", result.Error);
        Assert.Contains("1 file is clean", result.Out);
    }

    [Fact]
    public void Format_of_a_folder_with_a_fifo_finishes_and_reports_it()
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", SpecialFiles.Guidance);
        SpecialFiles.MakeFifo(Path.Combine(temp.Path, "pipe.coding"));

        var result = BuiltTool.Run(temp.Path, "format", ".");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("skipped 'pipe.coding': it is a FIFO", result.Error);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("format")]
    public void A_fifo_or_a_device_named_on_the_command_line_is_one_error_line_exit_2(string command)
    {
        using var temp = new TempFolder();
        SpecialFiles.MakeFifo(Path.Combine(temp.Path, "pipe.coding"));
        File.CreateSymbolicLink(Path.Combine(temp.Path, "zero.coding"), "/dev/zero");

        var fifo = BuiltTool.Run(temp.Path, command, "pipe.coding");
        var zero = BuiltTool.Run(temp.Path, command, "zero.coding");

        Assert.Equal(2, fifo.ExitCode);
        Assert.Equal("codingdsl: error: cannot read 'pipe.coding': it is a FIFO (named pipe), not a regular file (only regular files are read)\n", fifo.Error);
        Assert.Equal(2, zero.ExitCode);
        Assert.Contains("cannot read 'zero.coding': it is a character device", zero.Error);
    }

    [Fact]
    public void Uses_of_a_fifo_and_of_dev_zero_are_diagnostics_on_the_use_lines()
    {
        using var temp = new TempFolder();
        SpecialFiles.MakeFifo(Path.Combine(temp.Path, "pipe.coding"));
        temp.Write("a.coding", "use \"pipe.coding\"\nuse \"/dev/zero\"\n");

        var result = BuiltTool.Run(temp.Path, "check", "a.coding");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("a.coding(1,5): error CDSL0601: 'pipe.coding' was not read: it is a FIFO (named pipe)", result.Out);
        Assert.Contains("a.coding(2,5): error CDSL0601: '/dev/zero' was not read: it is a character device", result.Out);
        Assert.Contains("a.coding(2,5): info CDSL0602: '/dev/zero' is an absolute path", result.Out);
    }

    [Fact]
    public void A_table_at_dev_zero_or_a_fifo_is_a_configuration_problem_not_a_hang()
    {
        using var temp = new TempFolder();
        SpecialFiles.MakeFifo(Path.Combine(temp.Path, "icd.txt"));
        temp.Write("codingdsl.json", "{ \"classifications\": { \"opcs\": [ { \"version\": \"4.10\", \"path\": \"/dev/zero\" } ], \"icd10\": [ { \"version\": \"5\", \"path\": \"icd.txt\" } ] } }");
        temp.Write("a.coding", SpecialFiles.Guidance);

        var result = BuiltTool.Run(temp.Path, "check", "a.coding");

        Assert.Contains("cannot read '/dev/zero': it is a character device, not a regular file", result.Out);
        Assert.Contains("it is a FIFO (named pipe), not a regular file", result.Out);
    }

    [Fact]
    public void A_rule_file_over_the_limit_is_refused_with_the_variable_that_raises_it()
    {
        using var temp = new TempFolder();
        temp.Write("big.coding", "// " + new string('x', 1024 * 1024 + 10) + "\n");
        temp.Write("a.coding", "use \"big.coding\"\n");
        var limit = new Dictionary<string, string> { ["CODINGDSL_MAX_RULE_FILE_MB"] = "1" };

        var direct = BuiltTool.RunWith(temp.Path, limit, "check", "big.coding");
        var used = BuiltTool.RunWith(temp.Path, limit, "check", "a.coding");

        Assert.Equal(2, direct.ExitCode);
        Assert.StartsWith("codingdsl: error: cannot read '", direct.Error);
        Assert.EndsWith("big.coding': it is larger than the 1 MiB limit for rule files and codingdsl.json (set CODINGDSL_MAX_RULE_FILE_MB to a number of MiB to change it)\n", direct.Error);
        Assert.Contains("a.coding(1,5): error CDSL0601: 'big.coding' was not read: it is larger than the 1 MiB limit", used.Out);
    }

    [Fact]
    public void A_link_to_its_own_folder_neither_multiplies_files_nor_raises_duplicate_guidances()
    {
        using var temp = new TempFolder();
        temp.Write("rules/a.coding", SpecialFiles.Guidance);
        temp.Write("rules/b.coding", "");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "rules", "self"), ".");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "rules", "again"), ".");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "rules", "up"), "..");

        var result = BuiltTool.Run(temp.Path, "check", "rules");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("CDSL0401", result.Out);
        Assert.Contains("2 files are clean", result.Out);
    }

    [Fact]
    public void An_unreadable_folder_is_an_error_exit_2_not_skipped()
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", SpecialFiles.Guidance);
        var locked = temp.CreateFolder("locked");
        File.WriteAllText(Path.Combine(locked, "b.coding"), "");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var result = BuiltTool.RunAs(temp.Path, new Dictionary<string, string>(), SpecialFiles.WithoutReadOverride, "check", ".");

            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith("codingdsl: error: cannot read folder '", result.Error);
            Assert.Contains("locked", result.Error);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Evaluate_refuses_episodes_at_a_fifo_or_dev_zero_at_once()
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", SpecialFiles.Guidance);
        SpecialFiles.MakeFifo(Path.Combine(temp.Path, "episodes.csv"));

        var fifo = BuiltTool.Run(temp.Path, "evaluate", "--rules", "a.coding", "--episodes", "episodes.csv");
        var zero = BuiltTool.Run(temp.Path, "evaluate", "--rules", "a.coding", "--episodes", "/dev/zero");

        Assert.Equal(2, fifo.ExitCode);
        Assert.Contains("cannot read 'episodes.csv': it is a FIFO (named pipe), not a regular file", fifo.Error);
        Assert.Equal(2, zero.ExitCode);
        Assert.Contains("cannot read '/dev/zero': it is a character device", zero.Error);
    }
}
