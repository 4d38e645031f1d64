namespace CodingDsl.Language;

/// <summary>A count with its noun in the right number: "1 episode", "2 episodes", "0 files".</summary>
public static class Counted
{
    public static string Of(long count, string noun, string? plural = null) =>
        count == 1 ? $"1 {noun}" : $"{count} {plural ?? noun + "s"}";
}
