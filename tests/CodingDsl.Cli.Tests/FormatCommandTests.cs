using System.Text;
using CodingDsl.Cli.Tests.Support;

namespace CodingDsl.Cli.Tests;

/// <summary>`codingdsl format [--check]`: what is rewritten, what is reported, and the exit codes.</summary>
public class FormatCommandTests
{
    private const string Messy = "guidance IPG1 \"t\" {   procedure {\n opcs J12.4 \"x\"   // c\n      or J12.5\n}\n}";
    private const string Canonical = "guidance IPG1 \"t\" {\n  procedure {\n    opcs J12.4 \"x\" // c\n      or J12.5\n  }\n}\n";
    private const string Broken = "guidance IPG2 {\n   procedure {\n  opcs J12.4 \"unterminated\n }\n}\n";

    private static readonly DateTime Earlier = new(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    [Fact]
    public void Rewrites_messy_files_in_place_and_leaves_formatted_ones_untouched()
    {
        using var temp = new TempFolder();
        var messy = temp.Write("rules/messy.coding", Messy);
        var done = temp.Write("rules/sub/done.coding", Canonical);
        File.SetLastWriteTimeUtc(done, Earlier);

        var result = CliHarness.Run(temp.Path, "format", "rules");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Canonical, File.ReadAllText(messy));
        Assert.Equal(Canonical, File.ReadAllText(done));
        Assert.Equal(Earlier, File.GetLastWriteTimeUtc(done));
        Assert.Equal($"{Path.Combine("rules", "messy.coding")}: formatted\nFormatted 1 of 2 files.\n", result.Out);
        Assert.Equal("", result.Error);
        Assert.Equal(["done.coding"], Directory.GetFiles(Path.Combine(temp.Path, "rules", "sub")).Select(Path.GetFileName));
        Assert.Equal(["messy.coding"], Directory.GetFiles(Path.Combine(temp.Path, "rules")).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("--check", "--diff")]
    [InlineData("--diff")]
    public void Diff_shows_what_would_change_as_a_unified_diff_and_writes_nothing(params string[] options)
    {
        using var temp = new TempFolder();
        var messy = temp.Write("rules/a.coding", "guidance IPG1 \"t\" {\n  procedure {\n      opcs J12.4 \"x\"\n  }\n}\n");
        temp.Write("rules/b.coding", Canonical);

        var result = CliHarness.Run(temp.Path, ["format", .. options, "rules"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "--- a/rules/a.coding\n+++ b/rules/a.coding\n@@ -1,5 +1,5 @@\n guidance IPG1 \"t\" {\n   procedure {\n-      opcs J12.4 \"x\"\n+    opcs J12.4 \"x\"\n   }\n }\n" +
            "1 of 2 files is not formatted. Run 'codingdsl format' to format it.\n",
            result.Out);
        Assert.Equal("guidance IPG1 \"t\" {\n  procedure {\n      opcs J12.4 \"x\"\n  }\n}\n", File.ReadAllText(messy));
    }

    [Fact]
    public void Check_lists_files_that_are_not_formatted_exits_1_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var messy = temp.Write("a.coding", Messy);
        temp.Write("b.coding", Canonical);
        File.SetLastWriteTimeUtc(messy, Earlier);

        var result = CliHarness.Run(temp.Path, "format", "--check", ".");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("a.coding: not formatted\n1 of 2 files is not formatted. Run 'codingdsl format' to format it.\n", result.Out);
        Assert.Equal(Messy, File.ReadAllText(messy));
        Assert.Equal(Earlier, File.GetLastWriteTimeUtc(messy));
    }

    [Fact]
    public void Check_passes_when_every_file_is_formatted()
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", Canonical);

        var result = CliHarness.Run(temp.Path, "format", "a.coding", "--check");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("The file is formatted.\n", result.Out);
    }

