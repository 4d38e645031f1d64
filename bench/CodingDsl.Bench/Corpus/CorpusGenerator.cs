using System.Globalization;
using System.Text;

namespace CodingDsl.Bench.Corpus;

/// <summary>What a generation run wrote.</summary>
internal sealed record CorpusSummary(int Files, int Lines, long Bytes, IReadOnlyDictionary<Mistake, int> Mistakes, int UsingLibrary);

/// <summary>
/// Writes a corpus of guidance files for the check benchmark: <c>guidance/IPGnnnnn.coding</c> (one
/// guidance each) and <c>rules/shared-rules.coding</c>, a rule library about a fifth of them `use`.
/// The same seed and count give byte-identical files.
/// </summary>
internal static class CorpusGenerator
{
    public const string GuidanceFolder = "guidance";
    public const string RulesFolder = "rules";
    public const string LibraryFile = "shared-rules.coding";

    /// <summary>Share of files with one planted mistake, split evenly over the kinds of <see cref="Mistake"/>.</summary>
    public const double MistakeShare = 0.06;

    public const double UseShare = 0.2;

    private const string Library = """
        // Rules shared by a team's guidance files; a fifth of the corpus `use`s this library.
        set laser-codes = opcs Y08.-
        set site-codes = opcs chapter Z

        rule laser-after-main "Laser code after a main procedure" {
          when has opcs laser-codes
          require has opcs main
          severity warning
          message "A laser code (Y08) is an additional code: record it after the main procedure code."
        }

        rule site-after-main "Site code after a main procedure" {
          when has opcs site-codes
          require has opcs main
          severity warning
          message "A chapter Z site code says where a main procedure was done: record the main code with it."
        }

        """;

    public static CorpusSummary Generate(string outFolder, int files, int seed, string? whoIcd10Path)
    {
        var pools = CodePools.Load(whoIcd10Path);
        var random = new Random(seed);
        var writer = new GuidanceWriter(pools, random);

        // Only the generator's own folders are replaced; anything else under --out is left alone.
        var guidanceFolder = Path.Combine(outFolder, GuidanceFolder);
        var rulesFolder = Path.Combine(outFolder, RulesFolder);
        foreach (var folder in new[] { guidanceFolder, rulesFolder })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
            Directory.CreateDirectory(folder);
        }

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        File.WriteAllText(Path.Combine(rulesFolder, LibraryFile), Library, utf8);
        var lines = CountLines(Library);
        long bytes = utf8.GetByteCount(Library);
        var mistakes = Enum.GetValues<Mistake>().ToDictionary(m => m, _ => 0);
        var usingLibrary = 0;
        var kinds = Enum.GetValues<Mistake>().Where(m => m != Mistake.None).ToArray();
        for (var i = 0; i < files; i++)
        {
            var roll = random.NextDouble();
            var mistake = roll < MistakeShare ? kinds[(int)(roll / MistakeShare * kinds.Length)] : Mistake.None;
            var use = random.NextDouble() < UseShare;
            var id = "IPG" + (10000 + i).ToString(CultureInfo.InvariantCulture);
            var text = writer.Write(id, mistake, use ? $"../{RulesFolder}/{LibraryFile}" : null);
            File.WriteAllText(Path.Combine(guidanceFolder, id + ".coding"), text, utf8);
            mistakes[mistake]++;
            usingLibrary += use ? 1 : 0;
            lines += CountLines(text);
            bytes += utf8.GetByteCount(text);
        }

        return new CorpusSummary(files + 1, lines, bytes, mistakes, usingLibrary);
    }

    private static int CountLines(string text) => text.Count(c => c == '\n');
}
