using CodingDsl.Language.Formatter;

namespace CodingDsl.Export.Tests.Compiled;

/// <summary>
/// Issue 9's property "formatting is idempotent and keeps the meaning", over mutated inputs rather than
/// only the files as written: each sample and case file that parses is mutated a dozen seeded ways by
/// lines (a line dropped, doubled, moved, swapped with the next, re-indented, a comment put between
/// two lines), about 1,000 texts in all. Whatever a mutant is, the formatter never fails inside; when
/// it formats one, formatting the result again changes nothing and the result compiles to the same
/// JSON as the mutant. Half-written and broken mutants are left alone, which the refusal tests cover.
/// </summary>
public sealed class FormattingMutatedInputsTests
{
    private const int MutantsPerFile = 12;

    public static TheoryData<string> FilesThatParse() => FormattingKeepsMeaningTests.FilesThatParse();

    [Theory]
    [MemberData(nameof(FilesThatParse))]
    public void Every_mutant_is_formatted_idempotently_with_its_meaning_kept_or_left_alone(string relativePath)
    {
        var path = Path.Combine(Support.Repo.Root, relativePath);
        var lines = File.ReadAllText(path).Split('\n');
        var random = new Random(relativePath.Length * 104729 + lines.Length);
        var formattedCount = 0;
        for (var i = 0; i < MutantsPerFile; i++)
        {
            // Every fourth mutant only adds comments and indentation, which keeps a clean file clean, so
            // each file contributes mutants the formatter takes as well as ones it refuses.
            var mutant = string.Join('\n', i % 4 == 0 ? Commented(lines, random) : Mutate(lines, random));
            var formatted = DocumentFormatter.Format(mutant);
            Assert.DoesNotContain("formatter bug", formatted.NotFormattedReason ?? string.Empty, StringComparison.Ordinal);
            if (!formatted.CanFormat)
            {
                Assert.Equal(mutant, formatted.FormattedText);
                continue;
            }
            formattedCount++;
            Assert.Equal(formatted.FormattedText, DocumentFormatter.Format(formatted.FormattedText).FormattedText);
            Assert.Equal(FormattingKeepsMeaningTests.CompiledJson(path, mutant), FormattingKeepsMeaningTests.CompiledJson(path, formatted.FormattedText));
        }
        Assert.True(formattedCount >= MutantsPerFile / 4, $"only {formattedCount} of {MutantsPerFile} mutants of {relativePath} were formatted");
    }

    /// <summary>One to three line operations; the result may well not parse.</summary>
    private static List<string> Mutate(string[] lines, Random random)
    {
        var result = lines.ToList();
        for (var n = random.Next(1, 4); n > 0 && result.Count > 1; n--)
        {
            var at = random.Next(result.Count);
            switch (random.Next(5))
            {
                case 0:
                    result.RemoveAt(at);
                    break;
                case 1:
                    result.Insert(at, result[at]);
                    break;
                case 2:
                    var moved = result[at];
                    result.RemoveAt(at);
                    result.Insert(random.Next(result.Count + 1), moved);
                    break;
                case 3 when at + 1 < result.Count:
                    (result[at], result[at + 1]) = (result[at + 1], result[at]);
                    break;
                default:
                    result[at] = Reindent(result[at], random);
                    break;
            }
        }
        return result;
    }

    /// <summary>Comment lines put between lines and lines re-indented: a clean file stays clean.</summary>
    private static List<string> Commented(string[] lines, Random random)
    {
        var result = lines.ToList();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            result.Insert(random.Next(result.Count + 1), new string(' ', random.Next(7)) + "// note " + random.Next(100));
            var at = random.Next(result.Count);
            result[at] = Reindent(result[at], random);
        }
        return result;
    }

    private static string Reindent(string line, Random random) =>
        new string(random.Next(2) == 0 ? ' ' : '\t', random.Next(9)) + line.TrimStart(' ', '\t');
}
