using System.Text;
using CodingDsl.Cli.Tests.Support;

namespace CodingDsl.Cli.Tests.Commands;

/// <summary>
/// Whatever a rule file holds, `check` reports diagnostics (exit 0 or 1), never an exception. Each input
/// is checked in every output format, since each formatter walks the ranges differently.
/// </summary>
public class RobustnessTests
{
    private static readonly string[] AllFormats = ["text", "json", "sarif", "github"];

    public static TheoryData<string, string[]> Inputs() => new()
    {
        { "random bytes", AllFormats },
        { "empty", AllFormats },
        { "10 MB", AllFormats },
        { "10,000 nested braces", AllFormats },
        { "NUL and lone surrogates", AllFormats },
    };

    private static byte[] Make(string input) => input switch
    {
        "random bytes" => RandomBytes(64 * 1024),
        "empty" => [],
        "10 MB" => Encoding.UTF8.GetBytes(TenMegabytes()),
        "10,000 nested braces" => Encoding.UTF8.GetBytes("guidance IPG1 " + new string('{', 10_000) + "\n"),
        "NUL and lone surrogates" => Encoding.UTF8.GetBytes("guidance \0 IPG1 {\n  opcs J12.4 \"\uD800\"\r\r\n}\u2028"),
        _ => throw new ArgumentOutOfRangeException(nameof(input)),
    };

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(20261129).NextBytes(bytes);
        return bytes;
    }

    /// <summary>
    /// 10 MB of the language's own words in random order: every kind of statement, broken everywhere.
    /// (One section repeating a code 140,000 times is a core performance case, measured by the core, not here.)
    /// </summary>
    private static string TenMegabytes()
    {
        string[] words = ["guidance", "IPG327", "procedure", "diagnosis", "{", "}", "opcs", "J12.4", "Y53.-", "icd10", "C78.7",
            "or", "and", "\"Percutaneous radiofrequency ablation\"", "image-guided", "snomed", "pending", "note", "//", "\n"];
        var random = new Random(10);
        var text = new StringBuilder(10 * 1024 * 1024 + 100);
        while (text.Length < 10 * 1024 * 1024)
        {
            text.Append(words[random.Next(words.Length)]).Append(random.Next(8) == 0 ? '\n' : ' ');
        }
        return text.ToString();
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Any_input_gives_diagnostics_or_a_clean_result_never_a_crash(string input, string[] formats)
    {
        using var temp = new TempFolder();
        temp.WriteBytes("input.coding", Make(input));

        foreach (var format in formats)
        {
            var result = CliHarness.Run(temp.Path, "check", "input.coding", "--format", format);

            Assert.True(result.ExitCode is 0 or 1, $"{input} as {format}: {result.ExitCode}\n{result.Error}");
            Assert.DoesNotContain("   at ", result.Error);
            Assert.DoesNotContain("internal error", result.Error);
            Assert.NotEqual("", result.Out);
        }
    }
}
