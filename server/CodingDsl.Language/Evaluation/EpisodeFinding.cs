using CodingDsl.Language.Diagnostics;

namespace CodingDsl.Language.Evaluation;

/// <summary>A rule an episode breaks.</summary>
/// <param name="Rule">The rule's name: a library rule ("image-control") or a guidance check ("guidance-combination").</param>
/// <param name="Code">The rule's diagnostic code (CDSL0501), when it has one.</param>
/// <param name="GuidanceId">The guidance the finding comes from: its own structure, or the facts (image-guided) a library rule was checked with.</param>
public sealed record EpisodeFinding(string Rule, string? Code, DiagnosticLevel Level, string? GuidanceId, string Message)
{
    /// <summary>The release(s) in force on the episode's date that judged it ("OPCS-4.11 (…)"); null when the episode was not judged by date.</summary>
    public string? Release { get; init; }
}

/// <summary>A guidance section an episode was matched to by its main codes.</summary>
public sealed record GuidanceMatch(string GuidanceId, string Section);

public sealed record EpisodeResult(Episode Episode, IReadOnlyList<GuidanceMatch> Matches, IReadOnlyList<EpisodeFinding> Findings);
