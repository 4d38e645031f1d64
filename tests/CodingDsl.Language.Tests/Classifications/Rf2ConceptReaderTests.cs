using CodingDsl.Language.Classifications.Snomed;
using CodingDsl.Language.Configuration;
using NSubstitute;
using Xunit;

namespace CodingDsl.Language.Tests.Classifications;

public class Rf2ConceptReaderTests
{
    private const string Header = "id\teffectiveTime\tactive\tmoduleId\tdefinitionStatusId";

    [Fact]
    public void Reads_existence_and_active_flag_from_a_snapshot()
    {
        var text = string.Join("\r\n",
            Header,
            "87628006\t20020131\t1\t900000000000207008\t900000000000074008",
            "999002271000000101\t20160401\t1\t999000011000000103\t900000000000074008",
            "116680003\t20020131\t0\t900000000000207008\t900000000000073002",
            "not-an-id\t20020131\t1\tx\ty",
            "") + "\r\n";
        var result = Rf2ConceptReader.Load(new StringReader(text), "SNOMED CT (test)");
        Assert.Null(result.Error);
        var table = result.Table!;
        Assert.Equal(3, table.Count);
        Assert.Equal(SnomedConceptStatus.Active, table.Find("87628006"));
        Assert.Equal(SnomedConceptStatus.Active, table.Find(999002271000000101));
        Assert.Equal(SnomedConceptStatus.Inactive, table.Find("116680003"));
        Assert.Null(table.Find("22298006"));
        Assert.Null(table.Find("nonsense"));
        Assert.Equal(1, result.SkippedLines);
        Assert.Equal(5, result.Problems[0].Line);
    }

    [Fact]
    public void In_a_full_file_the_latest_row_wins()
    {
        var text = $"{Header}\n87628006\t20200131\t0\tm\td\n87628006\t20020131\t1\tm\td\n";
        Assert.Equal(SnomedConceptStatus.Inactive, Rf2ConceptReader.Load(new StringReader(text), "full").Table!.Find("87628006"));
    }

    [Fact]
    public void A_file_that_is_not_an_RF2_concept_file_gives_an_error()
    {
        var result = Rf2ConceptReader.Load(new StringReader("id\tterm\n1\tx\n"), "x", "sct2_Description.txt");
        Assert.Null(result.Table);
        Assert.Contains("expected an RF2 concept file", result.Error);

        var fs = Substitute.For<IFileSystem>();
        fs.FileExists(Arg.Any<string>()).Returns(false);
        Assert.Contains("does not exist", Rf2ConceptReader.LoadFile("/x/sct2_Concept_Snapshot.txt", fs).Error);
    }
}
