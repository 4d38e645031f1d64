using CodingDsl.Language.Classifications;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Releases;
using CodingDsl.Language.Services;
using CodingDsl.Language.Workspace;
using Xunit;

namespace CodingDsl.Language.Tests.Releases;

/// <summary>Several releases side by side: Y68.2 by version, `check --against` findings, the upgrade plan.</summary>
public class ReleaseComparerTests
{
    private static readonly ReleaseName Opcs411 = new(CodeSystem.Opcs4, "4.11");

    private static string Guidance(string version, string body) =>
        "guidance IPG327 \"Radiofrequency ablation for colorectal liver metastases\" {\n  source \"https://www.nice.org.uk/guidance/ipg327\"\n"
        + (version.Length > 0 ? $"  classifications {version}\n" : string.Empty)
        + "  procedure {\n" + body + "  }\n}\n";

    private const string Y682 = "    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n    image-guided\n    opcs Y68.2 \"Approach to organ under near infrared fluorescence control\"\n";

    [Fact]
    public void Y68_2_is_accepted_under_OPCS_4_11_and_refused_under_OPCS_4_10()
    {
        using var folder = new ReleaseFolder();

        var under411 = folder.Analyze("a.coding", Guidance("opcs-4.11", Y682));
        var under410 = folder.Analyze("b.coding", Guidance("opcs-4.10", Y682));

        Assert.DoesNotContain(under411.Diagnostics, d => d.Level >= DiagnosticLevel.Warning);
        var refused = Assert.Single(under410.Diagnostics, d => d.Level == DiagnosticLevel.Error);
        Assert.Equal(DiagnosticCatalog.NotInDeclaredVersion.Code, refused.Code);
        Assert.Contains("Y68.2 is not in OPCS-4.10", refused.Message);
    }

    [Fact]
    public void A_code_the_target_does_not_have_is_reported_with_candidates_of_its_category()
    {
        using var folder = new ReleaseFolder();
        var analysis = folder.Analyze("a.coding", Guidance("opcs-4.10",
            "    opcs G16.2 \"Diagnostic fibreoptic endoscopic ultrasound examination of oesophagus\"\n      and Y76.4 \"Endoscopic ultrasonic approach to other body cavity\"\n"));

        var change = Assert.Single(ReleaseComparer.Compare(analysis, Opcs411), c => c.Kind == ReleaseChangeKind.Retired);

        Assert.Equal("Y76.4", change.Code);
        Assert.Equal(DiagnosticCatalog.NotInTargetRelease.Code, change.Diagnostic.Code);
        Assert.Contains(change.Codes, c => c.Code.StartsWith("Y76.", StringComparison.Ordinal));
        Assert.All(change.Diagnostic.Fixes, f => Assert.False(f.IsPreferred));
    }

    [Fact]
    public void A_changed_title_is_reported_and_the_upgrade_writes_the_new_one_in_place()
    {
        using var folder = new ReleaseFolder();
        var text = Guidance("opcs-4.10", "    // the kidney\n    opcs M10.4   \"Endoscopic cryoablation of lesion of kidney\"   // keep me\n");
        var analysis = folder.Analyze("a.coding", text);

        var plan = UpgradePlanner.Plan(analysis, Opcs411);

        var change = Assert.Single(plan.Changes);
        Assert.Equal(ReleaseChangeKind.TitleChanged, change.Kind);
        Assert.Equal(text
            .Replace("classifications opcs-4.10", "classifications opcs-4.11")
            .Replace("\"Endoscopic cryoablation of lesion of kidney\"", "\"Percutaneous endoscopic cryoablation of lesion of kidney\""), plan.NewText);
    }

    [Fact]
    public void A_guidance_without_a_version_declares_the_target_on_a_new_line_after_source()
    {
        using var folder = new ReleaseFolder();
        var text = Guidance("", "    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n");
        var analysis = folder.Analyze("a.coding", text);

        var plan = UpgradePlanner.Plan(analysis, Opcs411);

        Assert.Equal(["IPG327"], plan.Declared);
        Assert.Equal(text.Replace("ipg327\"\n", "ipg327\"\n  classifications opcs-4.11\n"), plan.NewText);
    }

