namespace CodingDsl.Language.Releases;

/// <summary>What happens to a code a file names when it moves to another release.</summary>
public enum ReleaseChangeKind
{
    /// <summary>The code is not in the target release: it stays, with an error and suggestions.</summary>
    Retired,

    /// <summary>The code is in both releases under another title: the upgrade writes the new one.</summary>
    TitleChanged,

    /// <summary>A three-character code that the target release subdivides: a fourth character is now needed.</summary>
    NowSubdivided,

    /// <summary>A category named with `.-` that gains codes: the rule may now mean more than it meant.</summary>
    CategoryGainsCodes,

    /// <summary>A rule (standard library or `use`d) whose sets or patterns change: it needs a look.</summary>
    RuleNeedsReview,
}
