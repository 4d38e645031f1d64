using System.Text.RegularExpressions;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Workspace;

/// <summary>
/// `// codingdsl-disable-line CDSL0203` and `// codingdsl-disable-next-line image-control`: which
/// diagnostics are silenced on which lines. No name silences everything on the line.
/// </summary>
internal sealed partial class Suppressions
{
    private readonly Dictionary<int, (HashSet<string>? Names, Comment Comment)> byLine = [];

    private Suppressions()
    {
    }

    public static Suppressions Read(SyntaxTree tree)
    {
        var suppressions = new Suppressions();
        foreach (var comment in tree.Root.DocumentComments())
        {
            var m = Directive().Match(comment.Text);
            if (!m.Success)
            {
                continue;
            }
            var line = tree.Text.GetPosition(comment.Span.Start).Line + (m.Groups["next"].Success ? 1 : 0);
            var names = m.Groups["names"].Value.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
            suppressions.byLine[line] = (names.Length == 0 ? null : new HashSet<string>(names, StringComparer.OrdinalIgnoreCase), comment);
        }
        return suppressions;
    }

    public bool IsSuppressed(Diagnostic diagnostic, SourceText text)
    {
        var line = text.GetPosition(diagnostic.Span.Start).Line;
        return byLine.TryGetValue(line, out var entry)
            && (entry.Names is null || entry.Names.Contains(diagnostic.Code) || diagnostic.RuleName is not null && entry.Names.Contains(diagnostic.RuleName));
    }

    /// <summary>Names in directives that are neither catalogue codes nor known rules.</summary>
    public IEnumerable<Diagnostic> CheckNames(ISet<string> ruleNames)
    {
        foreach (var (_, (names, comment)) in byLine)
        {
            foreach (var name in names ?? [])
            {
                if (DiagnosticCatalog.Find(name) is null && !ruleNames.Contains(name))
                {
                    var offset = comment.Text.IndexOf(name, StringComparison.OrdinalIgnoreCase);
                    yield return DiagnosticFactory.UnknownSuppressedName(new TextSpan(comment.Span.Start + Math.Max(0, offset), name.Length), name);
                }
            }
        }
    }

    [GeneratedRegex(@"^//\s*codingdsl-disable-(?:(?<next>next-)line|line)\b(?<names>[^/]*)")]
    private static partial Regex Directive();
}
