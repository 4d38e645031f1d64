using CodingDsl.Language.Classifications;
using CodingDsl.Language.Semantics;

namespace CodingDsl.Language.Rules;

/// <summary>
/// A rule condition made once into a tree of small tests (<see cref="Compile"/>): each node knows its
/// own kind and its selector is already resolved, so checking it over a path or an episode is virtual
/// calls and loops, with no type switch per node and nothing allocated. `evaluate` checks every rule
/// against every one of a million episodes; the editor, every rule on every path of a section.
/// </summary>
public abstract class CompiledCondition
{
    /// <summary>True when the condition holds over <paramref name="codes"/> (in recorded order) and <paramref name="facts"/>.</summary>
    public abstract bool Holds(ReadOnlySpan<RecordedCode> codes, IReadOnlySet<string> facts);

    /// <summary>The compiled form of <paramref name="condition"/>; every kind of condition has one (the visitor has a method per kind).</summary>
    public static CompiledCondition Compile(BoundCondition condition) => condition.Accept(Compiler.Instance);

    private sealed class Compiler : IBoundConditionVisitor<CompiledCondition>
    {
        public static readonly Compiler Instance = new();

        public CompiledCondition VisitAnyOf(AnyOf condition) => new Any(All(condition.Operands));

        public CompiledCondition VisitAllConditions(AllConditions condition) => new Every(All(condition.Operands));

        public CompiledCondition VisitNot(NotCondition condition) => new Not(condition.Operand.Accept(this));

        public CompiledCondition VisitFactIs(FactIs condition) => new Fact(condition.Fact);

        public CompiledCondition VisitHasCode(HasCode condition) => condition.Place is { } place
            ? new HasInPlace(condition.System, place, CodeTest.For(condition.System, condition.Selector))
            : new HasAnywhere(CodeTest.For(condition.System, condition.Selector));

        public CompiledCondition VisitUnbound(Unbound condition) => Never.Instance;

        private CompiledCondition[] All(IReadOnlyList<BoundCondition> operands)
        {
            var compiled = new CompiledCondition[operands.Count];
            for (var i = 0; i < compiled.Length; i++)
            {
                compiled[i] = operands[i].Accept(this);
            }
            return compiled;
        }
    }

    private sealed class Any(CompiledCondition[] operands) : CompiledCondition
    {
        public override bool Holds(ReadOnlySpan<RecordedCode> codes, IReadOnlySet<string> facts)
        {
            foreach (var operand in operands)
            {
                if (operand.Holds(codes, facts))
                {
                    return true;
                }
            }
            return false;
        }
    }

    private sealed class Every(CompiledCondition[] operands) : CompiledCondition
    {
        public override bool Holds(ReadOnlySpan<RecordedCode> codes, IReadOnlySet<string> facts)
        {
            foreach (var operand in operands)
            {
                if (!operand.Holds(codes, facts))
                {
                    return false;
                }
            }
            return true;
        }
    }

    private sealed class Not(CompiledCondition operand) : CompiledCondition
    {
        public override bool Holds(ReadOnlySpan<RecordedCode> codes, IReadOnlySet<string> facts) => !operand.Holds(codes, facts);
    }

    private sealed class Fact(string fact) : CompiledCondition
    {
        // Most episodes are judged with no facts: no hashing then.
        public override bool Holds(ReadOnlySpan<RecordedCode> codes, IReadOnlySet<string> facts) => facts.Count != 0 && facts.Contains(fact);
    }

    private sealed class HasAnywhere(CodeTest test) : CompiledCondition
    {
        public override bool Holds(ReadOnlySpan<RecordedCode> codes, IReadOnlySet<string> facts)
        {
            foreach (var code in codes)
            {
                if (test.Matches(code.Pattern, code.Entry))
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>
    /// `first`, `second`, `position N`: places count the codes of the tested system only (the V55.- "in
    /// second place" of an OPCS-4 procedure is second among OPCS-4 codes).
    /// </summary>
    private sealed class HasInPlace(CodeSystem system, int place, CodeTest test) : CompiledCondition
    {
        public override bool Holds(ReadOnlySpan<RecordedCode> codes, IReadOnlySet<string> facts)
        {
            var seen = 0;
            foreach (var code in codes)
            {
                if (code.Pattern.System == system && ++seen == place)
                {
                    return test.Matches(code.Pattern, code.Entry);
                }
            }
            return false;
        }
    }

    /// <summary>A condition that could not be bound never holds, so it never raises a false finding.</summary>
    private sealed class Never : CompiledCondition
    {
        public static readonly Never Instance = new();

        public override bool Holds(ReadOnlySpan<RecordedCode> codes, IReadOnlySet<string> facts) => false;
    }
}
