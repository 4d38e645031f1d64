using CodingDsl.Cli.Tests.Support;
using CodingDsl.Language.Tests;

namespace CodingDsl.Cli.Tests.Releases;

/// <summary>
/// `codingdsl upgrade --to opcs-4.11` over a copy of every sample, with OPCS-4.10 and the 4.11 fixture
/// configured side by side (<see cref="ReleaseFixture"/>). The Markdown summary is checked against
/// tests/cases/releases/upgrade-samples.md (CODINGDSL_UPDATE_BASELINES=1 rewrites it).
/// </summary>
public class UpgradeCommandTests
{
    private static readonly string Expected = Path.Combine(RepoPaths.Root, "tests", "cases", "releases", "upgrade-samples.md");

    private static TempFolder CopyOfSamples()
    {
        var temp = new TempFolder();
        foreach (var file in Directory.GetFiles(RepoPaths.Samples, "*.coding"))
        {
            temp.WriteBytes(Path.Combine("samples", Path.GetFileName(file)), File.ReadAllBytes(file));
        }
        ReleaseFixture.WriteConfiguration(Path.Combine(temp.Path, "samples"));
        return temp;
    }

    [Fact]
    public void Upgrading_every_sample_prints_the_expected_markdown_summary()
    {
        using var temp = CopyOfSamples();

        var result = CliHarness.Run(temp.Path, "upgrade", "--to", "opcs-4.11", "--write", "samples");

        Assert.Equal("", result.Error);
        if (Environment.GetEnvironmentVariable("CODINGDSL_UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Expected)!);
            File.WriteAllText(Expected, result.Out);
        }
        Assert.Equal(File.ReadAllText(Expected), result.Out);
        // IPG337 keeps Y76.4 (now on line 14: the file declares opcs-4.11 on a line of its own), which the fixture does not have: the run says so with exit code 1.
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void The_upgrade_rewrites_only_the_version_and_title_tokens_and_keeps_comments_and_layout()
    {
        using var temp = CopyOfSamples();
        var before = Directory.GetFiles(Path.Combine(temp.Path, "samples"), "*.coding").Order(StringComparer.Ordinal)
            .ToDictionary(f => f, File.ReadAllText);

        CliHarness.Run(temp.Path, "upgrade", "--to", "opcs-4.11", "--write", "samples");

        foreach (var (path, old) in before)
        {
            var now = File.ReadAllText(path);
            var oldLines = old.Split('\n');
            // A guidance that followed the default table gains one line declaring the target; nothing else is added.
            var newLines = now.Split('\n').ToList();
            for (var i = 0; i < newLines.Count && newLines.Count > oldLines.Length; i++)
            {
                if (newLines[i].Trim() == "classifications opcs-4.11" && (i >= oldLines.Length || !oldLines[i].TrimStart().StartsWith("classifications", StringComparison.Ordinal)))
                {
                    newLines.RemoveAt(i);
                }
            }
            Assert.Equal(oldLines.Length, newLines.Count);
            for (var i = 0; i < oldLines.Length; i++)
            {
                if (oldLines[i] != newLines[i])
                {
                    // A changed line is the classifications line or a line whose only change is a quoted title.
                    var isVersion = newLines[i].TrimStart().StartsWith("classifications", StringComparison.Ordinal) && newLines[i].Contains("opcs-4.11");
                    Assert.True(isVersion || newLines[i].StartsWith(oldLines[i][..oldLines[i].IndexOf('"')], StringComparison.Ordinal),
                        $"{Path.GetFileName(path)} line {i + 1}: '{oldLines[i]}' became '{newLines[i]}'");
                }
            }
            Assert.Equal(old.Split("//").Length, now.Split("//").Length);
        }
    }

    [Fact]
    public void A_code_the_target_release_does_not_have_stays_in_place_with_its_error_and_candidates()
    {
        using var temp = CopyOfSamples();
        var ipg337 = Path.Combine(temp.Path, "samples", "IPG337.coding");

        var result = CliHarness.Run(temp.Path, "upgrade", "--to", "opcs-4.11", "--write", "samples/IPG337.coding");
        var check = CliHarness.Run(temp.Path, "check", "samples/IPG337.coding");

        Assert.Contains("or Y76.4 \"Endoscopic ultrasonic approach to other body cavity\"", File.ReadAllText(ipg337));
        Assert.Contains("classifications opcs-4.11", File.ReadAllText(ipg337));
        Assert.Matches(@"- \[ \] line 14: `Y76\.4` Endoscopic ultrasonic approach to other body cavity \(CDSL0701\)", result.Out);
        Assert.Contains("  - `Y76.", result.Out);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("error CDSL0206: Y76.4 is not in OPCS-4.11", check.Out);
    }

    [Fact]
    public void Without_write_nothing_is_written()
    {
        using var temp = CopyOfSamples();
        var files = Directory.GetFiles(Path.Combine(temp.Path, "samples"), "*.coding");
        var before = files.Select(File.ReadAllBytes).ToArray();

        var result = CliHarness.Run(temp.Path, "upgrade", "--to", "opcs-4.11", "samples");

        Assert.Contains("Nothing was written", result.Out);
        Assert.Contains("Would be rewritten.", result.Out);
        Assert.Equal(before, files.Select(File.ReadAllBytes).ToArray());
    }

    [Fact]
    public void A_release_that_is_not_configured_is_a_usage_error()
    {
        using var temp = CopyOfSamples();

        var result = CliHarness.Run(temp.Path, "upgrade", "--to", "opcs-4.12", "samples");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no OPCS-4.12 table is configured", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_name_that_is_not_a_release_is_a_usage_error()
    {
        using var temp = CopyOfSamples();

        var result = CliHarness.Run(temp.Path, "upgrade", "--to", "4.11", "samples");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'4.11' is not a release", result.Error);
    }
}
