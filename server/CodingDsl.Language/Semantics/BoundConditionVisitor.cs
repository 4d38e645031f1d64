namespace CodingDsl.Language.Semantics;

/// <summary>
/// One method per kind of bound condition: a new kind added to <see cref="BoundCondition"/> must be
/// handled by every implementation before the code compiles (issue 9: no default arm that hides a missed
/// kind). Visitors that need arguments hold them as fields; none allocates per visit.
/// </summary>
public interface IBoundConditionVisitor<out TResult>
{
    TResult VisitAnyOf(AnyOf condition);

    TResult VisitAllConditions(AllConditions condition);

    TResult VisitNot(NotCondition condition);

    TResult VisitFactIs(FactIs condition);

    TResult VisitHasCode(HasCode condition);

    TResult VisitUnbound(Unbound condition);
}

/// <summary>One method per kind of selector (what a `has` tests codes against); see <see cref="IBoundConditionVisitor{TResult}"/>.</summary>
public interface ISelectorVisitor<out TResult>
{
    TResult VisitPattern(PatternSelector selector);

    TResult VisitSet(SetSelector selector);

    TResult VisitBuiltin(BuiltinSelectorRef selector);
}
