using System.Text.RegularExpressions;
using CodingDsl.Language.Diagnostics;
using Xunit;

namespace CodingDsl.Language.Tests.Diagnostics;

/// <summary>
/// Every message is written by <see cref="DiagnosticFactory"/>: a call site that built a Diagnostic (or an
/// episode finding with a catalogue code) itself would be a second place where a code's wording lives.
/// </summary>
public class DiagnosticFactoryTests
{
    private static readonly Regex MadeByHand = new(@"new\s+(Diagnostic|EpisodeFinding)\s*\(|\bDiagnostic\s+\w+\s*=\s*new\s*\(", RegexOptions.Compiled);

    [Fact]
    public void No_product_code_outside_the_catalogue_folder_constructs_a_diagnostic()
    {
        var server = Path.Combine(RepoPaths.Root, "server");
        var home = Path.Combine(server, "CodingDsl.Language", "Diagnostics") + Path.DirectorySeparatorChar;
        var offenders = Directory.EnumerateFiles(server, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(home, StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => MadeByHand.IsMatch(l.Text) && !IsGuidanceCheckFinding(l.Text))
            .Select(l => $"{Path.GetRelativePath(RepoPaths.Root, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToArray();

        Assert.True(offenders.Length == 0, "Make diagnostics with DiagnosticFactory (server/CodingDsl.Language/Diagnostics/DiagnosticFactory.*.cs):\n" + string.Join("\n", offenders));
    }

    // The evaluator's own checks (guidance-requirement …) are findings without a catalogue code: their
    // `new EpisodeFinding(GuidanceChecks.X, null, …)` carries no diagnostic wording.
    private static bool IsGuidanceCheckFinding(string line) =>
        line.Contains("new EpisodeFinding(", StringComparison.Ordinal) && !line.Contains("DiagnosticCatalog", StringComparison.Ordinal);

    [Fact]
    public void A_reported_diagnostic_keeps_its_descriptor_so_its_title_and_help_link_need_no_lookup()
    {
        var diagnostic = DiagnosticFactory.UnknownSet(new Language.Text.TextSpan(3, 4), "lvier", "liver");

        Assert.Same(DiagnosticCatalog.UnknownName, diagnostic.Descriptor);
        Assert.Equal(DiagnosticCatalog.UnknownName.Code, diagnostic.Code);
        Assert.Equal("No set named 'lvier' is declared here, in a used file or in the standard library. Did you mean 'liver'?", diagnostic.Message);
        Assert.EndsWith("#" + diagnostic.Code.ToLowerInvariant(), diagnostic.Descriptor.HelpUri, StringComparison.Ordinal);
    }
}
