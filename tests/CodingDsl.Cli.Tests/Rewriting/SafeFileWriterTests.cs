using System.Diagnostics;
using CodingDsl.Cli.Rewriting;
using CodingDsl.Cli.Tests.Support;
using CodingDsl.Language.Files;

namespace CodingDsl.Cli.Tests.Rewriting;

/// <summary>Issue 11, faults 10 and 11: a write that fails, by its producer or by a full disk, keeps the previous file and leaves nothing behind.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class SafeFileWriterTests
{
    [Fact]
    public void A_write_that_fails_half_way_keeps_the_previous_file_and_no_temporary_file()
    {
        using var temp = new TempFolder();
        var target = temp.Write("report.txt", "previous");

        Assert.Throws<IOException>(() => SafeFileWriter.WriteText(target, w =>
        {
            w.Write(new string('x', 100_000));
            throw new IOException("the producer failed");
        }));

        Assert.Equal("previous", File.ReadAllText(target));
        Assert.Equal(["report.txt"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_folder_is_refused_before_the_producer_runs()
    {
        using var temp = new TempFolder();
        var ran = false;

        var refused = Assert.Throws<OutputRefusedException>(() => SafeFileWriter.WriteText(temp.Path, _ => ran = true));

        Assert.StartsWith("it is a folder:", refused.Message);
        Assert.False(ran);
    }

    [Fact]
    public void Import_refuses_to_write_through_a_link_and_leaves_what_it_points_at()
    {
        using var temp = new TempFolder();
        var outside = temp.Write("outside.txt", "outside");
        var link = File.CreateSymbolicLink(Path.Combine(temp.Path, "a.coding"), outside).FullName;

        Assert.Throws<OutputRefusedException>(() => SafeFileWriter.WriteText(link, w => w.Write("new"), SafeFileWriter.Links.Refuse));

        Assert.Equal("outside", File.ReadAllText(outside));
    }

    [RootFact]
    public void A_full_disk_keeps_the_previous_report_and_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();
        var disk = temp.CreateFolder("disk");
        SpecialFiles.Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk);
        try
        {
            var report = Path.Combine(disk, "report.txt");
            File.WriteAllText(report, "previous");
            File.WriteAllBytes(Path.Combine(disk, "filler"), new byte[48 * 1024]);
            temp.Write("broken.coding", string.Concat(Enumerable.Repeat("this is not a statement of the language\n", 150)));

            var result = BuiltTool.Run(temp.Path, "check", "broken.coding", "--output", report);

            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith($"codingdsl: error: cannot write '{report}': ", result.Error);
            Assert.Equal("previous", File.ReadAllText(report));
            Assert.Equal(["filler", "report.txt"], Directory.GetFileSystemEntries(disk).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            SpecialFiles.Run("umount", disk);
        }
    }

    [Fact]
    public void A_run_stopped_by_SIGTERM_while_writing_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", SpecialFiles.Guidance);
        temp.Write("episodes.csv", "id,opcs,icd10\n" + string.Concat(Enumerable.Range(0, 1_000_000).Select(i => $"{i},J12.4 Y53.4,C78.7\n")));
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "codingdsl"))
        {
            WorkingDirectory = temp.Path,
            ArgumentList = { "evaluate", "--rules", "a.coding", "--episodes", "episodes.csv", "--format", "csv", "--output", "report.csv" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;

        // Stopped once its temporary report exists, so the signal lands while it is being written.
        while (!process.HasExited && !Directory.EnumerateFiles(temp.Path, ".cdsl-*.tmp").Any())
        {
            Thread.Sleep(20);
        }
        Assert.False(process.HasExited, "the evaluation ended before its report was being written: give it more episodes");
        SpecialFiles.Run("kill", "-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        process.WaitForExit();

        Assert.Empty(Directory.EnumerateFiles(temp.Path, ".cdsl-*.tmp"));
        Assert.False(File.Exists(Path.Combine(temp.Path, "report.csv")));
    }
}

/// <summary>A fact that mounts a file system: only root may (CI runs as root).</summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (!SpecialFiles.IsRoot)
        {
            Skip = "mounts a small tmpfs to fill, which needs root";
        }
    }
}
