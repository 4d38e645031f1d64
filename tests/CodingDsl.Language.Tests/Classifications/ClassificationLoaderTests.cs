using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Xunit;

namespace CodingDsl.Language.Tests.Classifications;

public class ClassificationLoaderTests
{
    private static readonly TableLoadOptions Icd10 = new(CodeSystem.Icd10, "5");
    private static readonly TableLoadOptions Opcs = new(CodeSystem.Opcs4, "4.10");

    [Fact]
    public void Reads_the_TRUD_ICD10_file_with_dagger_asterisk_X_filled_codes_and_sex_and_age_limits()
    {
        var result = ClassificationLoader.LoadFile(SharedData.Icd10TrudSample, Icd10);
        Assert.Null(result.Error);
        Assert.Equal(TableFormat.Icd10Metadata, result.Format);
        Assert.Equal(0, result.SkippedLines); // header and WHO permission footer are not data
        var table = result.Table!;
        Assert.Equal(197, table.Entries.Count(e => e.Title.Length > 0));

        // Fifth-character codes share ICD10_CODE M90.0; ALT_CODE M9000 … M9009 tells them apart.
        Assert.Equal("Tuberculosis of bone, multiple sites", table.Find("M90.00")!.Title);
        Assert.Equal(10, table.FindByPrefix("M90.0", 20).Count(e => e.Code.Length == 6));

        Assert.Equal(CodeUsage.Dagger, table.Find("A17.0")!.Usage);
        Assert.Equal(CodeUsage.Asterisk, table.Find("G01")!.Usage); // TRUD writes "ASTERIS"
        Assert.Equal(CodeUsage.Asterisk, table.Find("G59.0")!.Usage);
        Assert.Equal(CodeUsage.Default, table.Find("A00.0")!.Usage);

        // I10 is undivided (ALT_CODE I10X): the category is the code, with no children.
        var i10 = table.Find("I10.X")!;
        Assert.Equal("I10", i10.Code);
        Assert.True(i10.IsCategory);
        Assert.Empty(table.GetChildren("I10"));

        Assert.Equal('F', table.Find("D25.0")!.Sex);
        var o11 = table.Find("O11")!;
        Assert.Equal(('F', 15, 45), (o11.Sex!.Value, o11.MinAge!.Value, o11.MaxAge!.Value));

        // Codes sharing the category description carry their own words in MODIFIER_4.
        Assert.Equal("Type 1 diabetes mellitus, with coma", table.Find("E10.0")!.Title);
        Assert.Equal(("I", "Certain infectious and parasitic diseases"), table.GetChapter("A17.0"));
    }

    [Fact]
    public void Reads_the_OPCS4_Metadata_fixed_width_layout_and_skips_malformed_rows()
    {
        var path = Path.Combine(SharedData.RepoRoot, "tests", "CodingDsl.Language.Tests", "Classifications", "Fixtures", "opcs-metadata-sample.txt");
        var result = ClassificationLoader.LoadFile(path, new TableLoadOptions(CodeSystem.Opcs4, "4.11"));
        Assert.Equal(TableFormat.OpcsMetadata, result.Format);
        Assert.Equal(2, result.SkippedLines);
        Assert.Equal(new[] { 4, 6 }, result.Problems.Select(p => p.Line));
        Assert.Contains("12AB", result.Problems[1].Reason);

        var table = result.Table!;
        Assert.Equal("MAJOR EXCISION OF TISSUE OF BRAIN", table.Find("A01")!.Title);
        Assert.Equal("HEMISPHERECTOMY", table.Find("A01.1")!.Title);
        Assert.Equal(new[] { "A01.1", "A01.2", "A01.8" }, table.GetChildren("A01").Select(e => e.Code));
        Assert.Equal('M', table.Find("N01.1")!.Sex);
        Assert.Equal('F', table.Find("Q07.4")!.Sex);
        Assert.NotNull(table.Find("Y68.2"));
        Assert.Equal(10, table.Count); // 6 codes + 4 categories
    }

    [Fact]
    public void Simple_tsv_takes_an_optional_header_and_usage_column()
    {
        const string text = "code\ttitle\tusage\nQ90\tDown's syndrome\tdagger\nH19.8\tOther disorders of sclera and cornea in diseases classified elsewhere\t*\nC78.7\tSecondary malignant neoplasm of liver\t\n";
        var result = ClassificationLoader.LoadText(text, Icd10 with { IsComplete = false });
        Assert.Equal(TableFormat.Tsv, result.Format);
        var table = result.Table!;
        Assert.Equal(3, table.Count); // partial: no categories are made up for C78 and H19
        Assert.False(table.IsComplete);
        Assert.Equal(CodeUsage.Dagger, table.Find("Q90")!.Usage);
        Assert.Equal(CodeUsage.Asterisk, table.Find("H19.8A")!.Usage);
        Assert.Equal(CodeUsage.Default, table.Find("C78.7")!.Usage);
        Assert.Equal(new[] { "Q90" }, table.SearchTitle("downs", 5).Select(e => e.Code));

        var noHeader = ClassificationLoader.LoadText("J12.4\tPercutaneous radiofrequency ablation of lesion of liver\r\n", Opcs);
        Assert.Equal(TableFormat.CodesAndTitles, noHeader.Format);
        Assert.Equal(2, noHeader.Table!.Count); // J12 is added as a category without a title
        Assert.Equal(string.Empty, noHeader.Table.Find("J12")!.Title);
    }

