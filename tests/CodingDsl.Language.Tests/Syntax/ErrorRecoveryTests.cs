using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Workspace;
using Xunit;

namespace CodingDsl.Language.Tests.Syntax;

public class ErrorRecoveryTests
{
    private const string FiveMistakes = """
        guidance IPG327 "Radiofrequency ablation for colorectal liver metastases" {
          source
          procedure {
            opcs "Percutaneous radiofrequency ablation of lesion of liver"
            opcs J12.4 "Radiofrequency ablation of liver"
            image-guide
            opcs Y53.9 "Unspecified approach to organ under image control" position
          }
          diagnosis {
            icd10 C78.7 "Secondary malignant neoplasm of liver and intrahepatic bile duct" and
          }
          classifications opcs-4.10,
        }
        """;

    private static DocumentAnalysis Analyze(string text) =>
        WorkspaceAnalyzer.Analyze([new DocumentInput(Path.Combine(Path.GetTempPath(), "recovery.coding"), text)])[0];

    [Fact]
    public void Five_unrelated_syntax_errors_give_five_syntax_diagnostics_with_exact_ranges()
    {
        var tree = SyntaxTree.Parse(FiveMistakes);
        var found = tree.Diagnostics.Select(d => (d.Code, Line: tree.Text.GetPosition(d.Span.Start).Line, Text: tree.Text.GetText(d.Span))).ToArray();
        Assert.Equal(
            [
                ("CDSL0101", 2, "procedure"),
                ("CDSL0101", 3, "\"Percutaneous radiofrequency ablation of lesion of liver\""),
                ("CDSL0104", 5, "image-guide"),
                ("CDSL0101", 7, "}"),
                ("CDSL0101", 10, "}"),
                ("CDSL0101", 12, "}"),
            ],
            found);
    }

    [Fact]
    public void The_valid_parts_are_still_bound_and_checked()
    {
        var analysis = Analyze(FiveMistakes);
        // J12.4's title is wrong: a semantic warning beside the syntax errors.
        Assert.Contains(analysis.Diagnostics, d => d.Code == "CDSL0203" && analysis.Text.GetText(d.Span) == "\"Radiofrequency ablation of liver\"");
        var guidance = Assert.Single(analysis.Model!.Guidances);
        Assert.Equal("IPG327", guidance.Id);
        Assert.Equal(2, guidance.Sections.Count);
    }

    [Fact]
    public void Messages_read_as_advice_not_parser_internals()
    {
        var tree = SyntaxTree.Parse("guidance IPG1 \"t\" {\n  procedure {\n    opcs \"title only\"\n  }\n}\n");
        var message = Assert.Single(tree.Diagnostics).Message;
        Assert.Equal("Expected a code such as J12.4 after 'opcs', found '\"title only\"'.", message);
    }

    [Fact]
    public void A_missing_close_brace_is_reported_at_the_block_it_leaves_open_and_the_next_declaration_still_parses()
    {
        var tree = SyntaxTree.Parse("guidance IPG1 \"t\" {\n  procedure {\n    opcs J12.4\n\nrule r {\n  message \"m\"\n}\n");
        Assert.Contains(tree.Diagnostics, d => d.Code == "CDSL0103" && tree.Text.GetText(d.Span) == "procedure");
        Assert.Contains(tree.Diagnostics, d => d.Code == "CDSL0103" && tree.Text.GetText(d.Span) == "guidance");
        Assert.Single(tree.Root.Declarations.OfType<RuleDeclaration>());
    }

    [Fact]
    public void Every_diagnostic_range_lies_inside_the_document()
    {
        foreach (var text in new[] { FiveMistakes, "guidance", "{", "opcs", "\"", "guidance IPG1 {\n procedure {\n opcs J12.4 \"x" })
        {
            var analysis = Analyze(text);
            Assert.All(analysis.Diagnostics, d => Assert.InRange(d.Span.End, d.Span.Start, text.Length));
            Assert.NotEmpty(analysis.Diagnostics);
        }
    }
}
