using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;
using CodingDsl.Language.Workspace;
using Xunit;

namespace CodingDsl.Language.Tests.Rules;

/// <summary>
/// Issue 10, items 1, 6 and 7: `position N` is enforced on every path and its fix moves the code;
/// rules test places (`second`, `position N`); a section's classification is checked and its fix
/// writes the right keyword or moves the code; chapters and defaults are checked.
/// </summary>
public class SequencingTests
{
    private const string Discs =
        "    opcs V36.1 \"Prosthetic replacement of cervical intervertebral disc\"\n" +
        "      or V36.3 \"Prosthetic replacement of lumbar intervertebral disc\"\n";

    private const string Levels = "    opcs V55.- \"Levels of spine\" position 2\n";

    private static string Guidance(string sections, string rules = "") =>
        rules + "guidance IPG306 \"Prosthetic intervertebral disc replacement in the lumbar spine\" {\n" + sections + "}\n";

    private static string Procedure(string body) => "  procedure {\n" + body + "  }\n";

    private static DocumentAnalysis Analyze(string text)
    {
        using var workspace = new TestWorkspace();
        return workspace.Analyze("test.coding", text);
    }

    /// <summary>Applies the preferred fix of every diagnostic with the code, as "fix all" does, and analyses the result.</summary>
    private static (string Text, DocumentAnalysis Analysis) FixAll(string text, string code)
    {
        var analysis = Analyze(text);
        var edits = analysis.Diagnostics.Where(d => d.Code == code)
            .Select(d => Assert.Single(d.Fixes, f => f.IsPreferred))
            .SelectMany(f => f.Edits)
            .Distinct() // two findings on one statement share its fix, which "fix all" applies once
            .ToArray();
        Assert.NotEmpty(edits);
        var fixedText = TextEdit.Apply(text, edits);
        return (fixedText, Analyze(fixedText));
    }

    [Fact]
    public void A_code_stated_second_but_listed_first_is_an_error_whose_fix_moves_it_second()
    {
        var text = Guidance(Procedure(Levels + Discs));

        var finding = Assert.Single(Analyze(text).Diagnostics, d => d.Code == DiagnosticCatalog.PositionNotKept.Code);
        Assert.Contains("recorded in place 1 on the path V55.- + V36.1 and 1 more", finding.Message, StringComparison.Ordinal);

        var (fixedText, after) = FixAll(text, DiagnosticCatalog.PositionNotKept.Code);
        Assert.Equal(Guidance(Procedure(Discs + Levels)), fixedText);
        Assert.DoesNotContain(after.Diagnostics, d => d.Level == DiagnosticLevel.Error);
    }

