using CodingDsl.Language.Semantics;

namespace CodingDsl.Language.Rules;

/// <summary>Evaluates a rule condition over a list of recorded codes and facts: a guidance path or a coded episode.</summary>
public static class ConditionEvaluator
{
    // Loops, not LINQ: this runs for every rule on every path of every section on each keystroke, and
    // the closures LINQ needs here were a large share of what an analysis allocated.
    public static bool Holds(BoundCondition condition, IReadOnlyList<RecordedCode> codes, IReadOnlySet<string> facts)
    {
        switch (condition)
        {
            case AnyOf any:
                for (var i = 0; i < any.Operands.Count; i++)
                {
                    if (Holds(any.Operands[i], codes, facts))
                    {
                        return true;
                    }
                }
                return false;
            case AllConditions all:
                for (var i = 0; i < all.Operands.Count; i++)
                {
                    if (!Holds(all.Operands[i], codes, facts))
                    {
                        return false;
                    }
                }
                return true;
            case Semantics.NotCondition not:
                return !Holds(not.Operand, codes, facts);
            case FactIs fact:
                return facts.Contains(fact.Fact);
            case HasCode has:
                var place = 0;
                for (var i = 0; i < codes.Count; i++)
                {
                    var code = codes[i];
                    if (has.Place is { } wanted)
                    {
                        // Places count the codes of the tested system only: the V55.- "in second
                        // place" of an OPCS-4 procedure is second among OPCS-4 codes.
                        if (code.Pattern.System == has.System && ++place == wanted)
                        {
                            return CodeMatcher.Matches(has.System, code.Pattern, code.Entry, has.Selector);
                        }
                    }
                    else if (CodeMatcher.Matches(has.System, code.Pattern, code.Entry, has.Selector))
                    {
                        return true;
                    }
                }
                return false;
            default:
                return false;
        }
    }

    /// <summary>The index of the first code a positive `has` atom of the condition matches, or -1.</summary>
    public static int FirstPositiveMatch(BoundCondition? condition, IReadOnlyList<RecordedCode> codes)
    {
        var atoms = PositiveAtoms(condition).ToArray();
        for (var i = 0; i < codes.Count; i++)
        {
            if (atoms.Any(a => CodeMatcher.Matches(a.System, codes[i].Pattern, codes[i].Entry, a.Selector)))
            {
                return i;
            }
        }
        return -1;
    }

    private static IEnumerable<HasCode> PositiveAtoms(BoundCondition? condition) => condition switch
    {
        AnyOf any => any.Operands.SelectMany(PositiveAtoms),
        AllConditions all => all.Operands.SelectMany(PositiveAtoms),
        HasCode has => [has],
        _ => [],
    };

    /// <summary>The systems a condition tests, for choosing where a diagnostic belongs.</summary>
    public static IEnumerable<Classifications.CodeSystem> Systems(BoundCondition? condition) => condition switch
    {
        AnyOf any => any.Operands.SelectMany(Systems),
        AllConditions all => all.Operands.SelectMany(Systems),
        Semantics.NotCondition not => Systems(not.Operand),
        HasCode has => [has.System],
        _ => [],
    };
}

/// <summary>A code as recorded (on a path or in an episode), with its table entry when known.</summary>
public sealed record RecordedCode(CodePattern Pattern, Classifications.ClassificationEntry? Entry);
