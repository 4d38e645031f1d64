using CodingDsl.Export.Compiled;
using CodingDsl.Export.Tests.Support;
using CodingDsl.Language.Syntax;

namespace CodingDsl.Export.Tests.Compiled;

/// <summary>
/// Issue 9: the compiler turns each kind of rule condition and code expression into its own compiled
/// type. Before the visitors a kind it missed fell into a default arm and came out as an empty fact or
/// an empty `allOf`, which the round trip then carried faithfully. The round-trip case is held to
/// writing every kind, so the round-trip tests cover each one too.
/// </summary>
public sealed class EveryKindCompilesTests
{
    [Fact]
    public void The_round_trip_case_writes_every_kind_of_condition_and_code_expression()
    {
        var written = Descendants(SyntaxTree.Parse(RoundTripCases.Everything).Root).Select(n => n.GetType()).ToHashSet();
        var kinds = typeof(SyntaxNode).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && (t.IsSubclassOf(typeof(Condition)) || t.IsSubclassOf(typeof(CodeExpression))))
            .ToArray();

        Assert.NotEmpty(kinds);
        Assert.All(kinds, kind => Assert.Contains(kind, written));
    }

    [Fact]
    public void Each_kind_compiles_to_its_own_type()
    {
        var rule = Compile.Text(RoundTripCases.Everything).Files[0].Rules.Single(r => r.Name == "local-rule");

        Assert.Equal("any(fact image-guided, all(fact percutaneous, has icd10 dagger), not(not(fact open)), position 2 opcs V55.-, position 3 opcs chapter Z)", Shape(rule.When!));
        Assert.Equal("all(any(has opcs local, has opcs Y68.-), not(first icd10 asterisk), has icd10 team-ranges)", Shape(rule.Require!));
        // A group compiles to what it holds: the brackets are the shape of the tree.
        Assert.Equal("oneOf(opcs Y53.9, allOf(opcs Y68.9, icd10 C78.7))", Shape(rule.Fix!));
    }

    private static string Shape(CompiledCondition c) => c.Type switch
    {
        ConditionTypes.Any or ConditionTypes.All => $"{c.Type}({string.Join(", ", c.Operands!.Select(Shape))})",
        ConditionTypes.Not => $"not({Shape(c.Operand!)})",
        ConditionTypes.Fact => $"fact {c.Fact}",
        _ => $"{c.Type}{(c.Place is { } place ? " " + place : "")} {c.System} {c.Selector!.Text}",
    };

    private static string Shape(CompiledChoice c) => c.Type switch
    {
        ChoiceTypes.OneOf => $"oneOf({string.Join(", ", c.Alternatives!.Select(Shape))})",
        ChoiceTypes.AllOf => $"allOf({string.Join(", ", c.Parts!.Select(Shape))})",
        _ => $"{c.Code!.System} {c.Code.Pattern}",
    };

    private static IEnumerable<SyntaxNode> Descendants(SyntaxNode node) =>
        new[] { node }.Concat(node.ChildNodes().SelectMany(Descendants));
}
