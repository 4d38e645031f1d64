using System.Text;
using CodingDsl.Cli.Tests.Support;

namespace CodingDsl.Cli.Tests.Commands;

/// <summary>
/// Whatever a rule file holds, `check` reports diagnostics (exit 0 or 1), never an exception. Each input
/// is checked in every output format, since each formatter walks the ranges differently.
/// </summary>
public class RobustnessTests
{
    public static TheoryData<string> Inputs() => new() { "random bytes", "empty", "10 MB", "10,000 nested braces", "NUL and lone surrogates" };

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

    private static string TenMegabytes()
    {
        var text = new StringBuilder("guidance IPG327 \"Radiofrequency ablation\" {\n  procedure {\n");
        while (text.Length < 10 * 1024 * 1024)
        {
            text.Append("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n");
        }
        return text.Append("  }\n}\n").ToString();
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Any_input_gives_diagnostics_or_a_clean_result_never_a_crash(string input)
    {
        using var temp = new TempFolder();
        temp.WriteBytes("input.coding", Make(input));

        foreach (var format in new[] { "text", "json", "sarif", "github" })
        {
            var result = CliHarness.Run(temp.Path, "check", "input.coding", "--format", format);

            Assert.True(result.ExitCode is 0 or 1, $"{input} as {format}: {result.ExitCode}\n{result.Error}");
            Assert.DoesNotContain("   at ", result.Error);
            Assert.DoesNotContain("internal error", result.Error);
            Assert.NotEqual("", result.Out);
        }
    }
}
