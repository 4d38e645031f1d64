using Sprache;

namespace CodingDsl.Language.Syntax;

/// <summary>Where a word of the language may stand; a word may stand in several places (`note` in a guidance and in a section).</summary>
[Flags]
internal enum WordPlaces
{
    None = 0,

    /// <summary>Starts a declaration at the top of a file.</summary>
    TopLevel = 1 << 0,

    /// <summary>Starts an item of a guidance block.</summary>
    GuidanceItem = 1 << 1,

    /// <summary>Starts an item of a procedure or diagnosis section.</summary>
    SectionItem = 1 << 2,

    /// <summary>Starts a clause of a rule.</summary>
    RuleClause = 1 << 3,

    /// <summary>A requirement's modifier, after its codes (`optional`, `if "…"`).</summary>
    Modifier = 1 << 4,

    /// <summary>Text attached to one code, after its title (`nice "…"`, `remark "…"`).</summary>
    CodeAnnotation = 1 << 5,

    /// <summary>A word inside a code expression or a condition (`or`, `has`, `chapter`).</summary>
    Operator = 1 << 6,

    /// <summary>A fact a rule tests (`image-guided`).</summary>
    Fact = 1 << 7,

    /// <summary>A code system's keyword (`opcs`).</summary>
    System = 1 << 8,

    /// <summary>A built-in set (`main`); not reserved: a selector is read where a code or set name may stand.</summary>
    Selector = 1 << 9,

    /// <summary>A rule's severity (`error`); not reserved, read only after `severity`.</summary>
    Severity = 1 << 10,

    /// <summary>Carries on the statement above when it starts a line (`or Y68.-`); modifiers and annotations do too.</summary>
    Continues = 1 << 11,
}

/// <summary>The block a form opens: the parser walks blocks itself (recovery inside them), so a block form names its walk rather than a grammar.</summary>
internal enum BlockForm
{
    None,
    Guidance,
    Section,
    Rule,
}

/// <summary>
/// One word of the language: where it may stand, how the statement it starts is parsed, and its line
/// of the reference (hover and completion detail).
/// </summary>
/// <param name="Grammar">The statement's Sprache grammar, run where the word starts a statement; null for a block (see <paramref name="Block"/>) and for a word read inside another statement's grammar.</param>
internal sealed record StatementForm(string Keyword, WordPlaces Places, string Reference, Parser<SyntaxNode>? Grammar = null, BlockForm Block = BlockForm.None)
{
    public bool Is(WordPlaces place) => (Places & place) != 0;
}
