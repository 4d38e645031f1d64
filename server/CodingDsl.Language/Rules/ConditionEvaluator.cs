using CodingDsl.Language.Semantics;

namespace CodingDsl.Language.Rules;

/// <summary>Evaluates a rule condition over a list of recorded codes and facts: a guidance path or a coded episode.</summary>
public static class ConditionEvaluator
{
    public static bool Holds(BoundCondition condition, IReadOnlyList<RecordedCode> codes, IReadOnlySet<string> facts) => condition switch
    {
        AnyOf any => any.Operands.Any(o => Holds(o, codes, facts)),
        AllConditions all => all.Operands.All(o => Holds(o, codes, facts)),
        Semantics.NotCondition not => !Holds(not.Operand, codes, facts),
        FactIs fact => facts.Contains(fact.Fact),
        HasCode has => has.FirstOnly
            ? codes.FirstOrDefault(c => c.Pattern.System == has.System) is { } first && CodeMatcher.Matches(has.System, first.Pattern, first.Entry, has.Selector)
            : codes.Any(c => CodeMatcher.Matches(has.System, c.Pattern, c.Entry, has.Selector)),
        _ => false,
    };

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