    [Fact]
    public void Malformed_lines_are_skipped_and_counted_never_thrown()
    {
        const string text = "J12.4\tPercutaneous radiofrequency ablation of lesion of liver\nnonsense line\nJ12\t\nJ12.7\tPercutaneous microwave ablation of lesion of liver\n\u00e9\u00e9\u00e9\t\u00e9\n";
        var result = ClassificationLoader.LoadText(text, Opcs);
        Assert.Equal(3, result.SkippedLines);
        Assert.Equal(new[] { 2, 3, 5 }, result.Problems.Select(p => p.Line));
        Assert.Equal(3, result.Table!.Count);
    }

    [Fact]
    public void Unreadable_files_give_a_clear_error_not_an_exception()
    {
        var missing = ClassificationLoader.LoadFile("/no/such/dir/OPCS.txt", Opcs);
        Assert.Null(missing.Table);
        Assert.Equal("cannot read '/no/such/dir/OPCS.txt': the file does not exist", missing.Error);

        var fs = Substitute.For<IFileSystem>();
        fs.FileExists("locked.txt").Returns(true);
        fs.ReadAllText("locked.txt").Throws(new UnauthorizedAccessException("Access to the path is denied."));
        Assert.Equal("cannot read 'locked.txt': Access to the path is denied.", ClassificationLoader.LoadFile("locked.txt", Opcs, fs).Error);

        Assert.Contains("not a text file", ClassificationLoader.LoadText("PK\u0003\u0004\0\0binary", Opcs, "x.zip").Error);
        Assert.Contains("layout is not one of", ClassificationLoader.LoadText("just some words", Opcs).Error);
        Assert.Contains("no codes found", ClassificationLoader.LoadText("code\ttitle\n", Opcs).Error);
        Assert.Contains("it is an ICD-10 CodesAndTitlesAndMetadata file",
            ClassificationLoader.LoadFile(SharedData.Icd10TrudSample, Opcs).Error);
    }

    [Fact]
    public void The_OPCS_4_11_list_has_no_categories_but_category_lookups_still_work()
    {
        var result = ClassificationLoader.LoadFile(SharedData.Opcs411, new TableLoadOptions(CodeSystem.Opcs4, "4.11"));
        Assert.Equal(TableFormat.Tsv, result.Format);
        var table = result.Table!;
        Assert.Equal(10404 + 1653, table.Count); // four-character codes + a title-less entry per category
        Assert.Equal("APPROACH TO ORGAN UNDER NEAR INFRARED FLUORESCENCE CONTROL", table.Find("Y68.2")!.Title);
        Assert.True(table.Find("Y68")!.IsCategory);
        Assert.Equal(new[] { "Y68.1", "Y68.2", "Y68.3", "Y68.4", "Y68.5", "Y68.8", "Y68.9" }, table.GetChildren("Y68").Select(e => e.Code));
    }

    [Fact]
    public void The_full_WHO_ICD10_table_loads_with_chapters_for_every_code()
    {
        var table = ClassificationLoader.LoadFile(SharedData.Icd10Who, Icd10).Table!;
        Assert.Equal(12187, table.Count);
        Assert.Equal("Secondary malignant neoplasm of liver and intrahepatic bile duct", table.Find("C78.7")!.Title);
        Assert.Equal(("II", "Neoplasms"), table.GetChapter("C78.7"));
        Assert.All(table.Entries, e => Assert.NotNull(table.GetChapter(e.Code)));
        Assert.Equal("C18.7", table.Suggest("C17.8", 5).Select(e => e.Code).First()); // transposition first
    }
}

public class TableFileEncodingTests
{
    [Fact]
    public void A_Windows_1252_table_reads_its_curly_apostrophe()
    {
        var path = Path.Combine(Path.GetTempPath(), $"codingdsl-cp1252-{Guid.NewGuid():N}.txt");
        try
        {
            // "Q90<TAB>Down’s syndrome" with ’ as the single Windows-1252 byte 0x92.
            File.WriteAllBytes(path, [.. "Q90\tDown"u8, 0x92, .. "s syndrome\r\n"u8]);
            var table = ClassificationLoader.LoadFile(path, new TableLoadOptions(CodeSystem.Icd10, "5")).Table!;
            Assert.Equal("Down’s syndrome", table.Find("Q90")!.Title);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
