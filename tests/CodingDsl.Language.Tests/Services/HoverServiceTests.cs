using CodingDsl.Language.Classifications;
using CodingDsl.Language.Classifications.Snomed;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Services;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;
using Xunit;

namespace CodingDsl.Language.Tests.Services;

public class HoverServiceTests
{
    private readonly ServiceTestHost host = new();
    private readonly string sample = ServiceTestHost.Sample("IPG327.coding");

    private HoverResult? HoverSample(string what, int delta = 1, int occurrence = 0)
    {
        var analysis = host.Open("IPG327.coding", sample);
        return HoverService.GetHover(analysis, ServiceTestHost.OffsetOf(sample, what, delta, occurrence), host.Resolver);
    }

    [Fact]
    public void A_code_shows_its_title_category_chapter_and_table()
    {
        var hover = HoverSample("J12.4");

        Assert.NotNull(hover);
        Assert.Equal(
            "**J12.4** Percutaneous radiofrequency ablation of lesion of liver\n\n" +
            "Category J12: Other therapeutic percutaneous operations on liver\n\n" +
            "Chapter J: Other abdominal organs, principally digestive\n\n" +
            "*OPCS-4.10 (bundled)*",
            hover.Markdown);
        Assert.Equal(new TextSpan(ServiceTestHost.OffsetOf(sample, "J12.4"), 5), hover.Span);
    }

    [Fact]
    public void A_subsidiary_category_says_it_is_subsidiary_and_lists_its_codes()
    {
        var hover = HoverSample("Y53.-");

        Assert.Equal(
            "**Y53.-** a code from category Y53: Approach to organ under image control\n\n" +
            "9 codes: Y53.1, Y53.2, Y53.3, Y53.4, Y53.5, Y53.6 …\n\n" +
            "Chapter Y: Subsidiary classification of methods of operation\n\n" +
            "Subsidiary code (chapter Y): recorded only after a main procedure code.\n\n" +
            "*OPCS-4.10 (bundled)*",
            hover!.Markdown);
    }

