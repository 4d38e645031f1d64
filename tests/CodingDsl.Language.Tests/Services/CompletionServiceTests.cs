using CodingDsl.Language.Services;
using CodingDsl.Language.Text;
using Xunit;

namespace CodingDsl.Language.Tests.Services;

public class CompletionServiceTests
{
    private const string Head = "guidance IPG327 \"Radiofrequency ablation for colorectal liver metastases\" {\n  procedure {\n";
    private const string Tail = "\n  }\n}\n";

    private readonly ServiceTestHost host = new();

    private CompletionList Complete(string marked, string name = "a.coding")
    {
        var (analysis, offset) = host.OpenAtCursor(name, marked);
        return CompletionService.GetCompletions(analysis, offset, host.Resolver);
    }

    private static string[] Labels(CompletionList list) => list.Items.Select(i => i.Label).ToArray();

    [Fact]
    public void After_a_variant_name_if_is_offered_for_a_variant_chosen_by_a_condition()
    {
        Assert.Equal(["if"], Labels(Complete("guidance IPG1 \"t\" {\n  procedure \"Rigid\" |\n}\n")));
        Assert.Equal(["if"], Labels(Complete("guidance IPG1 \"t\" {\n  procedure \"Rigid\" i|\n}\n")));
    }

    [Fact]
    public void Code_prefix_after_opcs_lists_the_category_codes_in_order_with_their_titles()
    {
        var text = Head + "    opcs J12.|" + Tail;
        var list = Complete(text);

        Assert.Equal(["J12.1", "J12.2", "J12.3", "J12.4", "J12.5", "J12.6", "J12.7", "J12.8", "J12.9"], Labels(list));
        Assert.False(list.IsIncomplete);
        var j124 = list.Items[3];
        Assert.Equal(CompletionKind.Code, j124.Kind);
        Assert.Equal("Percutaneous radiofrequency ablation of lesion of liver", j124.Detail);
        var start = text.IndexOf("J12.", StringComparison.Ordinal);
        Assert.Equal(new TextEdit(new TextSpan(start, 4), "J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\""), j124.Edit);
        Assert.Equal("J12.4", j124.FilterText);
    }

    [Fact]
    public void Lower_case_and_undotted_prefixes_are_read_as_codes()
    {
        Assert.Equal("J12.4", Labels(Complete(Head + "    opcs j124|" + Tail)).Single());
        Assert.Equal(["J12.-", "J12.1"], Labels(Complete(Head + "    opcs J12|" + Tail)).Take(2));
    }

