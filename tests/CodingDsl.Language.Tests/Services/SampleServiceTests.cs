using CodingDsl.Language.Classifications;
using CodingDsl.Language.Services;
using Xunit;

namespace CodingDsl.Language.Tests.Services;

/// <summary>The services on the real NICE samples: what a terminologist editing them would see.</summary>
public class SampleServiceTests
{
    private readonly ServiceTestHost host = new();

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.Samples, "*.coding").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Typing_any_OPCS_code_of_a_sample_completes_to_it_with_its_official_title(string name)
    {
        var text = ServiceTestHost.Sample(name);
        var analysis = host.Open(name, text);
        var codes = analysis.Model!.PlacedSections()
            .SelectMany(s => s.Section.Requirements.SelectMany(r => r.Codes).Select(c => (Code: c, Span: c.Syntax.Pattern.Value.LocalSpan.Shift(s.Start))))
            .Where(c => c.Code.System == CodeSystem.Opcs4 && c.Code.Entry is { Title.Length: > 0 } && c.Code.Syntax.Pattern.ChapterKeyword is null)
            .ToArray();

        foreach (var (code, span) in codes)
        {
            var end = span.End;
            var list = CompletionService.GetCompletions(analysis, end, host.Resolver);

            var first = list.Items.Count > 0 ? list.Items[0] : null;
            Assert.True(first is not null, $"{name}: nothing completes at the end of {code.Text}");
            Assert.Equal((code.Text, code.Entry!.Title), (first.Label, first.Detail));
            Assert.Equal(span, first.Edit.Span);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_code_of_a_sample_has_a_hover_naming_its_table(string name)
    {
        var text = ServiceTestHost.Sample(name);
        var analysis = host.Open(name, text);
        var codes = analysis.Model!.PlacedSections()
            .SelectMany(s => s.Section.Requirements.SelectMany(r => r.Codes).Select(c => (Code: c, Span: c.Syntax.Pattern.Value.LocalSpan.Shift(s.Start))))
            .ToArray();

        foreach (var (code, span) in codes)
        {
            var hover = HoverService.GetHover(analysis, span.Start, host.Resolver);
            Assert.True(hover is not null, $"{name}: no hover on {code.Text}");
            Assert.Equal(span, hover.Span);
            Assert.Contains(code.System == CodeSystem.Icd10 ? "ICD-10" : "OPCS-4", hover.Markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void IPG406_outline_names_each_variant()
    {
        var analysis = host.Open("IPG406.coding", ServiceTestHost.Sample("IPG406.coding"));

        var sections = SymbolService.GetDocumentSymbols(analysis).Single().Children;

        Assert.Equal(["procedure \"Open\"", "procedure \"Percutaneous\"", "procedure \"Laparoscopic\""], sections.Select(s => s.Name));
        Assert.Equal(["J12.7", "Y53.-"], sections[1].Children.Select(c => c.Name));
    }
}
