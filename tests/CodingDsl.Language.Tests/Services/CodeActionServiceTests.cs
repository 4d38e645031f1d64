using CodingDsl.Language.Services;
using CodingDsl.Language.Text;
using Xunit;

namespace CodingDsl.Language.Tests.Services;

public class CodeActionServiceTests
{
    private readonly ServiceTestHost host = new();
    private readonly string sample = ServiceTestHost.Sample("IPG327.coding");

    private string WithoutApproach() =>
        sample.Replace("    opcs Y53.- \"Approach to organ under image control\"\n      or Y68.- \"Other approach to organ under image control\"\n", string.Empty, StringComparison.Ordinal);

    [Fact]
    public void The_missing_approach_fix_and_its_suppression_are_offered_and_the_fix_makes_the_file_clean()
    {
        var text = WithoutApproach();
        Assert.NotEqual(sample, text);
        var analysis = host.Open("IPG327.coding", text);
        var at = new TextSpan(ServiceTestHost.OffsetOf(text, "J12.4", 2), 0);

        var actions = CodeActionService.GetCodeActions(analysis, at);

        Assert.Equal(["Add opcs Y53.- or Y68.-", "Silence CDSL0501 on this line", "Fix all in file"], actions.Select(a => a.Title));
        var fix = actions[0];
        Assert.True(fix.IsPreferred);
        Assert.Equal("CDSL0501", Assert.Single(fix.Diagnostics).Code);
        var lineEnd = text.IndexOf('\n', ServiceTestHost.OffsetOf(text, "J12.4"));
        Assert.Equal([new TextEdit(new TextSpan(lineEnd, 0), "\n    opcs Y53.- \"Approach to organ under image control\" or Y68.- \"Other approach to organ under image control\"")], fix.Edits);
        Assert.Equal([new TextEdit(new TextSpan(lineEnd, 0), " // codingdsl-disable-line CDSL0501")], actions[1].Edits);

        var fixedText = TextEdit.Apply(text, fix.Edits);
        Assert.DoesNotContain(host.Open("IPG327.coding", fixedText).Diagnostics, d => d.Code == "CDSL0501");
        var silencedText = TextEdit.Apply(text, actions[1].Edits);
        Assert.DoesNotContain(host.Open("IPG327.coding", silencedText).Diagnostics, d => d.Code == "CDSL0501");
    }

    [Fact]
    public void A_line_ending_in_another_comment_is_silenced_from_the_line_above()
    {
        var analysis = host.Open("IPG327.coding", sample);
        var at = new TextSpan(ServiceTestHost.OffsetOf(sample, "pending", 1), 0);

        var silence = CodeActionService.GetCodeActions(analysis, at).Single(a => a.Title.StartsWith("Silence", StringComparison.Ordinal));

        Assert.Equal("Silence CDSL0304 on this line", silence.Title);
        var lineStart = sample.LastIndexOf('\n', ServiceTestHost.OffsetOf(sample, "snomed pending")) + 1;
        Assert.Equal([new TextEdit(new TextSpan(lineStart, 0), "    // codingdsl-disable-next-line CDSL0304\n")], silence.Edits);
        Assert.DoesNotContain(host.Open("IPG327.coding", TextEdit.Apply(sample, silence.Edits)).Diagnostics, d => d.Code == "CDSL0304");
    }

    [Fact]
    public void An_existing_directive_is_extended_not_repeated()
    {
        var text = "guidance IPG1 \"t\" {\n  procedure {\n    opcs J12.4 \"Wrong title\" // codingdsl-disable-line CDSL0304\n  }\n}\n";
        var analysis = host.Open("a.coding", text);
        var mismatch = analysis.Diagnostics.Single(d => d.Code == "CDSL0203");

        var silence = CodeActionService.Suppress(analysis, mismatch)!;

        var after = ServiceTestHost.OffsetOf(text, "CDSL0304", 8);
        Assert.Equal([new TextEdit(new TextSpan(after, 0), " CDSL0203")], silence.Edits);
        var silenced = TextEdit.Apply(text, silence.Edits);
        Assert.Contains("// codingdsl-disable-line CDSL0304 CDSL0203\n", silenced, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Open("a.coding", silenced).Diagnostics, d => d.Code == "CDSL0203");
    }

    [Fact]
    public void A_user_rule_is_silenced_by_its_name()
    {
        var text = "rule no-j12 {\n  when has opcs J12.-\n  message \"No J12.\"\n}\nguidance IPG1 \"t\" {\n  procedure {\n    opcs J12.4\n  }\n}\n";
        var analysis = host.Open("a.coding", text);
        var finding = analysis.Diagnostics.Single(d => d.RuleName == "no-j12");

        Assert.Equal("Silence no-j12 on this line", CodeActionService.Suppress(analysis, finding)!.Title);
    }

    [Fact]
    public void Fix_all_applies_every_preferred_fix_in_one_edit_set()
    {
        var text = "guidance IPG1 \"t\" {\n  procedure {\n    opcs j12.4\n  }\n  diagnosis {\n    icd10 C78.7 \"Liver secondaries\"\n  }\n}\n";
        var analysis = host.Open("a.coding", text);

        var fixAll = CodeActionService.GetFixAll(analysis)!;

        Assert.Equal(CodeActionKind.SourceFixAll, fixAll.Kind);
        Assert.Equal(
            [
                new TextEdit(Find(text, "j12.4"), "J12.4"),
                new TextEdit(Find(text, "\"Liver secondaries\""), "\"Secondary malignant neoplasm of liver and intrahepatic bile duct\""),
            ],
            fixAll.Edits);
        var fixedText = TextEdit.Apply(text, fixAll.Edits);
        Assert.DoesNotContain(host.Open("a.coding", fixedText).Diagnostics, d => d.Code is "CDSL0201" or "CDSL0203");
        Assert.Null(CodeActionService.GetFixAll(host.Open("b.coding", "set s = opcs Y53.-\n")));
    }

    [Fact]
    public void Fix_all_leaves_guesses_at_unknown_codes_to_the_user()
    {
        var text = "guidance IPG1 \"t\" {\n  procedure {\n    opcs J12.0\n    opcs j12.4\n  }\n}\n";
        var analysis = host.Open("a.coding", text);
        var unknown = analysis.Diagnostics.Single(d => d.Code == "CDSL0202");
        Assert.All(unknown.Fixes, f => Assert.False(f.IsPreferred));

        var fixAll = CodeActionService.GetFixAll(analysis)!;

        Assert.Equal([new TextEdit(Find(text, "j12.4"), "J12.4")], fixAll.Edits);
        Assert.Equal(["CDSL0201"], fixAll.Diagnostics.Select(d => d.Code));
        Assert.Contains(CodeActionService.GetCodeActions(analysis, unknown.Span), a => a.Title.StartsWith("Change to J12.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_range_away_from_any_diagnostic_offers_only_fix_all()
    {
        var text = "guidance IPG1 \"t\" {\n  procedure {\n    opcs j12.4\n  }\n}\n";
        var analysis = host.Open("a.coding", text);

        Assert.Equal(["Fix all in file"], CodeActionService.GetCodeActions(analysis, new TextSpan(0, 3)).Select(a => a.Title));
    }

    private static TextSpan Find(string text, string what) => new(text.IndexOf(what, StringComparison.Ordinal), what.Length);
}
