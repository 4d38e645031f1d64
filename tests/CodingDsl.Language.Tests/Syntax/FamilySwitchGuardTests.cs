using System.Text.RegularExpressions;
using CodingDsl.Language.Syntax;
using Xunit;

namespace CodingDsl.Language.Tests.Syntax;

/// <summary>
/// Issue 9: "every switch over node kinds exhaustive". Code that treats the kinds of a family
/// (conditions, code expressions, requirement modifiers) apart implements the family's visitor
/// (`IConditionVisitor`, `ICodeExpressionVisitor`), which the compiler holds to every kind. A type
/// switch over a family compiles with a kind missing: a default arm takes it silently, and a switch
/// statement without one skips it. This fails when such a switch comes back: one that names a kind of
/// a family and has a default arm, or names some of the family's kinds but not all.
/// </summary>
public sealed partial class FamilySwitchGuardTests
{
    private static readonly (string Name, Type Base)[] Families =
    [
        ("condition", typeof(Condition)),
        ("code expression", typeof(CodeExpression)),
        ("requirement modifier", typeof(RequirementModifier)),
    ];

    /// <summary>Switches that may stay, each with why; a new one implements the family's visitor instead.</summary>
    private static readonly Dictionary<string, int> Allowed = new(StringComparer.Ordinal)
    {
        // A pattern's owner (a code, a set, a code condition) gives its system; the owner is any node, not a family.
        ["CodingDsl.Language/Services/Common/SyntaxTokenWalker.cs"] = 1,
    };

    [Fact]
    public void No_type_switch_over_a_family_of_nodes_can_miss_a_kind()
    {
        var found = new List<string>();
        foreach (var file in ServerSources())
        {
            var path = Path.GetRelativePath(Path.Combine(RepoPaths.Root, "server"), file).Replace('\\', '/');
            var problems = Problems(File.ReadAllText(file));
            if (problems.Count > Allowed.GetValueOrDefault(path))
            {
                found.AddRange(problems.Select(p => $"{path}: {p}"));
            }
        }
        Assert.True(found.Count == 0, "Implement the family's visitor (Syntax/ConditionVisitor.cs, Syntax/CodeExpressionVisitor.cs) instead of: " + string.Join("; ", found));
    }

    [Fact]
    public void The_guard_sees_a_default_arm_and_a_missing_kind()
    {
        Assert.Equal(
            ["a condition switch with a default arm"],
            Problems("""
                string Print(Condition c) => c switch
                {
                    OrCondition or => "or",
                    Syntax.NotCondition not => "not",
                    _ => "",
                };
                """));
        Assert.Equal(
            ["a code expression switch without CombinationExpression, ParenthesizedExpression"],
            Problems("""
                switch (expression)
                {
                    case CodeReference reference:
                        break;
                    case AlternativeExpression { Alternatives.Count: > 1 } alternatives:
                        break;
                }
                """));
    }

    [Fact]
    public void The_guard_lets_through_other_switches_and_kinds_named_in_an_arm()
    {
        Assert.Empty(Problems("""
            var word = kind switch
            {
                PatternKind.Range => "range",
                _ => "code", // CodeReference in a comment
            };
            var text = condition switch
            {
                OrCondition or => Print(or, "{"),
                AndCondition and => and.Operands.Any(o => o is OrCondition) ? "(" : "",
                NotCondition not => not.Keyword.Text switch { "not" => "not", _ => "?" },
                FactCondition fact => fact.Name.Text,
                CodeCondition code => '}'.ToString(),
            };
            """));
    }