    [Fact]
    public void Statements_sharing_a_line_are_moved_as_text()
    {
        var text = Guidance("  procedure { opcs V55.- position 2 opcs V36.3 }\n");

        var (fixedText, after) = FixAll(text, DiagnosticCatalog.PositionNotKept.Code);

        Assert.Contains("procedure { opcs V36.3 opcs V55.- position 2 }", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain(after.Diagnostics, d => d.Code == DiagnosticCatalog.PositionNotKept.Code);
    }

    [Fact]
    public void A_position_kept_on_every_path_is_silent_and_one_kept_on_some_paths_only_has_no_fix()
    {
        Assert.DoesNotContain(Analyze(Guidance(Procedure(Discs + Levels))).Diagnostics, d => d.Level == DiagnosticLevel.Error);

        var optionalBefore = Guidance(Procedure(Discs + "    opcs V38.5 \"Primary posterior interbody fusion of joint of lumbar spine\" optional\n" + Levels.Replace("position 2", "position 3", StringComparison.Ordinal)));
        var finding = Assert.Single(Analyze(optionalBefore).Diagnostics, d => d.Code == DiagnosticCatalog.PositionNotKept.Code);
        Assert.Empty(finding.Fixes);
        Assert.Contains("No order of the statements", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Position_zero_and_two_statements_in_one_place_are_errors_without_a_cascade()
    {
        var zero = Analyze(Guidance(Procedure("    opcs V36.3 position 0\n" + Levels)));
        Assert.Single(zero.Diagnostics, d => d.Code == DiagnosticCatalog.PositionZero.Code);
        Assert.DoesNotContain(zero.Diagnostics, d => d.Code == DiagnosticCatalog.PositionNotKept.Code);

        var clash = Analyze(Guidance(Procedure("    opcs V36.3\n" + Levels + "    opcs Z07.- position 2\n")));
        var finding = Assert.Single(clash.Diagnostics, d => d.Code == DiagnosticCatalog.PositionClash.Code);
        Assert.Equal(4, clash.Text.GetPosition(finding.Span.Start).Line);
        Assert.DoesNotContain(clash.Diagnostics, d => d.Code == DiagnosticCatalog.PositionNotKept.Code);
    }

    [Theory]
    [InlineData("second opcs V55.-", true)]
    [InlineData("position 2 opcs V55.-", true)]
    [InlineData("position 3 opcs chapter Z", true)]
    [InlineData("first opcs V55.-", false)]
    [InlineData("position 3 opcs V55.-", false)]
    public void Rules_test_the_code_in_a_place(string condition, bool holds)
    {
        var rules = $"rule place {{\n  require {condition}\n  message \"Not in its place.\"\n}}\n";
        var text = Guidance(Procedure("    opcs V36.3\n    opcs V55.2 position 2\n    opcs Z07.3\n"), rules);

        var raised = Analyze(text).Diagnostics.Any(d => d.Code == DiagnosticCatalog.RuleNotMet.Code);

        Assert.Equal(!holds, raised);
    }

    [Fact]
    public void Position_zero_in_a_rule_condition_is_reported_and_never_holds()
    {
        var rules = "rule place {\n  when position 0 opcs V36.-\n  message \"x\"\n}\n";
        var analysis = Analyze(Guidance(Procedure("    opcs V36.3\n"), rules));

        Assert.Single(analysis.Diagnostics, d => d.Code == DiagnosticCatalog.PositionZero.Code);
        Assert.DoesNotContain(analysis.Diagnostics, d => d.Code == DiagnosticCatalog.RuleNotMet.Code);
    }

    [Fact]
    public void An_icd10_category_written_opcs_in_a_diagnosis_says_so_and_offers_icd10_not_an_opcs_guess()
    {
        var text = Guidance("  diagnosis {\n    opcs I20.- or I21.-\n  }\n");

        var analysis = Analyze(text);
        var findings = analysis.Diagnostics.Where(d => d.Code == DiagnosticCatalog.WrongSystemForSection.Code).ToArray();
        Assert.Equal(2, findings.Length);
        Assert.Contains("I20.- is an ICD-10 category (\"Angina pectoris\")", findings[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(analysis.Diagnostics, d => d.Code == DiagnosticCatalog.UnknownCode.Code);
        Assert.DoesNotContain(analysis.Diagnostics, d => d.Message.Contains("A20", StringComparison.Ordinal));

        var (fixedText, after) = FixAll(text, DiagnosticCatalog.WrongSystemForSection.Code);
        Assert.Contains("icd10 I20.- or I21.-", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain(after.Diagnostics, d => d.Level == DiagnosticLevel.Error);
    }

    [Fact]
    public void A_code_of_both_classifications_titled_as_the_sections_is_given_the_sections_keyword_not_moved()
    {
        // C18.- is an OPCS-4 eyelid category too; its title and the statement's first code say ICD-10 was meant.
        var text = Guidance("  diagnosis {\n    opcs C78.7 \"Secondary malignant neoplasm of liver and intrahepatic bile duct\"\n      and C18.- \"Malignant neoplasm of colon\"\n  }\n");

        var (fixedText, after) = FixAll(text, DiagnosticCatalog.WrongSystemForSection.Code);

        Assert.Contains("    icd10 C78.7 \"Secondary malignant neoplasm of liver and intrahepatic bile duct\"\n      and C18.-", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain(after.Diagnostics, d => d.Level == DiagnosticLevel.Error);
    }

    [Fact]
    public void An_opcs_code_in_a_diagnosis_is_moved_to_the_procedure_section()
    {
        var text = Guidance(Procedure("    opcs V36.3 \"Prosthetic replacement of lumbar intervertebral disc\"\n") +
            "  diagnosis {\n    opcs V55.2 \"Two levels of spine\"\n  }\n");

        var (fixedText, after) = FixAll(text, DiagnosticCatalog.WrongSystemForSection.Code);

        Assert.Contains("intervertebral disc\"\n    opcs V55.2 \"Two levels of spine\"\n  }\n  diagnosis {\n  }", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain(after.Diagnostics, d => d.Code == DiagnosticCatalog.WrongSystemForSection.Code);
    }

    [Fact]
    public void An_icd10_code_in_a_procedure_is_reported()
    {
        var analysis = Analyze(Guidance(Procedure("    opcs V36.3\n    icd10 M51.1 \"Lumbar and other intervertebral disc disorders with radiculopathy\"\n")));

        var finding = Assert.Single(analysis.Diagnostics, d => d.Code == DiagnosticCatalog.WrongSystemForSection.Code);
        Assert.Contains("record it in the diagnosis section", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  procedure {\n    opcs V36.3\n    opcs chapter I\n  }\n", "")]
    [InlineData("  procedure {\n    opcs V36.3\n  }\n", "set bad = opcs V36.-, chapter I\n")]
    [InlineData("  procedure {\n    opcs V36.3\n  }\n", "rule r {\n  when has opcs chapter I\n  message \"x\"\n}\n")]
    public void Opcs_chapter_i_is_an_error_wherever_it_is_written(string sections, string rules)
    {
        var analysis = Analyze(Guidance(sections, rules));

        var finding = Assert.Single(analysis.Diagnostics, d => d.Code == DiagnosticCatalog.NoSuchChapter.Code);
        Assert.Equal("chapter I", analysis.Text.GetText(finding.Span));
    }

    [Fact]
    public void A_default_outside_its_category_is_an_error_on_the_default_with_the_unspecified_code_offered()
    {
        var analysis = Analyze(Guidance(Procedure("    opcs V36.3\n    opcs V55.- position 2 default V56.9\n")));

        var finding = Assert.Single(analysis.Diagnostics, d => d.Code == DiagnosticCatalog.DefaultOutsideCategory.Code);
        Assert.Equal("V56.9", analysis.Text.GetText(finding.Span));
        Assert.Equal("Write 'default V55.9'", Assert.Single(finding.Fixes).Title);
        Assert.DoesNotContain(Analyze(Guidance(Procedure("    opcs V36.3\n    opcs V55.- position 2 default V55.9\n"))).Diagnostics,
            d => d.Code == DiagnosticCatalog.DefaultOutsideCategory.Code);
    }

    [Fact]
    public void An_icd10_default_takes_the_system_of_its_statement()
    {
        var analysis = Analyze(Guidance("  diagnosis {\n    icd10 C18.- \"Malignant neoplasm of colon\" default C18.9 \"Malignant neoplasm of colon, unspecified\"\n  }\n"));

        Assert.DoesNotContain(analysis.Diagnostics, d => d.Level == DiagnosticLevel.Error);
    }
}
