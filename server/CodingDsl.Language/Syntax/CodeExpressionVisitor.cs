namespace CodingDsl.Language.Syntax;

/// <summary>
/// One method per kind of code expression. Code that treats each kind its own way implements this
/// instead of switching on the type, so a new kind of expression is a build error in every such place
/// until it is handled there (a switch's default arm would take it silently).
/// </summary>
public interface ICodeExpressionVisitor<out TResult>
{
    TResult VisitAlternative(AlternativeExpression expression);

    TResult VisitCombination(CombinationExpression expression);

    TResult VisitParenthesized(ParenthesizedExpression expression);

    TResult VisitCodeReference(CodeReference expression);
}

/// <summary>
/// <see cref="ICodeExpressionVisitor{TResult}"/> with an argument handed down the walk (the
/// classification versions, the system asked about), so such a visitor can be a single shared
/// instance rather than an object made per call.
/// </summary>
public interface ICodeExpressionVisitor<in TArg, out TResult>
{
    TResult VisitAlternative(AlternativeExpression expression, TArg arg);

    TResult VisitCombination(CombinationExpression expression, TArg arg);

    TResult VisitParenthesized(ParenthesizedExpression expression, TArg arg);

    TResult VisitCodeReference(CodeReference expression, TArg arg);
}
