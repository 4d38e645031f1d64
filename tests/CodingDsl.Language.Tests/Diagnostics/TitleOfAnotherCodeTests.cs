using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;
using Xunit;

namespace CodingDsl.Language.Tests.Diagnostics;

/// <summary>
/// A title that is another code's official title (or nearly) means the code is mistyped: CDSL0842's
/// preferred fix changes the code. A title merely misspelt stays CDSL0203, whose fix restores the title.
/// </summary>
public class TitleOfAnotherCodeTests
{
    private static string Procedure(string requirement) =>
        "guidance IPG939 \"x\" {\n  procedure {\n    " + requirement + "\n  }\n}\n";

    [Theory]
    [InlineData("opcs J21.3 \"Selective internal radiotherapy with microspheres to lesion of liver\"", "is J12.3's")]
    [InlineData("opcs J21.3 \"Selective internal radiotherapy with microsphere to lesion of liver\"", "is nearly J12.3's")]
    public void A_title_of_another_code_prefers_changing_the_code(string requirement, string says)
    {
        using var workspace = new TestWorkspace(fullTables: false);
        var text = Procedure(requirement);

        var diagnostic = Assert.Single(workspace.Analyze("typo.coding", text).Diagnostics);

        Assert.Equal(DiagnosticCatalog.TitleOfAnotherCode.Code, diagnostic.Code);
        Assert.Contains(says, diagnostic.Message);
        Assert.EndsWith("Did you mean J12.3?", diagnostic.Message);
        var preferred = Assert.Single(diagnostic.Fixes, f => f.IsPreferred);
        Assert.Equal("Change the code to J12.3", preferred.Title);
        Assert.Contains("opcs J12.3 \"Selective", TextEdit.Apply(text, preferred.Edits));
        Assert.Contains(diagnostic.Fixes, f => !f.IsPreferred && f.Title == "Keep J21.3 and use its title");
    }

    [Fact]
    public void A_misspelt_title_nearer_its_own_code_stays_a_title_warning()
    {
        using var workspace = new TestWorkspace(fullTables: false);
        var text = Procedure("opcs J12.3 \"Selective internal radiotherapy with microspheres to lesion of livr\"");

        var diagnostic = Assert.Single(workspace.Analyze("title.coding", text).Diagnostics);

        Assert.Equal(DiagnosticCatalog.TitleMismatch.Code, diagnostic.Code);
        Assert.Equal("Use the official title", Assert.Single(diagnostic.Fixes, f => f.IsPreferred).Title);
        Assert.DoesNotContain(diagnostic.Fixes, f => f.Title.StartsWith("Change the code", StringComparison.Ordinal));
    }
}
