namespace CodingDsl.Language.Syntax;

/// <summary>
/// One method per kind of rule condition. Code that treats each kind its own way implements this
/// instead of switching on the type, so a new kind of condition is a build error in every such place
/// until it is handled there (a switch's default arm would take it silently).
/// </summary>
public interface IConditionVisitor<out TResult>
{
    TResult VisitOr(OrCondition condition);

    TResult VisitAnd(AndCondition condition);

    TResult VisitNot(NotCondition condition);

    TResult VisitFact(FactCondition condition);

    TResult VisitCode(CodeCondition condition);
}

/// <summary>
/// <see cref="IConditionVisitor{TResult}"/> with an argument handed down the walk, so a visitor that
/// needs one (the bound condition beside the syntax, say) can be a single shared instance rather than
/// an object made per call.
/// </summary>
public interface IConditionVisitor<in TArg, out TResult>
{
    TResult VisitOr(OrCondition condition, TArg arg);

    TResult VisitAnd(AndCondition condition, TArg arg);

    TResult VisitNot(NotCondition condition, TArg arg);

    TResult VisitFact(FactCondition condition, TArg arg);

    TResult VisitCode(CodeCondition condition, TArg arg);
}
