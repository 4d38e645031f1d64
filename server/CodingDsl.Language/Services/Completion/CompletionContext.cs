using CodingDsl.Language.Classifications;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

/// <summary>Where the cursor stands, as far as completion cares.</summary>
internal enum CompletionPosition
{
    None,
    TopLevelStatement,
    GuidanceItem,
    SectionItem,
    RuleClause,

    /// <summary>A code is expected (after `opcs`, `or`, `and`, `(`, `default`, in a set, after `fix add opcs`).</summary>
    Code,

    /// <summary>After a code or its title: `or`, `and` and (in a section) the modifiers.</summary>
    AfterCode,
    System,
    Versions,
    SnomedValue,
    Severity,
    DiagnosticCode,
    FixAdd,
    ConditionStart,
    ConditionSystem,
    Selector,
    ConditionAfterAtom,
    Suppression,
    UsePath,

    /// <summary>Inside the title string after a code: offer the official title.</summary>
    Title,

    /// <summary>After a variant's name in a section header: `if` (a variant chosen by a condition).</summary>
    AfterVariantName,
}

internal enum BlockKind
{
    TopLevel,
    Guidance,
    Procedure,
    Diagnosis,
    Rule,
    Unknown,
}

/// <param name="Replace">The text the chosen item replaces: the partial word, the typed title words, or the path inside quotes.</param>
/// <param name="Query">The typed text within <paramref name="Replace"/> up to the cursor.</param>
/// <param name="TitleCode">For <see cref="CompletionPosition.Title"/>: the code whose title is being typed.</param>
internal sealed record CompletionContext(
    CompletionPosition Position,
    TextSpan Replace,
    string Query,
    BlockKind Block,
    CodeSystem System = CodeSystem.Opcs4,
    bool ApproachExpected = false,
    bool ImageGuided = false,
    bool InSection = false,
    bool AfterRequirement = false,
    string? TitleCode = null,
    bool InQuotes = false);
