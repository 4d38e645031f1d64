using Sprache;

namespace CodingDsl.Language.Syntax;

internal static class Repetition
{
    /// <summary>
    /// Sprache's XMany, without its cost: zero or more <paramref name="parser"/> results, failing when
    /// an attempt fails after consuming input (`or` with no code after it). Sprache builds new parsers on
    /// every call and runs the last, failing attempt twice; this runs each attempt once.
    /// </summary>
    public static Parser<IEnumerable<T>> ZeroOrMore<T>(this Parser<T> parser) => input =>
    {
        List<T>? items = null;
        var remainder = input;
        while (true)
        {
            var result = parser(remainder);
            if (!result.WasSuccessful)
            {
                return result.Remainder.Equals(remainder)
                    ? Result.Success<IEnumerable<T>>(items ?? (IEnumerable<T>)Array.Empty<T>(), remainder)
                    : Result.Failure<IEnumerable<T>>(result.Remainder, result.Message, result.Expectations);
            }
            if (result.Remainder.Equals(remainder))
            {
                return Result.Success<IEnumerable<T>>(items ?? (IEnumerable<T>)Array.Empty<T>(), remainder);
            }
            (items ??= []).Add(result.Value);
            remainder = result.Remainder;
        }
    };
}
