using Xunit;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Language.Tests.Workspace;

/// <summary>Inputs the fuzzer (fuzz/run.sh, docs/fuzzing.md) found to break the analysis; each must stay fixed.</summary>
public sealed class FuzzFindingTests
{
    [Theory]
    [InlineData("use \"rules/mis\0d.coding\"\n")]
    [InlineData("use \"\0\"\nguidance X \"x\" { }\n")]
    public void A_use_path_with_a_nul_is_reported_as_not_readable_not_an_internal_error(string text)
    {
        var workspace = new CodingWorkspace();
        var path = Path.Combine(Path.GetTempPath(), "codingdsl-fuzz", "nul.coding");
        workspace.SetDocument(path, text);

        var analysis = workspace.Analyze(path);

        var notReadable = Assert.Single(analysis.Diagnostics, d => d.Code == CodingDsl.Language.Diagnostics.DiagnosticCatalog.UseNotReadable.Code);
        Assert.InRange(notReadable.Span.End, 0, text.Length);
    }
}
