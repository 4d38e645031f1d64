using CodingDsl.Export.Diff;
using CodingDsl.Export.Tests.Support;

namespace CodingDsl.Export.Tests.Diff;

/// <summary>The comparison itself; tests/cases/diff shows each kind of change in a report.</summary>
public sealed class MeaningComparerTests
{
    private const string Ipg327 = """
        guidance IPG327 "Radiofrequency ablation" {
          procedure {
            opcs J12.4 "Percutaneous radiofrequency ablation of lesion of liver"
            image-guided
            opcs Y53.- "Approach to organ under image control" or Y68.- "Other approach to organ under image control"
          }
        }
        """;

    [Fact]
    public void A_guidance_moved_to_another_file_unchanged_is_no_change()
    {
        var diff = MeaningComparer.Compare(DiffSides.Text(Ipg327, "IPG327.coding"), DiffSides.Text(Ipg327, "liver/ablation.coding"));

        Assert.False(diff.HasChanges);
        Assert.Equal(1, diff.GuidancesCompared);
    }

    [Fact]
    public void A_changed_guidance_in_a_renamed_file_is_reported_once_at_its_new_path()
    {
        var after = DiffSides.Text(Ipg327.Replace("image-guided", "percutaneous", StringComparison.Ordinal), "liver/ablation.coding");

        var guidance = Assert.Single(MeaningComparer.Compare(DiffSides.Text(Ipg327, "IPG327.coding"), after).Guidances);

        Assert.Equal(ChangeStatus.Changed, guidance.Status);
        Assert.Equal("IPG327.coding", guidance.Base!.Path);
        Assert.Equal("liver/ablation.coding", guidance.Head!.Path);
        Assert.Equal(
            [(ChangeStatus.Removed, "fact", "image-guided"), (ChangeStatus.Added, "fact", "percutaneous")],
            guidance.Changes.Select(c => (c.Status, c.Aspect, c.Before ?? c.After)));
    }

    [Fact]
    public void Alternatives_in_another_order_are_no_change_but_requirements_in_another_order_are()
    {
        var swappedAlternatives = Ipg327.Replace(
            "Y53.- \"Approach to organ under image control\" or Y68.- \"Other approach to organ under image control\"",
            "Y68.- \"Other approach to organ under image control\" or Y53.- \"Approach to organ under image control\"", StringComparison.Ordinal);
        var swappedStatements = """
            guidance IPG327 "Radiofrequency ablation" {
              procedure {
                opcs Y53.- "Approach to organ under image control" or Y68.- "Other approach to organ under image control"
                image-guided
                opcs J12.4 "Percutaneous radiofrequency ablation of lesion of liver"
              }
            }
            """;

        var alternatives = DiffSides.Compare(Ipg327, swappedAlternatives);
        var order = Assert.Single(Assert.Single(DiffSides.Compare(Ipg327, swappedStatements).Guidances).Changes);

        Assert.False(alternatives.HasChanges);
        Assert.Equal("order", order.Aspect);
        Assert.Equal("opcs J12.4; opcs Y53.- or Y68.-", order.Before);
        Assert.Equal("opcs Y53.- or Y68.-; opcs J12.4", order.After);
    }

    [Fact]
    public void A_rule_condition_regrouped_is_a_change_and_written_with_its_parentheses()
    {
        const string Rule = """
            rule main-first {
              when (laparoscopic or endoscopic) and first opcs subsidiary
              require first opcs main
            }
            """;

        var diff = DiffSides.Compare(Rule, Rule.Replace("(laparoscopic or endoscopic)", "laparoscopic or endoscopic", StringComparison.Ordinal));

        var change = Assert.Single(Assert.Single(diff.Rules).Changes);
        Assert.Equal("when", change.Aspect);
        Assert.Equal("(laparoscopic or endoscopic) and first opcs subsidiary", change.Before);
        Assert.Equal("laparoscopic or endoscopic and first opcs subsidiary", change.After);
    }

    [Fact]
    public void A_new_guidance_lists_everything_it_says_and_a_gone_one_everything_it_said()
    {
        var added = Assert.Single(DiffSides.Compare("", Ipg327).Guidances);
        var removed = Assert.Single(DiffSides.Compare(Ipg327, "").Guidances);

        Assert.Equal(ChangeStatus.Added, added.Status);
        Assert.Null(added.Base);
        Assert.All(added.Changes, c => Assert.Equal(ChangeStatus.Added, c.Status));
        Assert.Contains(added.Changes, c => c.Aspect == "requirement" && c.After == "opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"");
        Assert.Equal(ChangeStatus.Removed, removed.Status);
        Assert.Equal(added.Changes.Count, removed.Changes.Count);
        Assert.All(removed.Changes, c => Assert.Equal(ChangeStatus.Removed, c.Status));
    }
}
