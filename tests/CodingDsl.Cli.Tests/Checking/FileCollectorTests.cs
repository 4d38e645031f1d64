using CodingDsl.Cli.Checking;
using CodingDsl.Cli.Tests.Support;

namespace CodingDsl.Cli.Tests.Checking;

public class FileCollectorTests
{
    [Fact]
    public void Folders_are_searched_recursively_for_coding_files_skipping_build_dependency_and_git_folders()
    {
        using var temp = new TempFolder();
        var expected = new[]
        {
            temp.Write("rules/z.coding", ""),
            temp.Write("rules/deep/er/a.coding", ""),
            temp.Write("B.CODING", ""),
        };
        temp.Write("rules/notes.txt", "");
        temp.Write("rules/bin/skipped.coding", "");
        temp.Write("obj/skipped.coding", "");
        temp.Write("node_modules/pkg/skipped.coding", "");
        temp.Write(".git/skipped.coding", "");

        var files = FileCollector.Collect(["."], temp.Path);

        Assert.Equal(expected.Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void A_file_named_explicitly_is_checked_whatever_its_extension_and_duplicates_are_dropped()
    {
        using var temp = new TempFolder();
        var rules = temp.Write("rules.txt", "");
        var a = temp.Write("a.coding", "");

        var files = FileCollector.Collect(["rules.txt", "a.coding", ".", Path.Combine(temp.Path, "a.coding")], temp.Path);

        Assert.Equal(new[] { a, rules }, files);
    }

    [Fact]
    public void A_skipped_folder_named_explicitly_is_searched()
    {
        using var temp = new TempFolder();
        var file = temp.Write("bin/x.coding", "");

        Assert.Equal([file], FileCollector.Collect(["bin"], temp.Path));
    }

    [Fact]
    public void A_missing_path_is_an_error_naming_it()
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", "");

        var error = Assert.Throws<CliException>(() => FileCollector.Collect(["a.coding", "missing/x.coding"], temp.Path));

        Assert.Equal("path 'missing/x.coding' does not exist", error.Message);
    }

    [Fact]
    public void Nothing_to_check_is_an_error()
    {
        using var temp = new TempFolder();
        temp.CreateFolder("empty");
        temp.Write("other/readme.md", "");

        var error = Assert.Throws<CliException>(() => FileCollector.Collect(["empty", "other"], temp.Path));

        Assert.Equal("no .coding files found in 'empty', 'other'", error.Message);
    }

    [Fact]
    public void A_folder_link_cycle_does_not_loop()
    {
        using var temp = new TempFolder();
        var file = temp.Write("rules/a.coding", "");
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "rules", "loop"), Path.Combine(temp.Path, "rules"));

        Assert.Equal([file], FileCollector.Collect(["rules"], temp.Path));
    }
}
