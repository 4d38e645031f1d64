using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Evaluation;
using CodingDsl.Language.Rules;
using CodingDsl.Language.Workspace;
using Xunit;

namespace CodingDsl.Language.Tests.Rules;

/// <summary>
/// Every kind of rule condition (or, and, not, a fact, `has` with a pattern, a set and each built-in
/// selector, `first`/`second`/`position N`, a name that binds to nothing), compiled once and checked over
/// recorded codes: what `evaluate` decides for an episode and the editor for a guidance path.
/// </summary>
public sealed class ConditionEvaluatorTests
{
    private const string Rules = """
        set scopes = opcs J12.-, L86.2
        rule any-of "t" { when has opcs J12.4 or has icd10 C18.- message "m" }
        rule all-of "t" { when has opcs J12.4 and has icd10 C18.- message "m" }
        rule not-has "t" { when not has opcs Y53.- message "m" }
        rule fact "t" { when image-guided message "m" }
        rule in-set "t" { when has opcs scopes message "m" }
        rule subsidiary "t" { when has opcs subsidiary message "m" }
        rule main-opcs "t" { when has opcs main message "m" }
        rule main-icd10 "t" { when has icd10 main message "m" }
        rule asterisk "t" { when has icd10 asterisk message "m" }
        rule dagger "t" { when has icd10 dagger message "m" }
        rule at-first "t" { when first opcs subsidiary message "m" }
        rule at-second "t" { when second opcs Y53.- message "m" }
        rule at-third "t" { when position 3 opcs Z94.- message "m" }
        """;

    private static readonly IReadOnlyList<Semantics.BoundRule> Bound =
        WorkspaceAnalyzer.Analyze([new DocumentInput("/conditions.coding", Rules)])[0].Rules;

    private static readonly EpisodeCodeReader Reader = new(ClassificationSet.Bundled);

    private static readonly IReadOnlySet<string> NoFacts = new HashSet<string>();

    /// <summary>Codes as an episode records them: "opcs:J124", "icd10:C187".</summary>
    private static RecordedCode[] Codes(params string[] codes) => codes
        .Select(c => c.Split(':'))
        .Select(p => Reader.Read(p[0] == "opcs" ? CodeSystem.Opcs4 : CodeSystem.Icd10, p[1]).Code!)
        .ToArray();

    private static bool When(string rule, RecordedCode[] codes, IReadOnlySet<string>? facts = null) =>
        ConditionEvaluator.Holds(Bound.Single(r => r.Name == rule).When!, codes, facts ?? NoFacts);

    [Theory]
    [InlineData("any-of", "opcs:J124", true)]
    [InlineData("any-of", "icd10:C187", true)]
    [InlineData("any-of", "opcs:J125", false)]
    [InlineData("all-of", "opcs:J124 icd10:C187", true)]
    [InlineData("all-of", "opcs:J124", false)]
    [InlineData("not-has", "opcs:J124", true)]
    [InlineData("not-has", "opcs:J124 opcs:Y534", false)]
    [InlineData("in-set", "opcs:J121", true)]
    [InlineData("in-set", "opcs:L862", true)]
    [InlineData("in-set", "opcs:L861", false)]
    [InlineData("subsidiary", "opcs:J124 opcs:Y534", true)]
    [InlineData("subsidiary", "opcs:J124", false)]
    [InlineData("main-opcs", "opcs:Y534", false)]
    [InlineData("main-opcs", "opcs:Y534 opcs:J124", true)]
    [InlineData("main-icd10", "icd10:H198", false)]
    [InlineData("main-icd10", "icd10:H198 icd10:Q90", true)]
    [InlineData("asterisk", "icd10:H198", true)]
    [InlineData("asterisk", "icd10:Q90", false)]
    [InlineData("dagger", "icd10:Q90", true)]
    [InlineData("dagger", "icd10:H198", false)]
    [InlineData("at-first", "opcs:Y534 opcs:J124", true)]
    [InlineData("at-first", "opcs:J124 opcs:Y534", false)]
    [InlineData("at-first", "icd10:C187 opcs:Y534", true)] // places count the tested system's codes only
    [InlineData("at-second", "opcs:J124 icd10:C187 opcs:Y534", true)]
    [InlineData("at-second", "opcs:Y534 opcs:J124", false)]
    [InlineData("at-third", "opcs:J124 opcs:Y534 opcs:Z941", true)]
    [InlineData("at-third", "opcs:J124 opcs:Z941", false)]
    public void Each_kind_of_condition_holds_exactly_over_the_codes_it_describes(string rule, string codes, bool holds) =>
        Assert.Equal(holds, When(rule, Codes(codes.Split(' '))));

    [Fact]
    public void A_fact_holds_only_when_the_path_or_section_states_it()
    {
        Assert.True(When("fact", Codes("opcs:J124"), new HashSet<string> { "image-guided" }));
        Assert.False(When("fact", Codes("opcs:J124"), new HashSet<string> { "endoscopic" }));
        Assert.False(When("fact", Codes("opcs:J124")));
    }

    [Fact]
    public void A_condition_that_names_nothing_bound_never_holds()
    {
        var analysis = WorkspaceAnalyzer.Analyze([new DocumentInput("/unbound.coding", "rule u \"t\" { when has opcs no-such-set message \"m\" }")])[0];

        var rule = Assert.Single(analysis.Rules, r => r.Name == "u");
        Assert.IsType<Semantics.Unbound>(rule.When);
        Assert.False(ConditionEvaluator.Holds(rule.When!, Codes("opcs:J124"), NoFacts));
    }
}
