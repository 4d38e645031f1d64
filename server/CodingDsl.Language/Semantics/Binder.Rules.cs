using CodingDsl.Language.Classifications;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Syntax;

namespace CodingDsl.Language.Semantics;

/// <summary>A rule declaration, its clauses and its conditions.</summary>
public sealed partial class Binder
{
    private BoundRule? BindRule(RuleDeclaration syntax, int start)
    {
        if (syntax.Name.Text.Length == 0)
        {
            return null;
        }
        var when = syntax.Clauses.OfType<WhenClause>().ToArray();
        var require = syntax.Clauses.OfType<RequireClause>().ToArray();
        var severity = syntax.Clauses.OfType<SeverityClause>().ToArray();
        var message = syntax.Clauses.OfType<MessageClause>().ToArray();
        var code = syntax.Clauses.OfType<CodeClause>().ToArray();
        var fix = syntax.Clauses.OfType<FixClause>().ToArray();
        foreach (var extra in new SyntaxNode[][] { when, require, severity, message, code, fix }.Where(c => c.Length > 1).SelectMany(c => c.Skip(1)))
        {
            diagnostics.Add(DiagnosticFactory.RuleClauseTwice(extra.LocalSpan, syntax.Name.Text));
        }
        if (message.Length == 0)
        {
            diagnostics.Add(DiagnosticFactory.RuleWithoutMessage(syntax.Name.LocalSpan, syntax.Name.Text));
        }
        var descriptor = DiagnosticCatalog.RuleNotMet;
        if (code.Length > 0)
        {
            var found = DiagnosticCatalog.Find(code[0].DiagnosticCode.Text);
            if (found is null)
            {
                diagnostics.Add(DiagnosticFactory.RuleCodeNotInCatalogue(code[0].DiagnosticCode.LocalSpan, code[0].DiagnosticCode.Text));
            }
            else
            {
                descriptor = found;
            }
        }
        var level = severity.Length > 0 ? ParseLevel(severity[0].Level.Text) : descriptor.DefaultLevel;
        return new BoundRule(
            syntax,
            syntax.Name.Text,
            syntax.Title?.Value,
            when.Length > 0 ? BindCondition(when[0].Condition) : null,
            require.Length > 0 ? BindCondition(require[0].Condition) : null,
            level,
            message.Length > 0 ? message[0].Text.Value : syntax.Title?.Value ?? $"Rule '{syntax.Name.Text}' is not met.",
            descriptor,
            fix.Length > 0 ? fix[0].Expression : null,
            path,
            start);
    }

    // The grammar admits only error, warning and info here.
    private static DiagnosticLevel ParseLevel(string text) => DiagnosticLevels.Parse(text) ?? DiagnosticLevel.Error;

    private ConditionBinder? conditionBinder;

    private BoundCondition BindCondition(Condition condition) => condition.Accept(conditionBinder ??= new ConditionBinder(this));

    /// <summary>What each kind of rule condition means; one per binder.</summary>
    private sealed class ConditionBinder(Binder binder) : IConditionVisitor<BoundCondition>
    {
        public BoundCondition VisitOr(OrCondition or) => new AnyOf(or.Operands.Select(binder.BindCondition).ToArray());

        public BoundCondition VisitAnd(AndCondition and) => new AllConditions(and.Operands.Select(binder.BindCondition).ToArray());

        public BoundCondition VisitNot(Syntax.NotCondition not) => new NotCondition(binder.BindCondition(not.Operand));

        public BoundCondition VisitFact(FactCondition fact) => binder.BindFact(fact);

        public BoundCondition VisitCode(CodeCondition code) => binder.BindCodeCondition(code);
    }

    private BoundCondition BindFact(FactCondition fact)
    {
        if (Keywords.Facts.Contains(fact.Name.Text))
        {
            return new FactIs(fact.Name.Text);
        }
        var nearest = Spelling.Nearest(fact.Name.Text, Keywords.Facts);
        diagnostics.Add(DiagnosticFactory.UnknownFact(fact.Name.LocalSpan, fact.Name.Text, Keywords.Facts, nearest));
        return new Unbound();
    }

