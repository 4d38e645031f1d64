using System.Diagnostics;
using System.Globalization;

namespace CodingDsl.LanguageServer.Analysis;

/// <summary>
/// What the background analysis did since it last went idle: files parsed and analysed, the longest
/// single step of each kind (what a keystroke may wait for at most) and their mean, and the steps
/// taken beside busy foreground work (<see cref="BackgroundPacer.StarvationLimit"/>). Traced when the
/// background goes idle. Wall times: on a loaded machine they include time the thread was not running.
/// </summary>
public sealed class BackgroundSteps
{
    public int Parsed { get; private set; }

    public int Analyzed { get; private set; }

    public TimeSpan LongestParse { get; private set; }

    public TimeSpan LongestAnalysis { get; private set; }

    public TimeSpan TotalParse { get; private set; }

    public TimeSpan TotalAnalysis { get; private set; }

    public int Forced { get; private set; }

    internal void AddParse(long startedAt)
    {
        Parsed++;
        var took = Stopwatch.GetElapsedTime(startedAt);
        TotalParse += took;
        LongestParse = took > LongestParse ? took : LongestParse;
    }

    internal void AddAnalysis(long startedAt)
    {
        Analyzed++;
        var took = Stopwatch.GetElapsedTime(startedAt);
        TotalAnalysis += took;
        LongestAnalysis = took > LongestAnalysis ? took : LongestAnalysis;
    }

    internal void AddForced() => Forced++;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Parsed} files parsed, {Analyzed} analysed; longest step: parse {LongestParse.TotalMilliseconds:0.0} ms, analysis {LongestAnalysis.TotalMilliseconds:0.0} ms (mean {Mean(TotalParse, Parsed):0.00} / {Mean(TotalAnalysis, Analyzed):0.00} ms); {Forced} steps beside busy foreground work");

    private static double Mean(TimeSpan total, int count) => count == 0 ? 0 : total.TotalMilliseconds / count;
}