    [Fact]
    public void An_icd10_code_names_its_roman_chapter_and_the_starter_table()
    {
        var hover = HoverSample("C78.7");

        Assert.StartsWith("**C78.7** Secondary malignant neoplasm of liver and intrahepatic bile duct\n", hover!.Markdown, StringComparison.Ordinal);
        Assert.Contains("Chapter II: Neoplasms", hover.Markdown, StringComparison.Ordinal);
        Assert.EndsWith("*ICD-10 starter table (codes cited by NICE, bundled)*", hover.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_asterisk_code_says_so()
    {
        var text = "guidance IPG227 \"t\" {\n  diagnosis {\n    icd10 Q90.-† \"Down's syndrome\" and H19.8A \"x\"\n  }\n}\n";
        var analysis = host.Open("a.coding", text);

        var hover = HoverService.GetHover(analysis, ServiceTestHost.OffsetOf(text, "H19.8A", 2), host.Resolver);

        Assert.Contains("Asterisk code (manifestation): recorded with its dagger code, never first.", hover!.Markdown, StringComparison.Ordinal);
        Assert.Contains("The stated title differs: \"x\".", hover.Markdown, StringComparison.Ordinal);
        var dagger = HoverService.GetHover(analysis, ServiceTestHost.OffsetOf(text, "Q90", 1), host.Resolver);
        Assert.Contains("Dagger code (aetiology)", dagger!.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_code_says_it_is_not_in_the_table_and_suggests_near_codes()
    {
        var text = "guidance IPG1 \"t\" {\n  procedure {\n    opcs J12.0\n  }\n}\n";
        var hover = HoverService.GetHover(host.Open("a.coding", text), ServiceTestHost.OffsetOf(text, "J12.0", 1), host.Resolver);

        Assert.Matches(@"^\*\*J12\.0\*\* is not in OPCS-4\.10 \(bundled\)\. Did you mean [A-Z]\d\d\.\d \(", hover!.Markdown);
    }

    [Fact]
    public void A_snomed_id_shows_its_validity_and_no_release_status_without_a_release()
    {
        var text = "guidance IPG1 \"t\" {\n  procedure {\n    snomed 87628006 \"t\"\n    snomed 87628007\n  }\n}\n";
        var analysis = host.Open("a.coding", text);

        var valid = HoverService.GetHover(analysis, ServiceTestHost.OffsetOf(text, "87628006", 1), host.Resolver);
        var bad = HoverService.GetHover(analysis, ServiceTestHost.OffsetOf(text, "87628007", 1), host.Resolver);

        Assert.Equal("**SNOMED CT 87628006**\n\nA well-formed concept id (international or core partition): check digit and partition are valid.\n\nNo SNOMED CT release is configured, so whether it is active is not known.", valid!.Markdown);
        Assert.Equal("**SNOMED CT 87628007**\n\nNot a valid id: the check digit should be 6 (Verhoeff).", bad!.Markdown);
    }

    [Fact]
    public void A_snomed_id_shows_active_or_inactive_from_a_configured_release()
    {
        var text = "guidance IPG1 \"t\" {\n  procedure {\n    snomed 87628006\n  }\n}\n";
        var concepts = new SnomedConceptTable("SNOMED CT (test release)", new Dictionary<long, bool> { [87628006] = false });
        var analysis = host.Open("a.coding", text);
        analysis = analysis with { Configuration = new DocumentConfiguration(CodingDslConfiguration.Default, new ClassificationSet([], [], concepts, [])) };

        var hover = HoverService.GetHover(analysis, ServiceTestHost.OffsetOf(text, "87628006", 1), host.Resolver);

        Assert.EndsWith("**Inactive** in SNOMED CT (test release): use its active replacement.", hover!.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_hover_writes_a_position_condition_with_its_place()
    {
        var text = "rule third-z \"Z third\" {\n  when position 3 opcs chapter Z\n  message \"m\"\n}\n" +
                   "guidance IPG1 \"t\" {\n  procedure {\n    opcs J12.4 // codingdsl-disable-line third-z\n  }\n}\n";
        var analysis = host.Open("a.coding", text);

        var hover = HoverService.GetHover(analysis, ServiceTestHost.OffsetOf(text, "third-z", 2, occurrence: 1), host.Resolver);

        Assert.Contains("- when `position 3 opcs chapter Z`", hover!.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_name_in_a_suppression_comment_shows_the_rule()
    {
        var text = "rule needs-note \"Needs a note\" {\n  when image-guided\n  require has opcs Y53.- or not percutaneous\n  severity warning\n  message \"Add a note.\"\n}\n" +
                   "guidance IPG1 \"t\" {\n  procedure {\n    opcs J12.4 // codingdsl-disable-line needs-note CDSL0203\n  }\n}\n";
        var analysis = host.Open("a.coding", text);

        var hover = HoverService.GetHover(analysis, ServiceTestHost.OffsetOf(text, "needs-note", 2, occurrence: 1), host.Resolver);
        var code = HoverService.GetHover(analysis, ServiceTestHost.OffsetOf(text, "CDSL0203", 2), host.Resolver);

        Assert.Equal(
            "**rule needs-note** Needs a note (a.coding)\n\n- when `image-guided`\n- require `has opcs Y53.- or not percutaneous`\n- severity warning\n\nAdd a note.",
            hover!.Markdown);
        Assert.Equal(new TextSpan(ServiceTestHost.OffsetOf(text, "needs-note", occurrence: 1), "needs-note".Length), hover.Span);
        Assert.StartsWith("**CDSL0203** ", code!.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_standard_rule_shows_its_clauses_and_message()
    {
        var text = "guidance IPG1 \"t\" {\n  procedure {\n    opcs J12.4 // codingdsl-disable-line image-control\n  }\n}\n";
        var hover = HoverService.GetHover(host.Open("a.coding", text), ServiceTestHost.OffsetOf(text, "image-control", 3), host.Resolver);

        Assert.StartsWith("**rule image-control** Approach to organ under image control (standard library)\n\n- code CDSL0501\n- when `image-guided and has opcs main and not has opcs states-imaging-method`\n- require `has opcs Y53.- or has opcs Y68.-`\n- severity error\n", hover!.Markdown, StringComparison.Ordinal);
        Assert.EndsWith("(.9 when the method is not stated).", hover.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_reference_shows_the_members_and_a_builtin_its_meaning()
    {
        var text = "set mine = opcs Y53.-, chapter Z\nrule r {\n  when has opcs mine and not has opcs states-imaging-method and has opcs subsidiary\n  message \"m\"\n}\n";
        var analysis = host.Open("a.coding", text);

        var own = HoverService.GetHover(analysis, ServiceTestHost.OffsetOf(text, "mine", 1, 1), host.Resolver);
        var standard = HoverService.GetHover(analysis, ServiceTestHost.OffsetOf(text, "states-imaging", 1), host.Resolver);
        var builtin = HoverService.GetHover(analysis, ServiceTestHost.OffsetOf(text, "subsidiary", 1), host.Resolver);

        Assert.Equal("**set mine** (a.coding)\n\n```coding\nset mine = opcs Y53.-, chapter Z\n```", own!.Markdown);
        Assert.StartsWith("**set states-imaging-method** (standard library)\n\n```coding\nset states-imaging-method = opcs L86.2, O15.1,", standard!.Markdown, StringComparison.Ordinal);
        Assert.Equal("Built-in set: OPCS-4 chapters Y and Z, recorded only after a main code.", builtin!.Markdown);
    }

    [Fact]
    public void A_use_path_shows_the_file_and_what_it_declares()
    {
        host.AddDiskFile("lib/team.coding", "set approach = opcs Y53.-\nrule needs-approach {\n  message \"m\"\n}\n");
        var text = "use \"lib/team.coding\"\nuse \"missing.coding\"\n";
        var analysis = host.Open("a.coding", text);

        var found = HoverService.GetHover(analysis, 6, host.Resolver);
        var missing = HoverService.GetHover(analysis, ServiceTestHost.OffsetOf(text, "missing", 1), host.Resolver);

        Assert.Equal("Uses `/ws/lib/team.coding`\n\nRules: needs-approach\n\nSets: approach", found!.Markdown);
        Assert.Equal("No file at `/ws/missing.coding`.", missing!.Markdown);
    }

    [Fact]
    public void A_keyword_shows_its_line_of_the_language_reference()
    {
        var hover = HoverSample("procedure");

        Assert.Equal("`procedure { … }` — what is recorded for the procedure; a quoted name makes a variant.", hover!.Markdown);
    }

    [Fact]
    public void Whitespace_and_positions_outside_the_document_have_no_hover()
    {
        var analysis = host.Open("IPG327.coding", sample);

        Assert.Null(HoverService.GetHover(analysis, sample.IndexOf("\n\n", StringComparison.Ordinal) + 1, host.Resolver));
        Assert.Null(HoverService.GetHover(analysis, sample.Length + 10, host.Resolver));
    }

    /// <summary>Hover (and completion's detail) on any word of the language shows its line of the reference, so a new keyword cannot be left without one.</summary>
    [Fact]
    public void Every_word_of_the_language_has_a_reference_line()
    {
        var words = new[]
        {
            Keywords.TopLevel, Keywords.GuidanceItems, Keywords.SectionItems, Keywords.Facts, Keywords.RuleClauses,
            Keywords.Modifiers, Keywords.CodeAnnotations, Keywords.Operators, Keywords.BuiltinSelectors, Keywords.Severities,
        }.SelectMany(w => w).Distinct().ToArray();

        Assert.Equal(Array.Empty<string>(), words.Where(w => KeywordDocs.Get(w) is null).ToArray());
    }
}
