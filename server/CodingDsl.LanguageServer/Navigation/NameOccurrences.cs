using System.Text.RegularExpressions;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.LanguageServer.Navigation;

public enum NameKind
{
    Set,
    Rule,
}

/// <summary>A set or rule name as it appears in one document.</summary>
public sealed record NameOccurrence(string Name, NameKind Kind, TextSpan Span, bool IsDeclaration);

/// <summary>
/// Where set and rule names appear in a document: their declarations, sets used in conditions and
/// set items, and rule names in suppression comments (`// codingdsl-disable-line image-control`).
/// </summary>
public static partial class NameOccurrences
{
    public static IReadOnlyList<NameOccurrence> In(SyntaxTree tree)
    {
        var found = new List<NameOccurrence>();
        foreach (var token in SyntaxWalk.Tokens(tree.Root))
        {
            if (token.Role == TokenRole.NameDeclaration)
            {
                found.Add(new NameOccurrence(token.Token.Text, token.Owner is RuleDeclaration ? NameKind.Rule : NameKind.Set, token.Token.Span, true));
            }
            else if (token.Role == TokenRole.NameReference && !BuiltinNames.IsBuiltin(token.Token.Text))
            {
                found.Add(new NameOccurrence(token.Token.Text, NameKind.Set, token.Token.Span, false));
            }
        }
        foreach (var comment in tree.Root.Comments)
        {
            var directive = Directive().Match(comment.Text);
            if (!directive.Success)
            {
                continue;
            }
            foreach (Match name in Word().Matches(directive.Groups["names"].Value))
            {
                if (!DiagnosticCodeShape().IsMatch(name.Value))
                {
                    var start = comment.Span.Start + directive.Groups["names"].Index + name.Index;
                    found.Add(new NameOccurrence(name.Value, NameKind.Rule, new TextSpan(start, name.Length), false));
                }
            }
        }
        return found.OrderBy(o => o.Span.Start).ToArray();
    }

    public static NameOccurrence? At(SyntaxTree tree, int offset) =>
        In(tree).FirstOrDefault(o => o.Span.ContainsInclusive(offset));

    [GeneratedRegex(@"^//\s*codingdsl-disable-(?:next-line|line)\b(?<names>[^/]*)")]
    private static partial Regex Directive();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"^CDSL\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex DiagnosticCodeShape();
}
