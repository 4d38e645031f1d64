using Xunit;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Language.Tests.Diagnostics;

/// <summary>
/// Issue 11's last hostile input: one statement of 1 MB that repeats one code (`J12.4 or J12.4 or …`,
/// 116,508 alternatives). It used to give a warning per repeat (116,507 on one line), which took the
/// language server past 480 MB; now one warning on the first repeat counts the others.
/// </summary>
public sealed class RepeatedAlternativesTests : IDisposable
{
    private readonly TestWorkspace folder = new(fullTables: false);

    public void Dispose() => folder.Dispose();

    private static string Statement(int alternatives) =>
        "guidance IPG1 \"t\" {\n  procedure {\n    opcs " + string.Join(" or ", Enumerable.Repeat("J12.4", alternatives)) + "\n  }\n}\n";

    [Fact]
    public void A_code_repeated_throughout_one_statement_is_one_warning_on_its_first_repeat_that_counts_the_rest()
    {
        var workspace = new CodingWorkspace();
        var path = Path.Combine(folder.Folder, "repeated.coding");
        var text = Statement(116_508);
        workspace.SetDocument(path, text);

        var duplicates = workspace.Analyze(path).Diagnostics.Where(d => d.Code == "CDSL0207").ToArray();

        var only = Assert.Single(duplicates);
        Assert.Equal("J12.4 is already listed in this section: list each code once. This statement repeats it 116,506 more times after this.", only.Message);
        // The second J12.4 of the line (the first one is the listing it repeats).
        Assert.Equal(text.IndexOf("J12.4", text.IndexOf("J12.4", StringComparison.Ordinal) + 1, StringComparison.Ordinal), only.Span.Start);
    }

    /// <summary>
    /// Analysing the 1 MB statement (after its parse) allocates within a constant factor of its size,
    /// and no more per alternative than a statement a tenth as long. Allocation on this thread, not time.
    /// </summary>
    [Fact]
    public void Analysing_a_megabyte_of_repeated_alternatives_allocates_in_proportion_to_its_length()
    {
        var small = AllocatedAnalysing(11_650);
        var large = AllocatedAnalysing(116_508);

        Assert.True(large.Bytes < 85L * large.Characters, $"1 MB statement: {large.Bytes:N0} bytes allocated for {large.Characters:N0} characters");
        Assert.True(large.Bytes < 12 * small.Bytes, $"116,508 alternatives: {large.Bytes:N0} bytes; 11,650: {small.Bytes:N0}");
    }

    private (long Bytes, long Characters) AllocatedAnalysing(int alternatives)
    {
        var workspace = new CodingWorkspace();
        var path = Path.Combine(folder.Folder, $"repeated-{alternatives}.coding");
        var text = Statement(alternatives);
        workspace.SetDocument(path, text);
        // Once first, on another document: the tables and configuration load for the workspace, not the file.
        var warm = Path.Combine(folder.Folder, $"warm-{alternatives}.coding");
        workspace.SetDocument(warm, Statement(2).Replace("IPG1", "IPG2", StringComparison.Ordinal));
        workspace.Analyze(warm);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var diagnostics = workspace.Analyze(path).Diagnostics;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Single(diagnostics, d => d.Code == "CDSL0207");
        return (allocated, text.Length);
    }
}
