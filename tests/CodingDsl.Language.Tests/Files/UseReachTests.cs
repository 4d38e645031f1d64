using CodingDsl.Language.Workspace;
using Xunit;

namespace CodingDsl.Language.Tests.Files;

/// <summary>Issue 11, the extra: a `use` that reaches outside the project says so; a NUL in its path is a diagnostic, not an internal error.</summary>
public sealed class UseReachTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("codingdsl-reach-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void In_a_repository_a_use_climbing_out_of_its_root_is_reported_and_one_inside_is_not()
    {
        Directory.CreateDirectory(Path.Combine(folder, "repo", ".git"));
        Directory.CreateDirectory(Path.Combine(folder, "repo", "rules"));
        File.WriteAllText(Path.Combine(folder, "repo", "lib.coding"), "");
        var main = Path.Combine(folder, "repo", "rules", "main.coding");

        var codes = Analyze(main, "use \"../lib.coding\"\nuse \"../../../../../../etc/passwd\"\n");

        Assert.Equal(["CDSL0602 Info line 2: '../../../../../../etc/passwd' leads outside the project"], codes);
    }

    [Fact]
    public void Without_a_project_root_only_absolute_paths_are_reported()
    {
        File.WriteAllText(Path.Combine(folder, "lib.coding"), "");
        var main = Path.Combine(folder, "rules", "main.coding");

        var codes = Analyze(main, "use \"../lib.coding\"\n");

        Assert.Empty(codes);
    }

    [Fact]
    public void A_nul_in_a_use_path_is_CDSL0601_not_an_internal_error()
    {
        var main = Path.Combine(folder, "main.coding");

        var codes = Analyze(main, "use \"a\0b.coding\"\n");

        Assert.Equal(["CDSL0601 Error line 1: This path was not read: it contains a NUL character"], codes);
    }

    private static string[] Analyze(string path, string text)
    {
        var workspace = new CodingWorkspace();
        workspace.SetDocument(path, text);
        var analysis = workspace.Analyze(path);
        return analysis.Diagnostics
            .Select(d => $"{d.Code} {d.Level} line {analysis.Text.GetPosition(d.Span.Start).Line + 1}: {d.Message[..d.Message.IndexOfAny(['(', ','])].TrimEnd()}")
            .ToArray();
    }
}
