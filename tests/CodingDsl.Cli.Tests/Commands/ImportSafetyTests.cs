using CodingDsl.Cli.Tests.Support;
using Newtonsoft.Json.Linq;

namespace CodingDsl.Cli.Tests.Commands;

/// <summary>Issue 11, fault 9, through the real binary: import checks the compiled JSON before writing anything.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class ImportSafetyTests
{
    [Fact]
    public void A_guidance_id_that_would_inject_a_rule_is_refused_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var json = Exported(temp);
        json["files"]![0]!["guidances"]![0]!["id"] = "IPG327 \"t\" {\n}\nrule injected {\n  require has opcs Z99.9\n  message \"m\"\n}\nguidance X";
        File.WriteAllText(Path.Combine(temp.Path, "bad.json"), json.ToString());

        var result = BuiltTool.Run(temp.Path, "import", "bad.json", "--output", "out.coding");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot be turned into source: the guidance id 'IPG327 \"t\" {?}?rule injected", result.Error);
        Assert.EndsWith("nothing was written\n", result.Error);
        Assert.False(File.Exists(Path.Combine(temp.Path, "out.coding")));
    }

    [Fact]
    public void A_nul_in_a_path_is_a_clear_error()
    {
        using var temp = new TempFolder();
        var json = Exported(temp);
        json["files"]![0]!["path"] = "a\0b.coding";
        File.WriteAllText(Path.Combine(temp.Path, "bad.json"), json.ToString());

        var result = BuiltTool.Run(temp.Path, "import", "bad.json", "--output", "out");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("the path 'a?b.coding' contains a NUL or another control character; nothing was written", result.Error);
    }

    [Fact]
    public void A_linked_folder_inside_the_output_folder_is_not_written_through()
    {
        using var temp = new TempFolder();
        var json = WithSecondFile(Exported(temp), "escape/b.coding");
        File.WriteAllText(Path.Combine(temp.Path, "two.json"), json.ToString());
        var outside = temp.CreateFolder("outside");
        temp.CreateFolder("out");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "out", "escape"), outside);

        var result = BuiltTool.Run(temp.Path, "import", "two.json", "--output", "out");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'escape/b.coding' would be written through 'escape', which is a symbolic link", result.Error);
        Assert.Empty(Directory.GetFileSystemEntries(outside));
        Assert.Equal(["escape"], Directory.GetFileSystemEntries(Path.Combine(temp.Path, "out")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_path_climbing_out_of_the_output_folder_is_refused_before_anything_is_written()
    {
        using var temp = new TempFolder();
        var json = WithSecondFile(Exported(temp), "../b.coding");
        File.WriteAllText(Path.Combine(temp.Path, "two.json"), json.ToString());
        temp.CreateFolder("out");

        var result = BuiltTool.Run(temp.Path, "import", "two.json", "--output", "out");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("the path '../b.coding' could lead outside the output folder (it has an empty, '.' or '..' part); nothing was written", result.Error);
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(temp.Path, "out")));
        Assert.False(File.Exists(Path.Combine(temp.Path, "b.coding")));
    }

    /// <summary>The document with a copy of its file at <paramref name="path"/> after it.</summary>
    private static JObject WithSecondFile(JObject json, string path)
    {
        var second = (JObject)json["files"]![0]!.DeepClone();
        second["path"] = path;
        ((JArray)json["files"]!).Add(second);
        return json;
    }

    private static JObject Exported(TempFolder temp)
    {
        temp.Write("a.coding", SpecialFiles.Guidance);
        var export = BuiltTool.Run(temp.Path, "export", "a.coding");
        Assert.Equal(0, export.ExitCode);
        return JObject.Parse(export.Out);
    }
}
