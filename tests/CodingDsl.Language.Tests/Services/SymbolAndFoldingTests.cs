using CodingDsl.Language.Services;
using CodingDsl.Language.Syntax;
using Xunit;

namespace CodingDsl.Language.Tests.Services;

public class SymbolAndFoldingTests
{
    private readonly ServiceTestHost host = new();

    private static string Outline(IEnumerable<DocumentSymbol> symbols, string indent = "") =>
        string.Concat(symbols.Select(s => $"{indent}{s.Kind} {s.Name}{(s.Detail is null ? string.Empty : " — " + s.Detail)}\n" + Outline(s.Children, indent + "  ")));

    [Fact]
    public void The_sample_outline_is_guidance_then_sections_then_codes()
    {
        var text = ServiceTestHost.Sample("IPG327.coding");
        var symbols = SymbolService.GetDocumentSymbols(host.Open("IPG327.coding", text));

        Assert.Equal(
            "Guidance IPG327 — Radiofrequency ablation for colorectal liver metastases\n" +
            "  Section procedure\n" +
            "    Snomed snomed pending\n" +
            "    Code J12.4 — Percutaneous radiofrequency ablation of lesion of liver\n" +
            "    Code Y53.- — Approach to organ under image control\n" +
            "    Code Y68.- — Other approach to organ under image control\n" +
            "  Section diagnosis\n" +
            "    Code C78.7 — Secondary malignant neoplasm of liver and intrahepatic bile duct\n" +
            "    Code C18.- — Malignant neoplasm of colon\n",
            Outline(symbols));
        var guidance = symbols.Single();
        Assert.Equal(text.IndexOf("IPG327 \"", StringComparison.Ordinal), guidance.SelectionSpan.Start);
        Assert.All(guidance.Children, c => Assert.True(guidance.Span.Start <= c.Span.Start && c.Span.End <= guidance.Span.End));
    }

    [Fact]
    public void Variants_rules_sets_and_uses_are_in_the_outline_with_official_titles_for_untitled_codes()
    {
        var text = "use \"lib.coding\"\nset s = opcs Y53.-\nrule r \"Rule title\" {\n  message \"m\"\n}\nguidance IPG406 \"t\" {\n  procedure \"Open\" {\n    opcs J12.4 optional default J12.9\n  }\n}\n";
        var symbols = SymbolService.GetDocumentSymbols(host.Open("a.coding", text));

        Assert.Equal(
            "Use lib.coding\n" +
            "Set s — opcs Y53.-\n" +
            "Rule r — Rule title\n" +
            "Guidance IPG406 — t\n" +
            "  Section procedure \"Open\" — Open\n" +
            "    Code J12.4 — Percutaneous radiofrequency ablation of lesion of liver\n" +
            "    Code J12.9 — Unspecified other therapeutic percutaneous operations on liver\n",
            Outline(symbols));
    }

    [Fact]
    public void Workspace_symbols_match_guidance_ids_titles_rules_and_sets_across_documents()
    {
        host.Open("IPG327.coding", ServiceTestHost.Sample("IPG327.coding"));
        host.Open("lib.coding", "set liver-codes = opcs J12.-\nrule liver-rule \"Liver\" {\n  message \"m\"\n}\n");

        var byId = SymbolService.GetWorkspaceSymbols(host.Workspace, "ipg3");
        var byWord = SymbolService.GetWorkspaceSymbols(host.Workspace, "liver");

        var ipg = Assert.Single(byId);
        Assert.Equal((SymbolKind.Guidance, "IPG327", ServiceTestHost.PathOf("IPG327.coding")), (ipg.Kind, ipg.Name, ipg.Location.Path));
        Assert.Equal(1, ipg.Location.Range.Start.Line);
        Assert.Equal(["liver-codes", "liver-rule", "IPG327"], byWord.Select(s => s.Name));
        Assert.Equal(3, SymbolService.GetWorkspaceSymbols(host.Workspace, "").Count);
    }

    [Fact]
    public void Folding_covers_blocks_and_runs_of_notes_keeping_closing_braces_visible()
    {
        var ranges = FoldingService.GetFoldingRanges(SyntaxTree.Parse(ServiceTestHost.Sample("IPG327.coding")));

        Assert.Equal(
            [
                new FoldingRange(1, 18, FoldingKind.Region),
                new FoldingRange(5, 12, FoldingKind.Region),
                new FoldingRange(11, 12, FoldingKind.Notes),
                new FoldingRange(15, 17, FoldingKind.Region),
            ],
            ranges);
    }

    [Fact]
    public void Folding_covers_runs_of_whole_line_comments_and_unclosed_blocks()
    {
        var ranges = FoldingService.GetFoldingRanges(SyntaxTree.Parse("// a\n// b\n// c\nrule r {\n  message \"m\" // trailing\n  // d\n}\nguidance IPG1 {\n  procedure {\n    opcs J12.4\n"));

        Assert.Equal(
            [
                new FoldingRange(0, 2, FoldingKind.Comment),
                new FoldingRange(3, 5, FoldingKind.Region),
                new FoldingRange(7, 9, FoldingKind.Region),
                new FoldingRange(8, 9, FoldingKind.Region),
            ],
            ranges);
    }
}
