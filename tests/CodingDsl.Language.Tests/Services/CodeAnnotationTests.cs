using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Formatter;
using CodingDsl.Language.Services;
using CodingDsl.Language.Text;
using Xunit;

namespace CodingDsl.Language.Tests.Services;

/// <summary>
/// A variant chosen by a condition (`procedure "Rigid" if "…"`), NICE's wording of a title
/// (`nice "…"`) and a note on one code (`remark "…"`): read, checked, kept by format, shown on hover.
/// </summary>
public class CodeAnnotationTests
{
    private const string Text =
        """
        guidance IPG999 "Bronchoscopic removal of a foreign body" {
          source "https://www.nice.org.uk/guidance/ipg999"
          procedure "Rigid" if "a rigid bronchoscope is used" {
            opcs E50.5 "Endoscopic removal of foreign body from lower respiratory tract using rigid bronchoscope"
          }

          procedure "Flexible" if "a flexible bronchoscope is used" {
            opcs E48.5 "Fibreoptic endoscopic removal of foreign body from lower respiratory tract" nice "Flexible bronchoscopic removal of foreign body"
              remark "Includes: removal of an inhaled tooth"
            opcs Y53.- "Approach to organ under image control" remark "where necessary" if "image control is used"
          }
        }

        """;

    private readonly ServiceTestHost host = new();

    [Fact]
    public void The_constructs_bind_without_diagnostics_and_carry_their_text()
    {
        var analysis = host.Open("a.coding", Text);

        Assert.DoesNotContain(analysis.Diagnostics, d => d.Level >= DiagnosticLevel.Warning);
        var sections = analysis.Model!.Guidances.Single().Sections;
        Assert.Equal(["a rigid bronchoscope is used", "a flexible bronchoscope is used"], sections.Select(s => s.Condition));
        var e485 = sections[1].Requirements[0].Codes.Single();
        Assert.Equal("Flexible bronchoscopic removal of foreign body", e485.NiceTitle);
        Assert.Equal("Includes: removal of an inhaled tooth", e485.Remark);
        Assert.True(sections[1].Requirements[1].IsOptional);
        Assert.Equal("where necessary", sections[1].Requirements[1].Codes.Single().Remark);
        Assert.Equal("image control is used", sections[1].Requirements[1].Condition);
    }

    [Fact]
    public void A_remark_belongs_to_the_code_just_before_it()
    {
        var analysis = host.Open("a.coding", Text.Replace(
            "opcs Y53.- \"Approach to organ under image control\" remark",
            "opcs Y53.- \"Approach to organ under image control\" or Y68.- \"Other approach to organ under image control\" remark",
            StringComparison.Ordinal));

        var codes = analysis.Model!.Guidances.Single().Sections[1].Requirements[1].Codes.ToArray();
        Assert.Equal([null, "where necessary"], codes.Select(c => c.Remark));
    }

    [Fact]
    public void Nice_after_a_modifier_is_one_syntax_error_that_says_where_it_goes()
    {
        var analysis = host.Open("a.coding", Text.Replace(
            "\"Endoscopic removal of foreign body from lower respiratory tract using rigid bronchoscope\"",
            "\"Endoscopic removal of foreign body from lower respiratory tract using rigid bronchoscope\" optional nice \"Rigid removal\"",
            StringComparison.Ordinal));

        var error = Assert.Single(analysis.Diagnostics, d => d.Level == DiagnosticLevel.Error);
        Assert.Equal(DiagnosticCatalog.SyntaxError.Code, error.Code);
        Assert.Contains("belongs right after the code it is about", error.Message, StringComparison.Ordinal);
        Assert.Equal("nice", analysis.Text.GetText(error.Span));
    }

    [Fact]
    public void Nice_wording_that_is_the_official_title_is_flagged_and_the_fix_removes_it()
    {
        const string official = "\"Endoscopic removal of foreign body from lower respiratory tract using rigid bronchoscope\"";
        var withNice = Text.Replace(official, official + " nice \"Endoscopic Removal of foreign body from lower respiratory tract using rigid bronchoscope.\"", StringComparison.Ordinal);

        var analysis = host.Open("a.coding", withNice);

        var warning = Assert.Single(analysis.Diagnostics, d => d.Code == DiagnosticCatalog.NiceTitleIsOfficial.Code);
        Assert.Equal(Text, TextEdit.Apply(withNice, Assert.Single(warning.Fixes).Edits));
    }

    [Fact]
    public void The_formatter_keeps_the_constructs_and_their_line_breaks()
    {
        var messy = Text.Replace("procedure \"Rigid\" if", "procedure   \"Rigid\"   if", StringComparison.Ordinal)
            .Replace("\" nice \"Flexible", "\"   nice    \"Flexible", StringComparison.Ordinal);

        var result = DocumentFormatter.Format(messy);

        Assert.True(result.CanFormat, result.NotFormattedReason);
        Assert.Equal(Text, result.FormattedText);
    }

    [Fact]
    public void Hover_on_a_code_shows_nice_wording_its_remark_and_the_variant_condition()
    {
        var analysis = host.Open("a.coding", Text);

        var hover = HoverService.GetHover(analysis, ServiceTestHost.OffsetOf(Text, "E48.5", 1), host.Resolver);

        Assert.NotNull(hover);
        Assert.Contains("NICE prints it as \"Flexible bronchoscopic removal of foreign body\".", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("Note on this code: Includes: removal of an inhaled tooth", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("In procedure \"Flexible\", coded if a flexible bronchoscope is used.", hover.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Hover_on_a_variant_name_or_its_if_says_when_the_variant_is_coded()
    {
        var analysis = host.Open("a.coding", Text);

        var onName = HoverService.GetHover(analysis, ServiceTestHost.OffsetOf(Text, "\"Rigid\"", 2), host.Resolver);
        var onIf = HoverService.GetHover(analysis, ServiceTestHost.OffsetOf(Text, "if \"a rigid", 1), host.Resolver);

        Assert.StartsWith("**procedure \"Rigid\"** is the way of coding used if a rigid bronchoscope is used.", onName!.Markdown, StringComparison.Ordinal);
        Assert.Equal(onName.Markdown, onIf!.Markdown);
    }

    [Fact]
    public void The_new_keywords_are_highlighted_as_keywords_and_documented()
    {
        var analysis = host.Open("a.coding", Text);
        var tokens = SemanticTokenService.Classify(analysis.Tree!);

        foreach (var word in new[] { "nice", "remark" })
        {
            var at = ServiceTestHost.OffsetOf(Text, word + " \"");
            Assert.Contains(tokens, t => t.Span.Start == at && t.Type == SemanticTokenType.Keyword);
            Assert.NotNull(KeywordDocs.Get(word));
        }
        var ifAt = ServiceTestHost.OffsetOf(Text, "if \"a rigid");
        Assert.Contains(tokens, t => t.Span.Start == ifAt && t.Type == SemanticTokenType.Keyword);
    }
}
