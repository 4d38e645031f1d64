using CodingDsl.Language.Formatter;
using CodingDsl.Language.Syntax;
using Xunit;

namespace CodingDsl.Language.Tests.Formatting;

/// <summary>The exact canonical layout of messy inputs (docs/formatting.md).</summary>
public class FormatterLayoutTests
{
    private static string Format(string text)
    {
        var result = DocumentFormatter.Format(text);
        Assert.True(result.CanFormat, result.NotFormattedReason);
        return result.FormattedText;
    }

    [Fact]
    public void One_line_blocks_are_opened_up_one_statement_a_line()
    {
        Assert.Equal(
            """
            guidance IPG1 "t" {
              source "u"

              procedure {
                opcs J12.4 "x"
                image-guided
              }

              diagnosis {
                icd10 C78.7
              }
            }

            """,
            Format(FormattingInputs.Messy["one-line blocks"]));
    }

    [Fact]
    public void Tabs_runs_of_spaces_trailing_blanks_and_extra_blank_lines_go()
    {
        Assert.Equal(
            """
            guidance IPG2 "t" {
              source "u"
              classifications opcs-4.10, icd-10-5
            }

            """,
            Format(FormattingInputs.Messy["tabs and trailing blanks"]));
    }

    [Fact]
    public void Comments_stay_where_they_were_reindented()
    {
        Assert.Equal(
            """
            // head

            // second
            guidance IPG3 // after id
              { // after brace
              // own line
              procedure { // p
                // before code
                opcs J12.4 // after code
                  "title" // after title
                  or Y53.- // alt

                // before close
              }
              // before guidance close
            } // end
            // tail

            """,
            Format(FormattingInputs.Messy["comments everywhere"]));
    }

    [Fact]
    public void Continuation_lines_are_kept_where_the_author_broke_the_line_and_indented_one_level()
    {
        Assert.Equal(
            """
            guidance IPG4 {
              procedure {
                opcs Y53.- "a"
                  or Y68.- "b" or Y70.1
                  and Y71.2
                  optional
                opcs G27.- or G28.-
              }
            }

            """,
            Format(FormattingInputs.Messy["continuations"]));
    }

    [Fact]
    public void Parentheses_hug_their_contents_and_marks_stay_on_their_codes()
    {
        Assert.Equal(
            """
            guidance IPG5 {
              diagnosis {
                icd10 H18.6 "Keratoconus" or Q13.4 or (Q90.-† "Down's" and H19.8A) or (icd10 H19.8*)
                opcs (J12.4 or J12.5) position 2 default J12.9 "u" if "a \"quoted\" \\ text"
              }
            }

            """,
            Format(FormattingInputs.Messy["groups and marks"]));
    }

    [Fact]
    public void Top_level_declarations_are_one_blank_line_apart_but_use_and_set_runs_keep_their_spacing()
    {
        Assert.Equal(
            """
            use "a.coding"
            use "b.coding"

            use "c.coding"

            set s1 = opcs U21.-, U37.2, Y53.4
            set s2 = icd10 chapter C,
              C18-C20

            rule r1 "t" {
              code CDSL0501
              when image-guided and not (has opcs s1 or first opcs subsidiary)

              require has opcs Y53.-
                or has opcs Y68.-
              severity warning
              message "m"
              fix add opcs Y53.- "a" or Y68.- "b"
            }

            rule r2 {
              when open
            }

            """,
            Format(FormattingInputs.Messy["rules and sets"]));
    }

    [Fact]
    public void Sections_are_set_apart_by_one_blank_line()
    {
        Assert.Equal(
            """
            guidance IPG6 "t" {
              note "n1"

              procedure "Open" {
                open
                case-by-case "c"
                snomed 87628006 "term"
              }

              procedure "Percutaneous" {
                percutaneous
              }

              note "n2"

              diagnosis {
              }
            }

            """,
            Format(FormattingInputs.Messy["sections and notes"]));
    }

    [Fact]
    public void Empty_blocks_open_and_close_on_two_lines()
    {
        Assert.Equal("guidance IPG7 {\n}\n\nrule r {\n}\n", Format(FormattingInputs.Messy["empty blocks"]));
    }

    [Fact]
    public void A_system_written_before_a_group_stays_on_its_statement()
    {
        Assert.Equal(
            "guidance IPG8 {\n  procedure {\n    opcs J12.4\n    opcs (icd10 C18.- or C19.-)\n  }\n}\n",
            Format(FormattingInputs.Messy["system prefix on a group"]));
    }

    [Fact]
    public void A_file_of_comments_keeps_them_with_at_most_one_blank_line_between()
    {
        Assert.Equal("// just a comment\n\n// and another\n", Format(FormattingInputs.Messy["comments only"]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t\n")]
    public void An_empty_document_becomes_empty(string text)
    {
        Assert.Equal("", Format(text));
    }

    [Fact]
    public void Crlf_line_endings_stay_crlf()
    {
        var formatted = Format("guidance IPG1 {\r\n procedure {   opcs J12.4\r\n or J12.5 // c  \r\n}}");

        Assert.Equal("guidance IPG1 {\r\n  procedure {\r\n    opcs J12.4\r\n      or J12.5 // c\r\n  }\r\n}\r\n", formatted);
    }

    [Fact]
    public void Indentation_follows_the_editors_options()
    {
        const string text = "guidance IPG1 {\nprocedure {\nopcs J12.4\nor J12.5\n}\n}\n";

        Assert.Equal(
            "guidance IPG1 {\n    procedure {\n        opcs J12.4\n            or J12.5\n    }\n}\n",
            DocumentFormatter.Format(text, new FormattingOptions(TabSize: 4)).FormattedText);
        Assert.Equal(
            "guidance IPG1 {\n\tprocedure {\n\t\topcs J12.4\n\t\t\tor J12.5\n\t}\n}\n",
            DocumentFormatter.Format(text, new FormattingOptions(TabSize: 4, InsertSpaces: false)).FormattedText);
    }

    [Fact]
    public void A_fix_printed_by_the_code_expression_printer_is_already_canonical()
    {
        // Quick fixes insert text from CodeExpressionPrinter: formatting must not then rewrite it.
        const string text = "rule r {\n  fix add opcs Y53.-   \"a\"  or ( Y68.- and icd10 C18.- \"b \\\" c\" )\n}\n";
        var fix = (FixClause)((RuleDeclaration)SyntaxTree.Parse(text).Root.Declarations[0]).Clauses[0];
        var printed = $"rule r {{\n  fix add {CodeExpressionPrinter.Print(fix.Expression)}\n}}\n";

        var result = DocumentFormatter.Format(printed);

        Assert.True(result.CanFormat, result.NotFormattedReason);
        Assert.False(result.Changed, result.FormattedText);
        Assert.Equal(result.FormattedText, Format(text));
    }
}