    private BoundCondition BindCodeCondition(CodeCondition condition)
    {
        var place = Place(condition);
        if (place == 0)
        {
            return new Unbound();
        }
        var text = condition.Selector.Value.Text;
        if (condition.Selector.ChapterKeyword is null && Keywords.BuiltinSelectors.Contains(text))
        {
            var builtin = Enum.Parse<BuiltinSelector>(text, ignoreCase: true);
            return new HasCode(condition.System, new BuiltinSelectorRef(builtin), place);
        }
        var outcome = condition.Selector.ReadAs(condition.System);
        if (outcome.Pattern is null)
        {
            diagnostics.Add(DiagnosticFactory.MalformedPattern(condition.Selector.LocalSpan, text, outcome.Problem));
            return new Unbound();
        }
        if (outcome.Pattern.Kind != PatternKind.Name)
        {
            CheckChapter(condition.System, outcome.Pattern, condition.Selector.LocalSpan);
            return new HasCode(condition.System, new PatternSelector(outcome.Pattern), place);
        }
        if (!visibleSets.TryGetValue(text, out var set))
        {
            var nearest = Spelling.Nearest(text, visibleSets.Keys.Concat(Keywords.BuiltinSelectors));
            diagnostics.Add(DiagnosticFactory.UnknownSet(condition.Selector.LocalSpan, text, nearest));
            return new Unbound();
        }
        if (set.System != condition.System)
        {
            diagnostics.Add(DiagnosticFactory.SystemMismatch(condition.Selector.LocalSpan, text, set.System));
            return new Unbound();
        }
        return new HasCode(condition.System, new SetSelector(set), place);
    }
}

public enum BuiltinSelector
{
    Main,
    Subsidiary,
    Asterisk,
    Dagger,
}

/// <summary>What a `has`/`first` condition tests codes against.</summary>
public abstract record Selector
{
    public abstract TResult Accept<TResult>(ISelectorVisitor<TResult> visitor);
}

public sealed record PatternSelector(CodePattern Pattern) : Selector
{
    public override TResult Accept<TResult>(ISelectorVisitor<TResult> visitor) => visitor.VisitPattern(this);
}

public sealed record SetSelector(BoundSet Set) : Selector
{
    public override TResult Accept<TResult>(ISelectorVisitor<TResult> visitor) => visitor.VisitSet(this);
}

public sealed record BuiltinSelectorRef(BuiltinSelector Builtin) : Selector
{
    public override TResult Accept<TResult>(ISelectorVisitor<TResult> visitor) => visitor.VisitBuiltin(this);
}

public abstract record BoundCondition
{
    public abstract TResult Accept<TResult>(IBoundConditionVisitor<TResult> visitor);
}

public sealed record AnyOf(IReadOnlyList<BoundCondition> Operands) : BoundCondition
{
    public override TResult Accept<TResult>(IBoundConditionVisitor<TResult> visitor) => visitor.VisitAnyOf(this);
}

public sealed record AllConditions(IReadOnlyList<BoundCondition> Operands) : BoundCondition
{
    public override TResult Accept<TResult>(IBoundConditionVisitor<TResult> visitor) => visitor.VisitAllConditions(this);
}

public sealed record NotCondition(BoundCondition Operand) : BoundCondition
{
    public override TResult Accept<TResult>(IBoundConditionVisitor<TResult> visitor) => visitor.VisitNot(this);
}

public sealed record FactIs(string Fact) : BoundCondition
{
    public override TResult Accept<TResult>(IBoundConditionVisitor<TResult> visitor) => visitor.VisitFactIs(this);
}

/// <param name="Place">Null for `has` (anywhere on the path); 1 for `first`, 2 for `second`, N for `position N`: the code in that place among the codes of <paramref name="System"/>.</param>
public sealed record HasCode(CodeSystem System, Selector Selector, int? Place = null) : BoundCondition
{
    public override TResult Accept<TResult>(IBoundConditionVisitor<TResult> visitor) => visitor.VisitHasCode(this);
}

/// <summary>A condition that could not be bound (unknown name): never holds, so it never raises a false finding.</summary>
public sealed record Unbound : BoundCondition
{
    public override TResult Accept<TResult>(IBoundConditionVisitor<TResult> visitor) => visitor.VisitUnbound(this);
}

public sealed record BoundRule(
    RuleDeclaration Syntax,
    string Name,
    string? Title,
    BoundCondition? When,
    BoundCondition? Require,
    DiagnosticLevel Level,
    string Message,
    DiagnosticDescriptor Descriptor,
    CodeExpression? Fix,
    string SourcePath,
    int Start);
