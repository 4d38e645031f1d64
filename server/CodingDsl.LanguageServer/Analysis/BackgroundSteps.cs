using System.Diagnostics;
using System.Globalization;

namespace CodingDsl.LanguageServer.Analysis;

/// <summary>
/// What the background analysis did since it last went idle: files parsed and analysed, the longest
/// single step of each kind (what a keystroke may wait for at most) and the steps taken beside busy
/// foreground work (<see cref="BackgroundPacer.StarvationLimit"/>). Traced when the background goes idle.
/// </summary>
public sealed class BackgroundSteps
{
    public int Parsed { get; private set; }

    public int Analyzed { get; private set; }

    public TimeSpan LongestParse { get; private set; }

    public TimeSpan LongestAnalysis { get; private set; }

    public int Forced { get; private set; }

    internal void AddParse(long startedAt)
    {
        Parsed++;
        LongestParse = Longest(LongestParse, startedAt);
    }

    internal void AddAnalysis(long startedAt)
    {
        Analyzed++;
        LongestAnalysis = Longest(LongestAnalysis, startedAt);
    }

    internal void AddForced() => Forced++;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Parsed} files parsed, {Analyzed} analysed; longest step: parse {LongestParse.TotalMilliseconds:0.0} ms, analysis {LongestAnalysis.TotalMilliseconds:0.0} ms; {Forced} steps beside busy foreground work");

    private static TimeSpan Longest(TimeSpan longest, long startedAt)
    {
        var took = Stopwatch.GetElapsedTime(startedAt);
        return took > longest ? took : longest;
    }
}
