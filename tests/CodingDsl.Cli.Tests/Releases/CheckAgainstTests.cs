using CodingDsl.Cli.Tests.Support;
using CodingDsl.Language.Tests;

namespace CodingDsl.Cli.Tests.Releases;

/// <summary>`codingdsl check --against opcs-4.11`: the release changes join each file's findings.</summary>
public class CheckAgainstTests
{
    [Fact]
    public void Reports_retired_codes_categories_that_gain_codes_and_rules_to_review()
    {
        using var temp = new TempFolder();
        foreach (var name in new[] { "IPG327.coding", "IPG337.coding" })
        {
            temp.WriteBytes(name, File.ReadAllBytes(Path.Combine(RepoPaths.Samples, name)));
        }
        ReleaseFixture.WriteConfiguration(temp.Path);

        var result = CliHarness.Run(temp.Path, "check", ".", "--against", "opcs-4.11");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("IPG337.coding(13,10): error CDSL0701: Y76.4 is not in OPCS-4.11 (opcs-4.11-fixture.txt)", result.Out);
        Assert.Contains("IPG327.coding(11,10): info CDSL0704: Y68.- gains Y68.2 (Approach to organ under near infrared fluorescence control), Y68.3", result.Out);
        Assert.Contains("info CDSL0705: Rule image-control (the standard library) applies to IPG327", result.Out);
        Assert.Contains("Y68.- gains Y68.2, Y68.3, Y68.4, Y68.5", result.Out);
        Assert.Contains("set states-imaging-method: Y76.4 is not in OPCS-4.11", result.Out);
    }

    [Fact]
    public void Without_the_option_the_same_files_report_no_release_changes()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("IPG337.coding", File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "IPG337.coding")));
        ReleaseFixture.WriteConfiguration(temp.Path);

        var result = CliHarness.Run(temp.Path, "check", ".");

        Assert.DoesNotContain("CDSL07", result.Out);
    }

    [Fact]
    public void A_release_that_is_not_configured_is_a_usage_error()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("IPG327.coding", File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "IPG327.coding")));

        var result = CliHarness.Run(temp.Path, "check", ".", "--against", "opcs-4.11");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no OPCS-4.11 table is configured", result.Error);
    }
}
