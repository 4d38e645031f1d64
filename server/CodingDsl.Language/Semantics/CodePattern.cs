using CodingDsl.Language.Classifications;

namespace CodingDsl.Language.Semantics;

public enum PatternKind
{
    /// <summary>One code to record: J12.4, C78.7, C64.X, I10.</summary>
    Code,

    /// <summary>A code from a category: Y53.-.</summary>
    Category,

    /// <summary>A code from any category in a range: C71-C74.</summary>
    Range,

    /// <summary>A code from a chapter: chapter Z.</summary>
    Chapter,

    /// <summary>A set or built-in selector name: states-imaging-method, subsidiary.</summary>
    Name,
}

public enum CodeMark
{
    None,
    Dagger,
    Asterisk,
}

/// <summary>
/// A well-formed pattern, normalised: <see cref="Code"/> is the dotted key for table lookups ("J12.4",
/// "C64" for C64.X, "H19.8" for H19.8A); ranges and categories are held as a letter and numbers, so that
/// "lies within" is a comparison.
/// </summary>
public sealed record CodePattern(
    CodeSystem System,
    PatternKind Kind,
    string Text,
    char Letter = '\0',
    int From = 0,
    int To = 0,
    string Code = "",
    CodeMark Mark = CodeMark.None,
    bool XPadded = false)
{
    /// <summary>The three-character category this pattern lies in, for codes and categories.</summary>
    public string Category => Kind is PatternKind.Code or PatternKind.Category ? $"{Letter}{From:D2}" : string.Empty;

    /// <summary>True when every code this pattern stands for also lies within <paramref name="outer"/>.</summary>
    public bool LiesWithin(CodePattern outer)
    {
        if (outer.System != System || Kind == PatternKind.Name || outer.Kind == PatternKind.Name)
        {
            return false;
        }
        return outer.Kind switch
        {
            PatternKind.Chapter => Letter == outer.Letter,
            PatternKind.Range => Letter == outer.Letter && From >= outer.From && To <= outer.To,
            PatternKind.Category => Letter == outer.Letter && From == outer.From && To == outer.To,
            PatternKind.Code => Kind == PatternKind.Code && Code == outer.Code,
            _ => false,
        };
    }

    /// <summary>The pattern in canonical spelling, marks included ("Q90.-†", "H19.8A").</summary>
    public override string ToString() => Text;
}
