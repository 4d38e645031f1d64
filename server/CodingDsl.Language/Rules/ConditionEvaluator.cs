using System.Runtime.CompilerServices;
using CodingDsl.Language.Classifications;
using CodingDsl.Language.Semantics;

namespace CodingDsl.Language.Rules;

/// <summary>Evaluates a rule condition over a list of recorded codes and facts: a guidance path or a coded episode.</summary>
public static class ConditionEvaluator
{
    // Each bound condition is compiled once and kept while the condition lives (keyed by reference):
    // the editor checks the same rules on every path of every section on each keystroke.
    private static readonly ConditionalWeakTable<BoundCondition, CompiledCondition> Compiled = new();

    public static bool Holds(BoundCondition condition, ReadOnlySpan<RecordedCode> codes, IReadOnlySet<string> facts) =>
        Compile(condition).Holds(codes, facts);

    /// <summary>The compiled form of <paramref name="condition"/>, made on first use.</summary>
    public static CompiledCondition Compile(BoundCondition condition) =>
        Compiled.GetValue(condition, static c => CompiledCondition.Compile(c));

    /// <summary>The index of the first code a positive `has` atom of the condition matches, or -1.</summary>
    public static int FirstPositiveMatch(BoundCondition? condition, IReadOnlyList<RecordedCode> codes)
    {
        if (condition is null)
        {
            return -1;
        }
        var tests = new List<CodeTest>();
        foreach (var atom in condition.Accept(PositiveAtoms.Instance))
        {
            tests.Add(CodeTest.For(atom.System, atom.Selector));
        }
        for (var i = 0; i < codes.Count; i++)
        {
            foreach (var test in tests)
            {
                if (test.Matches(codes[i].Pattern, codes[i].Entry))
                {
                    return i;
                }
            }
        }
        return -1;
    }

    /// <summary>The systems a condition tests, for choosing where a diagnostic belongs.</summary>
    public static IEnumerable<CodeSystem> Systems(BoundCondition? condition) =>
        condition is null ? [] : condition.Accept(TestedSystems.Instance);

    /// <summary>The `has` atoms a condition can be met by (not those under a `not`).</summary>
    private sealed class PositiveAtoms : IBoundConditionVisitor<IEnumerable<HasCode>>
    {
        public static readonly PositiveAtoms Instance = new();

        public IEnumerable<HasCode> VisitAnyOf(AnyOf condition) => condition.Operands.SelectMany(o => o.Accept(this));

        public IEnumerable<HasCode> VisitAllConditions(AllConditions condition) => condition.Operands.SelectMany(o => o.Accept(this));

        public IEnumerable<HasCode> VisitNot(NotCondition condition) => [];

        public IEnumerable<HasCode> VisitFactIs(FactIs condition) => [];

        public IEnumerable<HasCode> VisitHasCode(HasCode condition) => [condition];

        public IEnumerable<HasCode> VisitUnbound(Unbound condition) => [];
    }

    private sealed class TestedSystems : IBoundConditionVisitor<IEnumerable<CodeSystem>>
    {
        public static readonly TestedSystems Instance = new();

        public IEnumerable<CodeSystem> VisitAnyOf(AnyOf condition) => condition.Operands.SelectMany(o => o.Accept(this));

        public IEnumerable<CodeSystem> VisitAllConditions(AllConditions condition) => condition.Operands.SelectMany(o => o.Accept(this));

        public IEnumerable<CodeSystem> VisitNot(NotCondition condition) => condition.Operand.Accept(this);

        public IEnumerable<CodeSystem> VisitFactIs(FactIs condition) => [];

        public IEnumerable<CodeSystem> VisitHasCode(HasCode condition) => [condition.System];

        public IEnumerable<CodeSystem> VisitUnbound(Unbound condition) => [];
    }
}

/// <summary>A code as recorded (on a path or in an episode), with its table entry when known.</summary>
public sealed record RecordedCode(CodePattern Pattern, ClassificationEntry? Entry);
