using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.StandardLibrary;
using Xunit;

namespace CodingDsl.Language.Tests.Rules;

public class StandardLibraryTests
{
    [Fact]
    public void The_standard_library_parses_and_binds_without_diagnostics()
    {
        Assert.Empty(StandardRules.Model.Tree.Diagnostics);
        Assert.Empty(StandardRules.Model.Diagnostics);
    }

    [Fact]
    public void Every_standard_rule_has_a_catalogue_code_a_condition_and_a_message()
    {
        Assert.Equal(
            ["image-control", "subsidiary-alone", "subsidiary-first", "asterisk-alone", "asterisk-first", "secondary-neoplasm-primary", "external-cause-first"],
            StandardRules.Rules.Select(r => r.Name));
        Assert.All(StandardRules.Rules, r =>
        {
            Assert.NotEqual(DiagnosticCatalog.RuleNotMet, r.Descriptor);
            Assert.NotNull(r.When);
            Assert.False(string.IsNullOrWhiteSpace(r.Message));
        });
    }
}
