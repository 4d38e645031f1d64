using CodingDsl.Language.Classifications;
using CodingDsl.Language.Classifications.Snomed;
using CodingDsl.Language.Configuration;
using Xunit;

namespace CodingDsl.Language.Tests.Classifications;

/// <summary>Whatever people type or point the tool at, the tables answer or report; they never throw.</summary>
public class RobustnessTests
{
    private static readonly string[] Odd =
    [
        "", " ", ".", "-", ".-", "†", "J", "J1", "J12.-", "J12.4.5", "j12..4", "ZZZZZZZZZZZZ", "00000000",
        "J12\t4", "\0\0", "𝔍12.4", "Ｊ12.4", new string('J', 100_000), "C78.7A†*", "X.X", "..", "A00.XX",
    ];

    [Fact]
    public void Table_lookups_never_throw_on_odd_input()
    {
        var tables = new[] { BundledTables.Opcs410, BundledTables.Icd10Starter };
        var random = new Random(1234);
        var inputs = Odd.Concat(Enumerable.Range(0, 300).Select(_ => RandomText(random))).ToList();
        foreach (var table in tables)
        {
            foreach (var input in inputs)
            {
                _ = table.Find(input);
                _ = table.GetChildren(input);
                _ = table.FindByPrefix(input, 10);
                _ = table.SearchTitle(input, 10);
                _ = table.Suggest(input, 5);
                _ = table.GetChapter(input);
                _ = SctId.Parse(input);
                _ = ClassificationCodes.Normalize(input);
            }
        }

        Assert.Empty(BundledTables.Opcs410.FindByPrefix("J12.4", 0));
        Assert.Empty(BundledTables.Opcs410.SearchTitle("liver", -1));
    }

    [Fact]
    public void Loading_random_text_reports_instead_of_throwing()
    {
        var random = new Random(99);
        for (var i = 0; i < 200; i++)
        {
            var lines = Enumerable.Range(0, random.Next(0, 20)).Select(_ => RandomText(random));
            var text = string.Join(random.Next(2) == 0 ? "\n" : "\r\n", lines);
            foreach (var format in Enum.GetValues<TableFormat>())
            {
                var result = ClassificationLoader.LoadText(text, new TableLoadOptions(CodeSystem.Icd10, "5", Format: format));
                Assert.True(result.Table is not null || result.Error is not null);
            }

            var config = ConfigurationParser.Parse(text, "/x/codingdsl.json");
            Assert.NotNull(config.Problems);
            _ = Rf2ConceptReader.Load(new StringReader("id\teffectiveTime\tactive\n" + text), "random");
        }
    }

    [Fact]
    public void Deeply_nested_config_is_a_problem_not_a_stack_overflow()
    {
        var text = new string('[', 10_000) + new string(']', 10_000);
        Assert.NotEmpty(ConfigurationParser.Parse(text, "/x/codingdsl.json").Problems);
    }

    private static string RandomText(Random random)
    {
        const string alphabet = "ABCJXYZ0123456789.-\t †*+\"{}[]:,abcé ";
        var length = random.Next(0, 40);
        return new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
    }
}
