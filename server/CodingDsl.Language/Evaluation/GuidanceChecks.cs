namespace CodingDsl.Language.Evaluation;

/// <summary>The names of the checks an episode gets from each matched guidance's own structure (docs/export.md).</summary>
public static class GuidanceChecks
{
    /// <summary>Part of an `and` combination is recorded, part is not (C78.7 without a C18 code).</summary>
    public const string Combination = "guidance-combination";

    /// <summary>A procedure code the matched variant requires is not recorded (J12.4 without Y53/Y68).</summary>
    public const string Requirement = "guidance-requirement";

    /// <summary>None of the diagnosis the guidance names is recorded: coded for another condition, or not at all.</summary>
    public const string Diagnosis = "guidance-diagnosis";

    /// <summary>A code the guidance puts in a position (`position 2`) is recorded elsewhere.</summary>
    public const string Position = "guidance-position";

    /// <summary>A well-formed code that is not in the classification table (full tables only).</summary>
    public const string UnknownCode = "unknown-code";

    /// <summary>A code that only a release in force after the episode's date has (CDSL0706).</summary>
    public const string CodeBeforeItsRelease = "code-before-its-release";

    /// <summary>A code of an earlier release that the release in force on the episode's date no longer has (CDSL0707).</summary>
    public const string RetiredCode = "retired-code";
}