    [Fact]
    public void A_category_that_gains_codes_and_the_image_control_rule_are_reported_for_review()
    {
        using var folder = new ReleaseFolder();
        var analysis = folder.Analyze("a.coding", Guidance("opcs-4.10",
            "    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n    image-guided\n    opcs Y68.- \"Other approach to organ under image control\"\n"));

        var changes = ReleaseComparer.Compare(analysis, Opcs411);

        var category = Assert.Single(changes, c => c.Kind == ReleaseChangeKind.CategoryGainsCodes);
        Assert.Equal(["Y68.2", "Y68.3", "Y68.4", "Y68.5"], category.Codes.Select(c => c.Code));
        Assert.Equal(DiagnosticLevel.Info, category.Diagnostic.Level);
        var rule = Assert.Single(changes, c => c.Kind == ReleaseChangeKind.RuleNeedsReview);
        Assert.Equal("image-control", rule.Code);
        Assert.Contains("set states-imaging-method: Y76.4 is not in OPCS-4.11", rule.Diagnostic.Message);
    }

    [Fact]
    public void A_code_the_target_subdivides_now_needs_a_fourth_character()
    {
        var folder = Directory.CreateTempSubdirectory("codingdsl-releases-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "icd-5.tsv"), "code\ttitle\nI10\tEssential (primary) hypertension\nC78\tSecondary malignant neoplasm\nC78.7\tSecondary malignant neoplasm of liver\n");
            File.WriteAllText(Path.Combine(folder, "icd-6.tsv"), "code\ttitle\nI10\tEssential (primary) hypertension\nI10.0\tBenign hypertension\nI10.9\tUnspecified hypertension\nC78\tSecondary malignant neoplasm\nC78.7\tSecondary malignant neoplasm of liver\n");
            File.WriteAllText(Path.Combine(folder, "codingdsl.json"), "{ \"classifications\": { \"icd10\": [ { \"version\": \"5\", \"path\": \"icd-5.tsv\" }, { \"version\": \"6\", \"path\": \"icd-6.tsv\" } ] } }");
            var text = DiagnosticCatalog.NowSubdivided.BadExample;
            var path = Path.Combine(folder, "a.coding");
            File.WriteAllText(path, text);
            var analysis = WorkspaceAnalyzer.Analyze([new DocumentInput(path, text)], new CodingWorkspace())[0];

            var change = Assert.Single(ReleaseComparer.Compare(analysis, new ReleaseName(CodeSystem.Icd10, "6")));

            Assert.Equal(ReleaseChangeKind.NowSubdivided, change.Kind);
            Assert.Equal(DiagnosticCatalog.NowSubdivided.Code, change.Diagnostic.Code);
            Assert.Equal("I10.-", Assert.Single(change.Diagnostic.Fixes).Edits.Single().NewText);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Hover_shows_the_code_in_every_configured_release_with_its_date()
    {
        using var folder = new ReleaseFolder(opcs410From: "2022-04-01", opcs411From: "2026-04-01");
        var text = Guidance("opcs-4.10", Y682);
        var analysis = folder.Analyze("a.coding", text);

        var hover = HoverService.GetHover(analysis, text.IndexOf("Y68.2", StringComparison.Ordinal) + 1)!;

        Assert.Contains("**Releases**", hover.Markdown);
        Assert.Contains("| OPCS-4.10 (OPCS410 CodesAndTitles.txt) | 2022-04-01 | **not in this release** | — |", hover.Markdown);
        Assert.Contains("| OPCS-4.11 (opcs-4.11-fixture.txt) | 2026-04-01 | in this release | Approach to organ under near infrared fluorescence control |", hover.Markdown);
    }

    [Fact]
    public void The_upgrade_is_offered_as_a_source_action_with_the_planned_edits()
    {
        using var folder = new ReleaseFolder();
        var text = Guidance("opcs-4.10", "    opcs M10.4 \"Endoscopic cryoablation of lesion of kidney\"\n");
        var analysis = folder.Analyze("a.coding", text);

        var action = Assert.Single(CodeActionService.GetCodeActions(analysis, new CodingDsl.Language.Text.TextSpan(0, 0)), a => a.Kind == CodeActionKind.SourceUpgrade);

        Assert.Equal("Upgrade this file to OPCS-4.11", action.Title);
        Assert.Equal(UpgradePlanner.Plan(analysis, Opcs411).NewText, CodingDsl.Language.Text.TextEdit.Apply(text, action.Edits));
    }

    [Fact]
    public void No_upgrade_is_offered_when_only_one_release_is_configured()
    {
        using var workspace = new TestWorkspace(fullTables: false);
        var analysis = workspace.Analyze("a.coding", Guidance("opcs-4.10", "    opcs M10.4 \"Endoscopic cryoablation of lesion of kidney\"\n"));

        Assert.DoesNotContain(CodeActionService.GetCodeActions(analysis, new CodingDsl.Language.Text.TextSpan(0, 0)), a => a.Kind == CodeActionKind.SourceUpgrade);
    }
}
