using System.Text.RegularExpressions;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Tests.Baselines;
using CodingDsl.Language.Tests.Classifications;
using Xunit;

namespace CodingDsl.Language.Tests.Samples;

/// <summary>
/// The samples encode the real NICE texts in ../shared/data/nice/: every text has one, and every sample
/// checks clean (information such as CDSL0208 "no OPCS-4.6 table" or CDSL0304 "SNOMED CT pending" allowed).
/// </summary>
public partial class SampleTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var relative in CaseFiles.All().Where(c => c.StartsWith("samples/", StringComparison.Ordinal)))
        {
            data.Add(relative);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_has_no_errors_or_warnings(string relative)
    {
        var analysis = CaseFiles.Analyze(relative);

        var problems = analysis.Diagnostics
            .Where(d => d.Level >= DiagnosticLevel.Warning)
            .Select(d => $"{analysis.Text.GetPosition(d.Span.Start)} {d.Code} ({d.Level}) {d.Message}")
            .ToArray();
        Assert.True(problems.Length == 0, $"{relative} should check clean:\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_declares_the_guidance_its_file_is_named_for(string relative)
    {
        var model = CaseFiles.Analyze(relative).Model;

        Assert.NotNull(model);
        var guidance = Assert.Single(model.Guidances);
        Assert.Equal(Path.GetFileNameWithoutExtension(relative), guidance.Id);
    }

    [Fact]
    public void Every_NICE_text_has_a_sample_with_its_source_url()
    {
        var texts = Directory.GetFiles(SharedData.Path("nice"), "*.txt")
            .Where(p => IdInName().IsMatch(Path.GetFileNameWithoutExtension(p)))
            .ToArray();
        Assert.NotEmpty(texts);

        foreach (var text in texts)
        {
            var id = Path.GetFileNameWithoutExtension(text);
            var sample = Path.Combine(RepoPaths.Samples, id + ".coding");
            Assert.True(File.Exists(sample), $"{id}: no samples/{id}.coding for {text}");
            if (id == "IPG327")
            {
                continue; // encodes the seed text (IPG327-coding-recommendations-seed.txt), which has no URL header
            }

            var stated = SourceLine().Match(File.ReadAllText(text)).Groups["url"].Value;
            var written = SourceStatement().Match(File.ReadAllText(sample)).Groups["url"].Value;
            Assert.True(stated.Length > 0, $"{text} has no 'Source:' line");
            Assert.True(SameUrl(stated, written), $"samples/{id}.coding says source \"{written}\"; the NICE text says {stated}");
        }
    }

    /// <summary>Scheme and case aside (NICE serves both http and https, IPG327 and ipg327).</summary>
    private static bool SameUrl(string a, string b) =>
        string.Equals(WithoutScheme().Replace(a, string.Empty), WithoutScheme().Replace(b, string.Empty), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[A-Z]+\d+$")]
    private static partial Regex IdInName();

    [GeneratedRegex(@"^Source:\s*(?<url>\S+)", RegexOptions.Multiline)]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"^\s*source\s+""(?<url>[^""]+)""", RegexOptions.Multiline)]
    private static partial Regex SourceStatement();

    [GeneratedRegex(@"^https?://")]
    private static partial Regex WithoutScheme();
}
