using CodingDsl.Export.Csv;
using CodingDsl.Export.Tests.Compiled;
using CodingDsl.Export.Tests.Support;

namespace CodingDsl.Export.Tests.Csv;

public sealed class CsvExportTests
{
    private static List<string[]> Export(CodingDsl.Export.Compiled.CompiledDocument document)
    {
        var writer = new StringWriter();
        CsvExporter.Write(document, writer);
        return CsvText.Parse(writer.ToString());
    }

    [Fact]
    public void Ipg327_has_one_row_per_recommended_code_with_its_role()
    {
        var rows = Export(Compile.Ipg327());
        var header = rows[0];
        string Cell(string[] row, string column) => row[Array.IndexOf(header, column)];

        Assert.Equal(CsvExporter.Columns, header);
        var codes = rows.Skip(1).Select(r => (Cell(r, "section"), Cell(r, "system"), Cell(r, "code"), Cell(r, "role"), Cell(r, "alternative"))).ToArray();
        Assert.Equal(
            [
                ("procedure", "opcs", "J12.4", "main", ""),
                ("procedure", "opcs", "Y53.-", "alternative", "1"),
                ("procedure", "opcs", "Y68.-", "alternative", "2"),
                ("diagnosis", "icd10", "C78.7", "main", ""),
                ("diagnosis", "icd10", "C18.-", "main", ""),
            ],
            codes);
        Assert.All(rows.Skip(1), r => Assert.Equal("IPG327", Cell(r, "guidance")));
        Assert.Equal("Malignant neoplasm of colon", Cell(rows[5], "title"));
        Assert.Equal("category", Cell(rows[5], "kind"));
    }

    [Fact]
    public void Optional_conditional_default_and_snomed_rows_say_so_and_fields_are_quoted()
    {
        var rows = Export(Compile.Text(RoundTripCases.Everything));
        var header = rows[0];
        string Cell(string[] row, string column) => row[Array.IndexOf(header, column)];

        Assert.Contains(rows, r => Cell(r, "system") == "snomed" && Cell(r, "code") == "87628006" && Cell(r, "role") == "concept");
        Assert.Contains(rows, r => Cell(r, "code") == "U20.2" && Cell(r, "role") == "optional" && Cell(r, "condition") == "echocardiography is used");
        Assert.Contains(rows, r => Cell(r, "code") == "V55.9" && Cell(r, "role") == "default");
        Assert.Contains(rows, r => Cell(r, "code") == "V55.-" && Cell(r, "position") == "2");
        Assert.Contains(rows, r => Cell(r, "code") == "H19.8A" && Cell(r, "alternative") == "3");
        Assert.Contains(rows, r => Cell(r, "title") == "Down's syndrome");
    }

    [Fact]
    public void A_code_stated_in_second_place_is_additional_not_main_even_when_listed_first()
    {
        var rows = Export(Compile.Text("""
            guidance IPG306 "Prosthetic intervertebral disc replacement in the lumbar spine" {
              procedure {
                opcs V55.- "Levels of spine" position 2
                opcs V36.3 "Prosthetic replacement of lumbar intervertebral disc"
              }
            }
            """));
        var header = rows[0];
        string Cell(string[] row, string column) => row[Array.IndexOf(header, column)];

        Assert.Equal([("V55.-", "additional", "2"), ("V36.3", "main", "")], rows.Skip(1).Select(r => (Cell(r, "code"), Cell(r, "role"), Cell(r, "position"))).ToArray());
    }

    [Fact]
    public void Variant_conditions_nice_wording_and_code_remarks_have_their_own_columns()
    {
        var rows = Export(Compile.Text(RoundTripCases.Everything));
        var header = rows[0];
        string Cell(string[] row, string column) => row[Array.IndexOf(header, column)];

        var j124 = rows.Single(r => Cell(r, "code") == "J12.4" && Cell(r, "variant") == "Open");
        Assert.Equal("the liver is reached by laparotomy", Cell(j124, "variant_condition"));
        Assert.Equal("RFA of liver lesion", Cell(j124, "nice_title"));
        Assert.Equal("Includes: \"quoted\" text", Cell(j124, "remark"));
        Assert.Equal("Percutaneous radiofrequency ablation of lesion of liver", Cell(j124, "title"));
        Assert.All(rows.Skip(1).Where(r => Cell(r, "variant") != "Open"), r => Assert.Equal("", Cell(r, "variant_condition")));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"x\"", "\"say \"\"x\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Fields_are_escaped_as_rfc_4180_says(string field, string written) =>
        Assert.Equal(written, CsvExporter.Escape(field));
}
