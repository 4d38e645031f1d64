using Xunit;
using System.Diagnostics;

namespace CodingDsl.Language.Tests.Text;

/// <summary>`codingdsl format --check --diff` prints what `diff -u` would: reviewers and `patch` read it.</summary>
public sealed class UnifiedDiffTests
{
    public static TheoryData<string, string> Pairs() => new()
    {
        { "a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nd\nE\nf\ng\nh\n" },
        { "one\n", "one\ntwo\n" },
        { "one\ntwo\n", "two\n" },
        { "x\n" + string.Concat(Enumerable.Range(1, 20).Select(i => $"{i}\n")) + "y\n", "X\n" + string.Concat(Enumerable.Range(1, 20).Select(i => $"{i}\n")) + "Y\n" },
        { "guidance A {\n    opcs J12.4\n}\n", "guidance A {\n  opcs J12.4\n}\n" },
        { "", "new\n" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Hunks_are_those_of_diff_u(string before, string after)
    {
        var ours = UnifiedDiff.Of(before, after, "a", "b")!;

        Assert.Equal(DiffU(before, after), ours.Split('\n', 3)[2]);
    }

    [Fact]
    public void The_same_lines_are_no_diff_whatever_the_line_endings()
    {
        Assert.Null(UnifiedDiff.Of("a\r\nb\r\n", "a\nb\n", "a", "b"));
    }

    // The hunks of the system's diff -u, without its two header lines (they carry timestamps).
    private static string DiffU(string before, string after)
    {
        var folder = Directory.CreateTempSubdirectory("codingdsl-diff-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a"), before);
            File.WriteAllText(Path.Combine(folder.FullName, "b"), after);
            var start = new ProcessStartInfo("diff", ["-u", "a", "b"]) { WorkingDirectory = folder.FullName, RedirectStandardOutput = true };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output.Split('\n', 3)[2];
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
