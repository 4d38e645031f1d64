using CodingDsl.Language.Classifications;
using CodingDsl.Language.Semantics;

namespace CodingDsl.Language.Rules;

/// <summary>
/// Decides whether a recorded code lies within a selector. A recommended pattern counts only when all
/// of it lies within (Y53.- within "Y53.- or Y68.-"), so a rule fires on what is certain, not on what
/// might be.
/// </summary>
public static class CodeMatcher
{
    public static bool Matches(CodeSystem system, CodePattern code, ClassificationEntry? entry, Selector selector) => selector switch
    {
        PatternSelector p => code.LiesWithin(p.Pattern),
        SetSelector s => LiesWithinAny(code, s.Set.Patterns),
        BuiltinSelectorRef b => MatchesBuiltin(system, code, entry, b.Builtin),
        _ => false,
    };

    // A loop, not Any(code.LiesWithin): that made a delegate per call, and `evaluate` calls this for
    // every code of every episode against every rule.
    private static bool LiesWithinAny(CodePattern code, IReadOnlyList<CodePattern> patterns)
    {
        for (var i = 0; i < patterns.Count; i++)
        {
            if (code.LiesWithin(patterns[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool MatchesBuiltin(CodeSystem system, CodePattern code, ClassificationEntry? entry, BuiltinSelector builtin)
    {
        if (code.System != system || code.Kind == PatternKind.Name)
        {
            return false;
        }
        return builtin switch
        {
            BuiltinSelector.Subsidiary => OpcsChapters.IsSubsidiary(system, code.Letter),
            BuiltinSelector.Main => system == CodeSystem.Opcs4 ? !OpcsChapters.IsSubsidiary(system, code.Letter) : !IsAsterisk(code, entry),
            BuiltinSelector.Asterisk => system == CodeSystem.Icd10 && IsAsterisk(code, entry),
            BuiltinSelector.Dagger => system == CodeSystem.Icd10 && (code.Mark == CodeMark.Dagger || entry?.Usage == CodeUsage.Dagger),
            _ => false,
        };
    }

    private static bool IsAsterisk(CodePattern code, ClassificationEntry? entry) =>
        code.Mark == CodeMark.Asterisk || entry?.Usage == CodeUsage.Asterisk;
}
