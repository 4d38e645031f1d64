using CodingDsl.Cli.Tests.Support;
using CodingDsl.Language.Diagnostics;

namespace CodingDsl.Cli.Tests.Checking;

public class FailLevelTests
{
    // The synthetic report has errors, a warning and an info.
    [Theory]
    [InlineData(DiagnosticLevel.Error)]
    [InlineData(DiagnosticLevel.Warning)]
    [InlineData(DiagnosticLevel.Info)]
    public void A_report_with_errors_fails_at_every_level(DiagnosticLevel failLevel)
    {
        Assert.True(SyntheticReport.Report().HasDiagnosticsAtOrAbove(failLevel));
    }

    [Theory]
    [InlineData(DiagnosticLevel.Error, false)]
    [InlineData(DiagnosticLevel.Warning, false)]
    [InlineData(DiagnosticLevel.Info, true)]
    public void A_report_with_only_information_fails_only_at_info(DiagnosticLevel failLevel, bool fails)
    {
        var infoOnly = Output.CheckReport.Create(
            SyntheticReport.Analyses().Where(a => a.Path == SyntheticReport.PathOfA),
            new Output.PathDisplay(SyntheticReport.Root));

        Assert.Equal(fails, infoOnly.HasDiagnosticsAtOrAbove(failLevel));
    }

    [Fact]
    public void Diagnostics_switched_off_are_not_reported_or_counted()
    {
        var report = SyntheticReport.Report();

        Assert.DoesNotContain(report.AllDiagnostics, x => x.Diagnostic.Level == DiagnosticLevel.Off);
        Assert.Equal((2, 1, 1), (report.ErrorCount, report.WarningCount, report.InfoCount));
    }
}
