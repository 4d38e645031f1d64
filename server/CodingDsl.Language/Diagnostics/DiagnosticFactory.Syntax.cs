using CodingDsl.Language.Text;

namespace CodingDsl.Language.Diagnostics;

// Syntax (CDSL01xx).
public static partial class DiagnosticFactory
{
    /// <summary>CDSL0101: the parser expected one of <paramref name="expected"/>; <paramref name="found"/> is null at the end of the file.</summary>
    public static Diagnostic Expected(TextSpan span, IReadOnlyList<string> expected, string? previous, string? found)
    {
        var what = expected.Count switch
        {
            0 => "something else",
            1 => expected[0],
            _ => string.Join(", ", expected.Take(expected.Count - 1)) + " or " + expected[^1],
        };
        var after = previous is null ? string.Empty : $" after '{previous}'";
        return Make(DiagnosticCatalog.SyntaxError, span, $"Expected {what}{after}, found {(found is null ? "the end of the file" : $"'{found}'")}.");
    }

    /// <summary>CDSL0101: a block keyword without its `{`.</summary>
    public static Diagnostic ExpectedOpenBrace(TextSpan span, string keyword) =>
        Make(DiagnosticCatalog.SyntaxError, span, $"Expected '{{' to open the block after '{keyword}'.");

    /// <summary>CDSL0101: a quoted text where a statement starts; <paramref name="where"/> is "in a procedure section" and the like.</summary>
    public static Diagnostic QuotedTextStartsStatement(TextSpan span, string where) =>
        Make(DiagnosticCatalog.SyntaxError, span, $"A quoted text cannot start a statement {where}: put it after the code or keyword it belongs to.");

    /// <summary>CDSL0101: `nice "…"` or `remark "…"` after the clauses of its code.</summary>
    public static Diagnostic AnnotationOutOfPlace(TextSpan span, string annotation) =>
        Make(DiagnosticCatalog.SyntaxError, span,
            $"'{annotation} \"…\"' belongs right after the code it is about (after its title; 'nice' before 'remark'), before 'optional', 'if', 'position' and 'default': move it there.");

    /// <summary>CDSL0102.</summary>
    public static Diagnostic UnterminatedString(TextSpan span) =>
        Make(DiagnosticCatalog.UnterminatedString, span, "This text has no closing '\"': end it on the same line.");

    /// <summary>CDSL0103: the block <paramref name="keyword"/> opened is not closed.</summary>
    public static Diagnostic MissingCloseBrace(TextSpan span, string keyword) =>
        Make(DiagnosticCatalog.MissingCloseBrace, span, $"'{keyword}' is not closed: add '}}' at the end of its block.");

    /// <summary>
    /// CDSL0104: <paramref name="misplaced"/> when the word is a language word that belongs elsewhere (a
    /// rule clause, `or`); <paramref name="friendlier"/>, when given, replaces the nearest-keyword hint.
    /// </summary>
    public static Diagnostic UnknownStatement(TextSpan span, string shown, string where, IEnumerable<string> allowed, bool misplaced, string? nearest, string? friendlier)
    {
        var hint = friendlier ?? DidYouMean(nearest);
        var list = string.Join(", ", allowed.Select(a => $"'{a}'"));
        return Make(DiagnosticCatalog.UnknownStatement, span, misplaced
            ? $"'{shown}' cannot start a statement {where}; expected one of {list}.{hint}"
            : $"Unknown statement '{shown}' {where}; expected one of {list}.{hint}");
    }

    /// <summary>CDSL0105.</summary>
    public static Diagnostic UnexpectedCloseBrace(TextSpan span) =>
        Make(DiagnosticCatalog.UnexpectedCloseBrace, span, "This '}' closes nothing: remove it, or check the '{' it was meant to close.");

    /// <summary>CDSL0106, once, after <paramref name="limit"/> syntax errors.</summary>
    public static Diagnostic TooManyErrors(TextSpan span, int limit) =>
        Make(DiagnosticCatalog.TooManyErrors, span, $"More than {limit} syntax errors: the rest of the file is not checked. Is this a .coding rule file?");
}
