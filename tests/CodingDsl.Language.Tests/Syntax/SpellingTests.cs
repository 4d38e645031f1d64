using Xunit;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Language.Tests.Syntax;

/// <summary>Issue 11, fault 3: "did you mean" in memory linear in the words, whatever the document.</summary>
public sealed class SpellingTests
{
    [Theory]
    [InlineData("procedure", "procedure", 0)]
    [InlineData("procedrue", "procedure", 1)]
    [InlineData("Procedure", "procedure", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("ca", "abc", 3)]
    public void Distance_counts_edits_and_adjacent_swaps(string a, string b, int expected)
    {
        Assert.Equal(expected, Spelling.Distance(a, b));
        Assert.Equal(expected, Spelling.Distance(b, a));
    }

    [Theory]
    [InlineData("kitten", "sitting", 1, 2)]
    [InlineData("kitten", "sitting", 2, 3)]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("abcdefgh", "abcdefghijk", 2, 3)]
    public void Distance_past_the_cutoff_is_cutoff_plus_one(string a, string b, int cutoff, int expected) =>
        Assert.Equal(expected, Spelling.Distance(a, b, cutoff));

    [Fact]
    public void Nearest_suggests_the_closest_keyword_within_a_third_of_the_word()
    {
        string[] keywords = ["procedure", "diagnosis", "guidance", "rule"];

        Assert.Equal("procedure", Spelling.Nearest("procedrue", keywords));
        Assert.Equal("guidance", Spelling.Nearest("guidence", keywords));
        Assert.Null(Spelling.Nearest("zzzzzzzzz", keywords));
    }

    [Fact]
    public void Two_huge_names_cost_small_arrays_not_a_matrix()
    {
        // Two 50,000-character names: the full matrix took 10 GB (3.5 GB for the 30,000).
        var a = new string('a', 50_000);
        var b = new string('a', 49_999) + "b";
        Spelling.Nearest("warm-up", ["warm", "up"]);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var nearest = Spelling.Nearest(a, [b, a + "c"]);
        var distance = Spelling.Distance(a, b, 3);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Null(nearest); // past MaxWordLength: no suggestion for names no one types
        Assert.Equal(1, distance);
        Assert.True(allocated < 4 * (b.Length + 1) * sizeof(int), $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void Analysing_100_KB_of_adversarial_names_allocates_within_a_constant_factor_of_its_size()
    {
        // The shape: long misspelt names that send the binder and parser to "did you mean".
        var name = new string('q', 25_000);
        var text = $"set {name}a = opcs {{ J12.4 }}\nset {name}b = opcs {{ J12.4 }}\n{name}c\n{name}d {{\n}}\n";
        var workspace = new CodingWorkspace();
        var path = Path.Combine(Path.GetTempPath(), "codingdsl-spelling", "adversarial.coding");
        workspace.SetDocument(path, "guidance X \"x\" { }\n");
        workspace.Analyze(path); // loads the tables and standard library once

        var before = GC.GetAllocatedBytesForCurrentThread();
        workspace.SetDocument(path, text);
        var analysis = workspace.Analyze(path);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.NotEmpty(analysis.Diagnostics);
        Assert.True(text.Length >= 100_000);
        // Before: 3.5 GB for 60 KB. The bound is generous for parse trees and messages quoting names.
        Assert.True(allocated < 200L * text.Length * sizeof(char), $"{allocated:N0} bytes allocated for {text.Length:N0} characters");
    }
}
