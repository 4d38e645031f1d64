namespace CodingDsl.Language.Tests.Baselines;

/// <summary>A line diff of two texts, printed like `diff -u`: the product's own (`codingdsl format --check --diff`).</summary>
internal static class LineDiff
{
    /// <summary>Null when the texts have the same lines; otherwise the hunks that differ.</summary>
    public static string? Unified(string expected, string actual, string expectedName, string actualName) =>
        UnifiedDiff.Of(expected, actual, expectedName, actualName);
}