    [Fact]
    public void A_file_with_syntax_errors_is_reported_left_alone_and_fails_the_run()
    {
        using var temp = new TempFolder();
        var broken = temp.Write("broken.coding", Broken);
        var messy = temp.Write("messy.coding", Messy);

        var result = CliHarness.Run(temp.Path, "format", ".");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(Broken, File.ReadAllText(broken));
        Assert.Equal(Canonical, File.ReadAllText(messy));
        Assert.Matches(@"^broken\.coding: Not formatted: the document has a syntax error \(line 3: .+\)\. Text that does not parse is never rearranged: fix it first\.\nmessy\.coding: formatted\nFormatted 1 of 2 files\. 1 could not be formatted \(see above\)\.\n$", result.Out);
    }

    [Fact]
    public void Check_fails_on_a_file_with_syntax_errors_too()
    {
        using var temp = new TempFolder();
        temp.Write("broken.coding", Broken);

        var result = CliHarness.Run(temp.Path, "format", "--check", "broken.coding");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("broken.coding: Not formatted: the document has a syntax error", result.Out);
    }

    [Fact]
    public void Crlf_line_endings_and_a_byte_order_mark_survive_formatting()
    {
        using var temp = new TempFolder();
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };
        var path = temp.WriteBytes("crlf.coding", [.. bom, .. Encoding.UTF8.GetBytes(Messy.Replace("\n", "\r\n"))]);

        var result = CliHarness.Run(temp.Path, "format", "crlf.coding");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([.. bom, .. Encoding.UTF8.GetBytes(Canonical.Replace("\n", "\r\n"))], File.ReadAllBytes(path));
    }

    [Fact]
    public void A_file_that_is_not_valid_utf8_is_never_rewritten()
    {
        using var temp = new TempFolder();
        byte[] bytes = [.. Encoding.UTF8.GetBytes("guidance IPG1 \"caf"), 0xE9, .. Encoding.UTF8.GetBytes("\"   {\n}")];
        var path = temp.WriteBytes("latin1.coding", bytes);

        var result = CliHarness.Run(temp.Path, "format", "latin1.coding");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Contains("latin1.coding: Not formatted: the file is not valid UTF-8 or UTF-16 text", result.Out);
    }

    [Fact]
    public void Permissions_are_kept_and_a_symbolic_link_stays_a_link()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix modes and links without privileges: the Linux CI runs this.
        }
        using var temp = new TempFolder();
        var real = temp.Write("real/target.coding", Messy);
        File.SetUnixFileMode(real, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var link = Path.Combine(temp.CreateFolder("links"), "link.coding");
        File.CreateSymbolicLink(link, real);

        var result = CliHarness.Run(temp.Path, "format", "links");

        Assert.Equal(0, result.ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(Canonical, File.ReadAllText(real));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(real));
    }

    [Fact]
    public void A_missing_path_is_a_usage_error_with_one_line()
    {
        using var temp = new TempFolder();

        var result = CliHarness.Run(temp.Path, "format", "nowhere.coding");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("codingdsl: error: path 'nowhere.coding' does not exist\n", result.Error);
    }

    [Theory]
    [InlineData("format")]
    [InlineData("format", "--chek", "a.coding")]
    public void Bad_usage_exits_2(params string[] args)
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", Canonical);

        var result = CliHarness.Run(temp.Path, args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("codingdsl: error: ", result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void A_file_with_a_name_at_the_length_limit_is_formatted()
    {
        using var temp = new TempFolder();
        var name = new string('n', 255 - ".coding".Length) + ".coding";
        var path = temp.Write(name, Messy);

        var result = CliHarness.Run(temp.Path, "format", name);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Canonical, File.ReadAllText(path));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void An_unwritable_folder_is_an_error_with_one_line_and_the_file_is_unchanged()
    {
        using var temp = new TempFolder();
        var path = temp.Write("locked/a.coding", Messy);
        var folder = Path.GetDirectoryName(path)!;
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            // The real binary, so root can run it without the capabilities that ignore folder permissions.
            var result = BuiltTool.RunAs(temp.Path, new Dictionary<string, string>(), SpecialFiles.WithoutReadOverride, "format", "locked");

            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith("codingdsl: error: cannot write ", result.Error);
            Assert.Equal(Messy, File.ReadAllText(path));
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
