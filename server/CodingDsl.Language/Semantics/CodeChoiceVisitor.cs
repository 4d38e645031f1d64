namespace CodingDsl.Language.Semantics;

/// <summary>
/// One method per shape of a bound requirement (<see cref="CodeChoice"/>): a new shape must be handled by
/// every implementation before the code compiles (issue 9: no default arm that hides a missed kind).
/// </summary>
public interface ICodeChoiceVisitor<out TResult>
{
    TResult VisitSingle(SingleCode choice);

    TResult VisitAllOf(AllOf choice);

    TResult VisitOneOf(OneOf choice);
}

/// <summary>The same with an argument handed down, so that a visitor made once serves every call without a closure.</summary>
public interface ICodeChoiceVisitor<in TArg, out TResult>
{
    TResult VisitSingle(SingleCode choice, TArg arg);

    TResult VisitAllOf(AllOf choice, TArg arg);

    TResult VisitOneOf(OneOf choice, TArg arg);
}
