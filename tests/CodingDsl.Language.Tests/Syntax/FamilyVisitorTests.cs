using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Semantics;
using CodingDsl.Language.Services;
using CodingDsl.Language.Syntax;
using Xunit;

namespace CodingDsl.Language.Tests.Syntax;

/// <summary>
/// Issue 9: each kind of rule condition and code expression is handled by every piece of code that
/// treats the kinds apart (hover's printer, the fix label's printer, system inheritance, the binder).
/// Before the visitors, a kind such code missed fell into a default arm: hover showed an empty
/// condition, the binder an unbound one, and nothing said so. The sample here writes every kind (the
/// first test holds it to that by reflection), and each test checks what one visitor makes of it.
/// </summary>
public sealed class FamilyVisitorTests
{
    private const string Sample =
        """
        set local = opcs Y53.2, Y53.9

        rule every-kind {
          when image-guided or (percutaneous and has icd10 dagger) or not second opcs V55.- or position 3 opcs chapter Z
          require not (has opcs local or open) and first icd10 asterisk
          fix add opcs Y53.9 "Approach to organ under image control" or (Y68.9 and icd10 (C78.7 or C20))
        }
        """;

    private static readonly SyntaxTree Tree = SyntaxTree.Parse(Sample);

    private static RuleDeclaration Rule => Tree.Root.Declarations.OfType<RuleDeclaration>().Single();

    private static Condition When => Rule.Clauses.OfType<WhenClause>().Single().Condition;

    private static Condition Require => Rule.Clauses.OfType<RequireClause>().Single().Condition;

    private static CodeExpression Fix => Rule.Clauses.OfType<FixClause>().Single().Expression;

    [Fact]
    public void The_sample_writes_every_kind_of_condition_and_code_expression()
    {
        var written = Descendants(Tree.Root).Select(n => n.GetType()).ToHashSet();
        var kinds = typeof(SyntaxNode).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && (t.IsSubclassOf(typeof(Condition)) || t.IsSubclassOf(typeof(CodeExpression))))
            .ToArray();

        Assert.NotEmpty(kinds);
        Assert.All(kinds, kind => Assert.Contains(kind, written));
    }

    [Fact]
    public void Hover_writes_every_kind_of_condition_back_as_source()
    {
        Assert.Equal(
            "image-guided or percutaneous and has icd10 dagger or not second opcs V55.- or position 3 opcs chapter Z",
            ConditionPrinter.Print(When));
        Assert.Equal("not (has opcs local or open) and first icd10 asterisk", ConditionPrinter.Print(Require));
    }

    [Fact]
    public void A_fix_label_writes_every_kind_of_code_expression_back()
    {
        Assert.Equal(
            "opcs Y53.9 \"Approach to organ under image control\" or (Y68.9 and (icd10 C78.7 or C20))",
            CodeExpressionPrinter.Print(Fix));
        Assert.Equal("opcs Y53.9 or (Y68.9 and (icd10 C78.7 or C20))", CodeExpressionPrinter.Print(Fix, titles: false));
    }

    [Fact]
    public void A_code_without_a_system_takes_the_one_before_it_and_a_group_takes_its_prefix()
    {
        var systems = Descendants(Fix).OfType<CodeReference>().Select(r => (r.Pattern.Value.Text, r.System));

        Assert.Equal(
            [("Y53.9", CodeSystem.Opcs4), ("Y68.9", CodeSystem.Opcs4), ("C78.7", CodeSystem.Icd10), ("C20", CodeSystem.Icd10)],
            systems);
    }

    [Fact]
    public void Every_kind_of_condition_binds_node_for_node()
    {
        var model = Binder.Bind("every.coding", Tree, ClassificationSet.Bundled, new Dictionary<string, BoundSet>());
        var rule = Assert.Single(model.Rules);

        Assert.Equal("or(fact, and(fact, code), not(code 2), code 3)", Shape(When));
        Assert.Equal(Shape(When), Shape(rule.When!));
        Assert.Equal("and(not(or(code, fact)), code 1)", Shape(Require));
        Assert.Equal(Shape(Require), Shape(rule.Require!));
    }

    private static string Shape(Condition condition) => condition.Accept(SyntaxShape.Instance);

    /// <summary>A visitor too, so a new kind of condition is a build error here until it has a shape.</summary>
    private sealed class SyntaxShape : IConditionVisitor<string>
    {
        public static readonly SyntaxShape Instance = new();

        public string VisitOr(OrCondition condition) => $"or({string.Join(", ", condition.Operands.Select(Shape))})";

        public string VisitAnd(AndCondition condition) => $"and({string.Join(", ", condition.Operands.Select(Shape))})";

        public string VisitNot(Language.Syntax.NotCondition condition) => $"not({Shape(condition.Operand)})";

        public string VisitFact(FactCondition condition) => "fact";

        public string VisitCode(CodeCondition condition) => condition.Keyword.Text switch
        {
            "first" => "code 1",
            "second" => "code 2",
            "position" => "code " + condition.Place!.Text,
            _ => "code",
        };
    }

    private static string Shape(BoundCondition condition) => condition switch
    {
        AnyOf or => $"or({string.Join(", ", or.Operands.Select(Shape))})",
        AllConditions and => $"and({string.Join(", ", and.Operands.Select(Shape))})",
        Language.Semantics.NotCondition not => $"not({Shape(not.Operand)})",
        FactIs => "fact",
        HasCode code => code.Place is { } place ? $"code {place}" : "code",
        _ => $"unbound {condition.GetType().Name}",
    };

    private static IEnumerable<SyntaxNode> Descendants(SyntaxNode node) =>
        new[] { node }.Concat(node.ChildNodes().SelectMany(Descendants));
}
