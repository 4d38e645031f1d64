using CodingDsl.Language.Services;
using CodingDsl.Language.Text;
using Xunit;

namespace CodingDsl.Language.Tests.Services;

/// <summary>Every service at every offset of real and broken texts answers without throwing.</summary>
public class ServiceRobustnessTests
{
    private readonly ServiceTestHost host = new();

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>
        {
            string.Empty,
            "guidance",
            "guidance IPG1 \"unclosed {\n  procedure {\n    opcs (((J12.4 or\n    icd10 \"\n}}}}\n",
            "rule r {\n  when has opcs\n  require not not (\n  fix add\n  severity\n}\nset = opcs ,,\nuse \"",
            "// codingdsl-disable-line\n// codingdsl-disable-next-line \nopcs J12.4 \"\\\"\" \u0000 \ud83d\ude00 †*+ -- .- ",
            "\r\nguidance IPG2 \"t\" {\r\n  procedure \"v\" {\r\n    opcs J12.4 optional position default\r\n  }\r\n}\r\n",
        };
        foreach (var file in Directory.GetFiles(RepoPaths.Samples, "*.coding"))
        {
            data.Add(File.ReadAllText(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_service_answers_at_every_offset(string text)
    {
        var analysis = host.Open("a.coding", text);
        var path = ServiceTestHost.PathOf("a.coding");
        Assert.NotNull(analysis.Tree);
        var tokens = SemanticTokenService.Classify(analysis.Tree);
        for (var i = 1; i < tokens.Count; i++)
        {
            Assert.True(tokens[i - 1].Span.End <= tokens[i].Span.Start, $"token {i} at {tokens[i].Span} overlaps {tokens[i - 1].Span}");
        }
        Assert.All(tokens, t => Assert.Equal(analysis.Text.GetPosition(t.Span.Start).Line, analysis.Text.GetPosition(t.Span.End).Line));
        var half = new TextSpan(text.Length / 2, text.Length / 4);
        Assert.All(SemanticTokenService.Classify(analysis.Tree, half), t => Assert.True(t.Span.OverlapsWith(half)));
        Assert.NotNull(SymbolService.GetDocumentSymbols(analysis));
        Assert.NotNull(FoldingService.GetFoldingRanges(analysis.Tree));
        Assert.NotNull(CodeActionService.GetFixAll(analysis) ?? (object)"none");
        for (var offset = -1; offset <= text.Length + 1; offset++)
        {
            var completions = CompletionService.GetCompletions(analysis, offset, host.Resolver);
            Assert.All(completions.Items, i => Assert.True(i.Edit.Span.Start >= 0 && i.Edit.Span.End <= text.Length));
            HoverService.GetHover(analysis, offset, host.Resolver);
            NavigationService.GetDefinition(host.Resolver, path, offset);
            NavigationService.GetReferences(host.Resolver, path, offset, includeDeclaration: true);
            NavigationService.GetHighlights(host.Resolver, path, offset);
            NavigationService.Rename(host.Resolver, path, offset, "new-name");
            CodeActionService.GetCodeActions(analysis, new TextSpan(Math.Clamp(offset, 0, text.Length), 0));
        }
    }

    [Fact]
    public void Completion_edits_stay_on_the_cursor_line_and_contain_the_cursor()
    {
        var text = ServiceTestHost.Sample("IPG327.coding");
        var analysis = host.Open("a.coding", text);
        for (var offset = 0; offset <= text.Length; offset++)
        {
            var list = CompletionService.GetCompletions(analysis, offset, host.Resolver);
            var line = analysis.Text.GetPosition(offset).Line;
            Assert.True(list.ReplaceSpan.ContainsInclusive(offset), $"offset {offset}: replace span {list.ReplaceSpan}");
            Assert.Equal(line, analysis.Text.GetPosition(list.ReplaceSpan.Start).Line);
            Assert.Equal(line, analysis.Text.GetPosition(list.ReplaceSpan.End).Line);
        }
    }
}
