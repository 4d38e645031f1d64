using CodingDsl.Language.Classifications;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Releases;
using Xunit;

namespace CodingDsl.Language.Tests.Releases;

/// <summary>
/// The catalogue's examples of the release findings are real: compared with the OPCS-4.11 fixture
/// (as `check --against opcs-4.11` does), each bad example raises its code, and each fixed example
/// (already on OPCS-4.11) neither raises it nor any error.
/// </summary>
public class ReleaseCaseTests
{
    public static TheoryData<string> Codes() => ["CDSL0701", "CDSL0702", "CDSL0704", "CDSL0705"];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Bad_example_raises_the_code_against_OPCS_4_11(string code)
    {
        using var folder = new ReleaseFolder();
        var analysis = folder.Analyze("bad.coding", DiagnosticCatalog.Find(code)!.BadExample);

        var changes = ReleaseComparer.Compare(analysis, new ReleaseName(CodeSystem.Opcs4, "4.11"));

        Assert.Contains(changes, c => c.Diagnostic.Code == code);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Fixed_example_raises_neither_the_code_nor_an_error(string code)
    {
        using var folder = new ReleaseFolder();
        var analysis = folder.Analyze("fixed.coding", DiagnosticCatalog.Find(code)!.FixedExample);

        var changes = ReleaseComparer.Compare(analysis, new ReleaseName(CodeSystem.Opcs4, "4.11"));

        Assert.DoesNotContain(changes, c => c.Diagnostic.Code == code);
        Assert.DoesNotContain(analysis.Diagnostics, d => d.Level == DiagnosticLevel.Error);
    }
}