    [Fact]
    public void Words_of_the_title_find_the_code_and_the_edit_replaces_all_typed_words()
    {
        var text = Head + "    opcs liver abl|" + Tail;
        var list = Complete(text);

        // The guidance is about radiofrequency ablation, so of the liver ablation codes J12.4 leads.
        Assert.Equal("J12.4", list.Items[0].Label);
        Assert.True(list.IsIncomplete);
        var item = list.Items.Single(i => i.Label == "J12.4");
        var start = text.IndexOf("liver abl", StringComparison.Ordinal);
        Assert.Equal(new TextSpan(start, "liver abl".Length), item.Edit.Span);
        Assert.Equal("liver abl", item.FilterText);
        Assert.All(list.Items, i => Assert.Contains("liver", i.Detail!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Without_a_guidance_title_to_go_by_title_matches_keep_the_table_ranking()
    {
        var list = Complete("guidance IPG1 \"t\" {\n  procedure {\n    opcs liver abl|\n  }\n}\n");

        Assert.Equal(["J03.3", "J03.4", "J12.6", "J12.7", "J12.5", "J12.4"], Labels(list).Take(6));
    }

    [Fact]
    public void After_image_guided_the_image_control_approach_codes_come_first()
    {
        var list = Complete(Head + "    opcs J12.4\n    image-guided\n    opcs |" + Tail);

        Assert.Equal(["Y53.-", "Y53.1", "Y53.2"], Labels(list).Take(3));
        Assert.Contains("Y68.-", Labels(list));
        Assert.All(list.Items, i => Assert.Matches("^Y(53|68)", i.Label));
    }

    [Fact]
    public void Title_words_after_a_main_code_rank_chapter_Y_first()
    {
        var list = Complete(Head + "    opcs J12.4\n    opcs contr|" + Tail);

        Assert.StartsWith("Y", list.Items[0].Label);
    }

    [Fact]
    public void A_code_after_or_keeps_the_system_of_the_statement()
    {
        var list = Complete(Head + "    opcs Y53.- \"Approach to organ under image control\"\n      or Y6|" + Tail);

        Assert.Equal(["Y60.-", "Y60.1", "Y60.2"], Labels(list).Take(3));
        Assert.All(list.Items, i => Assert.StartsWith("Y6", i.Label));
    }

    [Fact]
    public void After_icd10_only_icd10_codes_are_offered()
    {
        var list = Complete("guidance IPG327 \"t\" {\n  diagnosis {\n    icd10 C78.|\n  }\n}\n");

        Assert.Equal(["C78.7", "C78.8"], Labels(list));
        Assert.Equal("Secondary malignant neoplasm of liver and intrahepatic bile duct", list.Items[0].Detail);
    }

    [Fact]
    public void The_list_is_bounded_and_marked_incomplete()
    {
        var list = Complete(Head + "    opcs A|" + Tail);

        Assert.Equal(CompletionService.DefaultMaxItems, list.Items.Count);
        Assert.True(list.IsIncomplete);
        Assert.Equal("0000", list.Items[0].SortText);
    }

    [Fact]
    public void Top_level_offers_declarations_and_snippets()
    {
        var list = Complete("|");

        Assert.Equal(["guidance", "rule", "set", "use"], list.Items.Where(i => i.Kind == CompletionKind.Keyword).Select(i => i.Label));
        Assert.Equal(["guidance", "rule", "set"], list.Items.Where(i => i.IsSnippet).Select(i => i.Label));
        Assert.StartsWith("guidance ${1:IPG000}", list.Items.First(i => i.IsSnippet).InsertText, StringComparison.Ordinal);
    }

    [Fact]
    public void Guidance_items_and_section_snippets_inside_a_guidance()
    {
        var list = Complete("guidance IPG1 \"t\" {\n  |\n}\n");

        Assert.Equal(["source", "classifications", "note", "procedure", "diagnosis"], list.Items.Where(i => i.Kind == CompletionKind.Keyword).Select(i => i.Label));
        Assert.Contains(list.Items, i => i.IsSnippet && i.InsertText.StartsWith("procedure {", StringComparison.Ordinal));
    }

    [Fact]
    public void Section_items_and_facts_inside_a_section_replace_the_partial_word()
    {
        var text = Head + "    ima|" + Tail;
        var list = Complete(text);

        Assert.Equal(["snomed", "case-by-case", "note", "opcs", "icd10"], list.Items.Where(i => i.Kind == CompletionKind.Keyword).Select(i => i.Label));
        var fact = list.Items.Single(i => i.Label == "image-guided");
        Assert.Equal(CompletionKind.Fact, fact.Kind);
        Assert.Equal(new TextSpan(text.IndexOf("ima", StringComparison.Ordinal), 3), fact.Edit.Span);
    }

    [Fact]
    public void After_a_code_and_its_title_the_continuations_and_modifiers()
    {
        var list = Complete(Head + "    opcs Y53.- \"Approach to organ under image control\" |" + Tail);

        Assert.Equal(["or", "and", "nice", "remark", "optional", "if", "position", "default"], Labels(list));
    }

    [Fact]
    public void A_new_line_below_a_requirement_also_offers_its_continuations()
    {
        var list = Complete(Head + "    opcs Y53.-\n    |" + Tail);

        Assert.Equal(["or", "and", "nice", "remark", "optional", "if", "position", "default", "snomed"], Labels(list).Take(9));
    }

    [Fact]
    public void Rule_clauses_and_condition_keywords()
    {
        Assert.Equal(["when", "require", "severity", "message", "code", "fix"], Labels(Complete("rule r {\n  |\n}\n")));
        Assert.Equal(["has", "first", "second", "not", "image-guided", "percutaneous", "laparoscopic", "endoscopic", "open"], Labels(Complete("rule r {\n  when |\n}\n")));
        Assert.Equal(["opcs", "icd10"], Labels(Complete("rule r {\n  when image-guided and has |\n}\n")));
        Assert.Equal(["and", "or"], Labels(Complete("rule r {\n  when image-guided |\n}\n")));
        Assert.Equal(["error", "warning", "info"], Labels(Complete("rule r {\n  severity |\n}\n")));
        Assert.Equal(["add"], Labels(Complete("rule r {\n  fix |\n}\n")));
    }

    [Fact]
    public void Set_names_after_has_opcs_include_own_used_and_standard_sets_and_the_builtins()
    {
        host.AddDiskFile("lib/team.coding", "set team-approach = opcs Y53.-, Y68.-\nset team-icd = icd10 C18.-\n");
        var list = Complete("use \"lib/team.coding\"\nset mine = opcs J12.-\nrule r {\n  when has opcs |\n}\n");

        Assert.Equal(["mine", "team-approach", "states-imaging-method", "main", "subsidiary"], list.Items.Where(i => i.Kind == CompletionKind.Set).Select(i => i.Label));
        Assert.Equal("set (team.coding)", list.Items.Single(i => i.Label == "team-approach").Detail);
        Assert.Equal(["secondary-neoplasm", "primary-site", "external-cause", "main", "asterisk", "dagger"], Complete("rule r {\n  when first icd10 |\n}\n").Items.Where(i => i.Kind == CompletionKind.Set).Select(i => i.Label));
    }

    [Fact]
    public void Rule_names_and_codes_inside_a_suppression_comment()
    {
        var text = "rule my-rule {\n  message \"m\"\n}\nguidance IPG1 \"t\" {\n  procedure {\n    opcs J12.4 // codingdsl-disable-line my|\n  }\n}\n";
        var list = Complete(text);

        Assert.Equal("my-rule", list.Items[0].Label);
        Assert.Equal(CompletionKind.Rule, list.Items[0].Kind);
        Assert.Contains(list.Items, i => i.Label == "image-control");
        Assert.Contains(list.Items, i => i.Label == "CDSL0203");
        Assert.Equal(new TextSpan(text.IndexOf("my|", StringComparison.Ordinal), 2), list.ReplaceSpan);
        Assert.Empty(Complete("// an ordinary comment |\n").Items);
    }

    [Fact]
    public void Use_paths_are_relative_to_the_document()
    {
        host.AddDiskFile("rules/team.coding", "rule r { message \"m\" }\n");
        host.AddDiskFile("b.coding", "");
        var text = "use \"r|\"\n";
        var list = Complete(text, "sub/../a.coding");

        Assert.Equal(["rules/team.coding", "b.coding"], Labels(list));
        Assert.Equal(new TextEdit(new TextSpan(5, 1), "rules/team.coding"), list.Items[0].Edit);
        Assert.Equal(CompletionKind.File, list.Items[0].Kind);
    }

    [Fact]
    public void Use_path_completion_reaches_the_parent_folder_and_adds_quotes_when_none_were_typed()
    {
        host.AddDiskFile("rules/team.coding", "");
        var list = Complete("use |\n", "guidance/a.coding");

        Assert.Equal("../rules/team.coding", list.Items.Single().Label);
        Assert.Equal("\"../rules/team.coding\"", list.Items.Single().InsertText);
    }

    [Fact]
    public void Classification_versions_after_classifications()
    {
        Assert.Equal(["opcs-4.10", "icd-10-5"], Labels(Complete("guidance IPG1 \"t\" {\n  classifications opcs-4.10, |\n}\n")));
    }

    [Fact]
    public void Inside_a_title_string_the_official_title_is_offered()
    {
        var text = Head + "    opcs J12.4 \"Perc|\"" + Tail;
        var list = Complete(text);

        var item = Assert.Single(list.Items);
        Assert.Equal("Percutaneous radiofrequency ablation of lesion of liver", item.InsertText);
        Assert.Equal(TextSpan.FromBounds(text.IndexOf("Perc", StringComparison.Ordinal), text.IndexOf("Perc", StringComparison.Ordinal) + 4), item.Edit.Span);
    }

    [Fact]
    public void Half_typed_text_with_errors_above_still_completes_codes()
    {
        var list = Complete("guidance IPG1 \"t\" {\n  procedure {\n    opcs ((( \"unclosed\n    nonsense here\n    opcs J12.|");

        Assert.Contains("J12.4", Labels(list));
    }

    [Fact]
    public void Sample_IPG327_completes_J12_prefix_at_its_code()
    {
        var text = ServiceTestHost.Sample("IPG327.coding");
        var analysis = host.Open("IPG327.coding", text);
        var offset = ServiceTestHost.OffsetOf(text, "J12.4", delta: 4);

        var list = CompletionService.GetCompletions(analysis, offset, host.Resolver);

        Assert.Equal(9, list.Items.Count);
        Assert.Equal(new TextSpan(ServiceTestHost.OffsetOf(text, "J12.4"), 5), list.ReplaceSpan);
    }

    [Fact]
    public void Offsets_outside_the_document_give_a_list_not_an_exception()
    {
        var analysis = host.Open("a.coding", "guidance");
        Assert.NotNull(CompletionService.GetCompletions(analysis, 1000, host.Resolver));
        Assert.NotNull(CompletionService.GetCompletions(analysis, -5, host.Resolver));
    }
}
