namespace CodingDsl.Cli;

/// <summary>Messages go on one line: a reason or a diagnostic split over lines is hard to grep in a CI log.</summary>
public static class SingleLine
{
    public static string Of(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