    private static IEnumerable<string> ServerSources() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "server"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>
    /// Each switch block's arms (nested switches left out) checked against each family: one line per
    /// switch that can miss a kind. A name that is also a bound type (`NotCondition`) marks a family
    /// switch only written `Syntax.NotCondition`, or beside a kind that is the family's alone.
    /// </summary>
    private static List<string> Problems(string source)
    {
        var code = Blank().Replace(source, m => new string(' ', m.Length));
        var blocks = SwitchBlocks(code);
        var problems = new List<string>();
        foreach (var (start, end) in blocks)
        {
            var own = code.ToCharArray(start, end - start);
            foreach (var (innerStart, innerEnd) in blocks.Where(b => b.Start > start && b.End <= end))
            {
                Array.Fill(own, ' ', innerStart - start, innerEnd - innerStart);
            }
            var arms = ArmType().Matches(new string(own));
            var named = arms.Select(m => m.Groups["type"].Value).ToHashSet(StringComparer.Ordinal);
            var namedAsSyntax = arms.Where(m => m.Groups["qualifier"].Value.EndsWith("Syntax.", StringComparison.Ordinal))
                .Select(m => m.Groups["type"].Value).ToHashSet(StringComparer.Ordinal);
            var hasDefault = DefaultArm().IsMatch(new string(own));
            var found = new List<string>();
            foreach (var (name, family) in Families)
            {
                var kinds = Kinds(family);
                if (!kinds.Any(k => named.Contains(k) && (!Ambiguous.Contains(k) || namedAsSyntax.Contains(k))))
                {
                    continue;
                }
                var missing = kinds.Where(k => !named.Contains(k)).ToArray();
                if (hasDefault)
                {
                    found.Add($"a {name} switch with a default arm");
                }
                else if (missing.Length > 0)
                {
                    found.Add($"a {name} switch without {string.Join(", ", missing)}");
                }
            }
            if (found.Count > 0)
            {
                problems.Add(string.Join(", ", found));
            }
        }
        return problems;
    }

    /// <summary>Kinds whose name another type of the core also has (the bound `NotCondition`).</summary>
    private static readonly HashSet<string> Ambiguous = typeof(SyntaxNode).Assembly.GetTypes()
        .Where(t => !Families.Any(f => t.IsSubclassOf(f.Base)))
        .Select(t => t.Name)
        .Intersect(Families.SelectMany(f => Kinds(f.Base)), StringComparer.Ordinal)
        .ToHashSet(StringComparer.Ordinal);

    private static string[] Kinds(Type family) =>
        [.. family.Assembly.GetTypes().Where(t => !t.IsAbstract && t.IsSubclassOf(family)).Select(t => t.Name).Order(StringComparer.Ordinal)];

    /// <summary>The braces of each `switch` (statement or expression), from its `{` to the matching `}`.</summary>
    private static List<(int Start, int End)> SwitchBlocks(string code)
    {
        var blocks = new List<(int, int)>();
        foreach (Match match in SwitchKeyword().Matches(code))
        {
            var open = code.IndexOf('{', match.Index);
            if (open < 0)
            {
                continue;
            }
            var depth = 0;
            for (var i = open; i < code.Length; i++)
            {
                depth += code[i] == '{' ? 1 : code[i] == '}' ? -1 : 0;
                if (depth == 0)
                {
                    blocks.Add((open, i + 1));
                    break;
                }
            }
        }
        return blocks;
    }

    // Comments, strings and characters, so braces and names inside them count for nothing.
    [GeneratedRegex("""//[^\n]*|@"(?:[^"]|"")*"|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])+'""")]
    private static partial Regex Blank();

    [GeneratedRegex(@"\bswitch\b")]
    private static partial Regex SwitchKeyword();

    // An arm's type pattern: at the start of a line (an expression arm) or after `case`, maybe qualified.
    [GeneratedRegex(@"(?:^[ \t]*|\bcase[ \t]+)(?<qualifier>[\w.]+\.)?(?<type>[A-Z]\w*)\b", RegexOptions.Multiline)]
    private static partial Regex ArmType();

    [GeneratedRegex(@"(?:^[ \t]*_[ \t]*=>|\bdefault[ \t]*:)", RegexOptions.Multiline)]
    private static partial Regex DefaultArm();
}
