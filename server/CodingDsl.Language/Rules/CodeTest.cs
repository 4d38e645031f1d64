using CodingDsl.Language.Classifications;
using CodingDsl.Language.Semantics;

namespace CodingDsl.Language.Rules;

/// <summary>
/// Whether a recorded code lies within one selector of a `has`, decided by a test made once per
/// condition (not by a switch over the selector per code). A recommended pattern counts only when all of
/// it lies within (Y53.- within "Y53.- or Y68.-"), so a rule fires on what is certain, not on what might be.
/// </summary>
public abstract class CodeTest
{
    public abstract bool Matches(CodePattern code, ClassificationEntry? entry);

    /// <summary>The test for <paramref name="selector"/> of a condition on <paramref name="system"/>'s codes.</summary>
    public static CodeTest For(CodeSystem system, Selector selector) => selector.Accept(new Maker(system));

    private sealed class Maker(CodeSystem system) : ISelectorVisitor<CodeTest>
    {
        public CodeTest VisitPattern(PatternSelector selector) => new WithinPattern(selector.Pattern);

        public CodeTest VisitSet(SetSelector selector) => new WithinSet([.. selector.Set.Patterns]);

        public CodeTest VisitBuiltin(BuiltinSelectorRef selector) => selector.Builtin switch
        {
            BuiltinSelector.Subsidiary => new Subsidiary(system),
            BuiltinSelector.Main => system == CodeSystem.Opcs4 ? new MainProcedure(system) : new NotAsterisk(system),
            BuiltinSelector.Asterisk => system == CodeSystem.Icd10 ? new Asterisk() : Never.Instance,
            BuiltinSelector.Dagger => system == CodeSystem.Icd10 ? new Dagger() : Never.Instance,
        };
    }

    private sealed class WithinPattern(CodePattern pattern) : CodeTest
    {
        public override bool Matches(CodePattern code, ClassificationEntry? entry) => code.LiesWithin(pattern);
    }

    private sealed class WithinSet(CodePattern[] patterns) : CodeTest
    {
        public override bool Matches(CodePattern code, ClassificationEntry? entry)
        {
            foreach (var pattern in patterns)
            {
                if (code.LiesWithin(pattern))
                {
                    return true;
                }
            }
            return false;
        }
    }

    // The built-in selectors test a code of their own system only, and never a name ("image control").
    private static bool Applies(CodeSystem system, CodePattern code) => code.System == system && code.Kind != PatternKind.Name;

    private static bool IsAsterisk(CodePattern code, ClassificationEntry? entry) =>
        code.Mark == CodeMark.Asterisk || entry?.Usage == CodeUsage.Asterisk;

    private sealed class Subsidiary(CodeSystem system) : CodeTest
    {
        public override bool Matches(CodePattern code, ClassificationEntry? entry) =>
            Applies(system, code) && OpcsChapters.IsSubsidiary(system, code.Letter);
    }

    private sealed class MainProcedure(CodeSystem system) : CodeTest
    {
        public override bool Matches(CodePattern code, ClassificationEntry? entry) =>
            Applies(system, code) && !OpcsChapters.IsSubsidiary(system, code.Letter);
    }

    private sealed class NotAsterisk(CodeSystem system) : CodeTest
    {
        public override bool Matches(CodePattern code, ClassificationEntry? entry) =>
            Applies(system, code) && !IsAsterisk(code, entry);
    }

    private sealed class Asterisk : CodeTest
    {
        public override bool Matches(CodePattern code, ClassificationEntry? entry) =>
            Applies(CodeSystem.Icd10, code) && IsAsterisk(code, entry);
    }

    private sealed class Dagger : CodeTest
    {
        public override bool Matches(CodePattern code, ClassificationEntry? entry) =>
            Applies(CodeSystem.Icd10, code) && (code.Mark == CodeMark.Dagger || entry?.Usage == CodeUsage.Dagger);
    }

    private sealed class Never : CodeTest
    {
        public static readonly Never Instance = new();

        public override bool Matches(CodePattern code, ClassificationEntry? entry) => false;
    }
}
