using System.Text;
using CodingDsl.Export.Decompile;
using CodingDsl.Export.Diff;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Semantics;
using CodingDsl.Language.Syntax;

namespace CodingDsl.Export.Compiled;

/// <summary>A rule, its conditions and its fix, with their compiled types beside them.</summary>
public static partial class ModelCompiler
{
    /// <summary>A `fix add` expression: codes as written, read but not looked up (a fix names codes to add, not recommendations).</summary>
    private static CompiledChoice CompileExpression(CodeExpression expression) => expression.Accept(ExpressionCompiler.Instance);

    private sealed class ExpressionCompiler : ICodeExpressionVisitor<CompiledChoice>
    {
        public static readonly ExpressionCompiler Instance = new();

        public CompiledChoice VisitCodeReference(CodeReference r) => new CompiledChoice
        {
            Type = ChoiceTypes.Code,
            Code = Code(r, r.Pattern.ReadAs(r.System).Pattern, null),
        };

        public CompiledChoice VisitAlternative(AlternativeExpression a) => new CompiledChoice { Type = ChoiceTypes.OneOf, Alternatives = a.Alternatives.Select(CompileExpression).ToList() };

        public CompiledChoice VisitCombination(CombinationExpression c) => new CompiledChoice { Type = ChoiceTypes.AllOf, Parts = c.Parts.Select(CompileExpression).ToList() };

        public CompiledChoice VisitParenthesized(ParenthesizedExpression p) => CompileExpression(p.Inner);
    }

    public static CompiledRule CompileRule(BoundRule rule)
    {
        var clauses = rule.Syntax.Clauses;
        var when = clauses.OfType<WhenClause>().FirstOrDefault();
        var require = clauses.OfType<RequireClause>().FirstOrDefault();
        return new CompiledRule
        {
            Name = rule.Name,
            Title = rule.Title,
            Code = clauses.OfType<CodeClause>().FirstOrDefault()?.DiagnosticCode.Text,
            DiagnosticCode = rule.Descriptor.Code,
            Severity = clauses.OfType<SeverityClause>().FirstOrDefault()?.Level.Text,
            Level = LevelName(rule.Level),
            When = when is null ? null : CompileCondition(when.Condition, rule.When),
            Require = require is null ? null : CompileCondition(require.Condition, rule.Require),
            Message = clauses.OfType<MessageClause>().FirstOrDefault()?.Text.Value,
            Fix = rule.Fix is null ? null : CompileExpression(rule.Fix),
        };
    }

    /// <summary>Writes a rule back as source (`import`): its clauses in the canonical order. Beside the compiled rule so a new clause is written where it is compiled.</summary>
    internal static string WriteRule(CompiledRule rule)
    {
        var w = new StringBuilder();
        w.Append("rule ").Append(rule.Name);
        if (rule.Title is not null)
        {
            w.Append(' ').Append(SourceWriter.Quote(rule.Title));
        }
        w.Append(" {\n");
        if (rule.Code is not null)
        {
            w.Append(SourceWriter.Indent).Append("code ").Append(rule.Code).Append('\n');
        }
        if (rule.When is not null)
        {
            w.Append(SourceWriter.Indent).Append("when ").Append(SourceWriter.Condition(rule.When, parent: null)).Append('\n');
        }
        if (rule.Require is not null)
        {
            w.Append(SourceWriter.Indent).Append("require ").Append(SourceWriter.Condition(rule.Require, parent: null)).Append('\n');
        }
        if (rule.Severity is not null)
        {
            w.Append(SourceWriter.Indent).Append("severity ").Append(rule.Severity).Append('\n');
        }
        if (rule.Message is not null)
        {
            w.Append(SourceWriter.Indent).Append("message ").Append(SourceWriter.Quote(rule.Message)).Append('\n');
        }
        if (rule.Fix is not null)
        {
            w.Append(SourceWriter.Indent).Append("fix add ").Append(SourceWriter.Choice(rule.Fix)).Append('\n');
        }
        w.Append("}\n");
        return w.ToString();
    }

    /// <summary>What `diff` compares for a rule: each clause by name, as canonical text or null when absent.</summary>
    internal static IReadOnlyList<KeyValuePair<string, string?>> RuleClauseMeanings(CompiledRule compiled) =>
    [
        new("title", compiled.Title is null ? null : MeaningText.Quote(compiled.Title)),
        new("code", compiled.DiagnosticCode),
        new("severity", compiled.Level),
        new("when", compiled.When is null ? null : MeaningText.Condition(compiled.When)),
        new("require", compiled.Require is null ? null : MeaningText.Condition(compiled.Require)),
        new("message", compiled.Message is null ? null : MeaningText.Quote(compiled.Message)),
        new("fix", compiled.Fix is null ? null : "add " + MeaningText.Choice(compiled.Fix, withTitles: true)),
    ];

    public static string LevelName(DiagnosticLevel level) => DiagnosticLevels.Text(level);

    /// <summary>The syntax and the bound condition have the same shape (the binder maps node for node); the bound one says what each name resolved to.</summary>
    private static CompiledCondition CompileCondition(Condition syntax, BoundCondition? bound) => syntax.Accept(ConditionCompiler.Instance, bound);

    /// <summary>Each kind of condition with its bound counterpart handed down (null where it did not bind).</summary>
    private sealed class ConditionCompiler : IConditionVisitor<BoundCondition?, CompiledCondition>
    {
        public static readonly ConditionCompiler Instance = new();

        public CompiledCondition VisitOr(OrCondition or, BoundCondition? bound) => new CompiledCondition
        {
            Type = ConditionTypes.Any,
            Operands = or.Operands.Select((o, i) => CompileCondition(o, (bound as AnyOf)?.Operands.ElementAtOrDefault(i))).ToList(),
        };

        public CompiledCondition VisitAnd(AndCondition and, BoundCondition? bound) => new CompiledCondition
        {
            Type = ConditionTypes.All,
            Operands = and.Operands.Select((o, i) => CompileCondition(o, (bound as AllConditions)?.Operands.ElementAtOrDefault(i))).ToList(),
        };

        public CompiledCondition VisitNot(Language.Syntax.NotCondition not, BoundCondition? bound) => new CompiledCondition
        {
            Type = ConditionTypes.Not,
            Operand = CompileCondition(not.Operand, (bound as Language.Semantics.NotCondition)?.Operand),
        };

        public CompiledCondition VisitFact(FactCondition fact, BoundCondition? bound) => new CompiledCondition { Type = ConditionTypes.Fact, Fact = fact.Name.Text };

        public CompiledCondition VisitCode(CodeCondition code, BoundCondition? bound) => new CompiledCondition
        {
            Type = code.Keyword.Text switch
            {
                "first" => ConditionTypes.First,
                "second" or "position" => ConditionTypes.Position,
                _ => ConditionTypes.Has,
            },
            Place = (bound as HasCode)?.Place is { } place && code.Keyword.Text != "first" ? place : null,
            System = SystemNames.Keyword(code.System),
            Selector = new CompiledSelector
            {
                Kind = (bound as HasCode)?.Selector switch
                {
                    PatternSelector => "pattern",
                    SetSelector => "set",
                    BuiltinSelectorRef => "builtin",
                    _ => "unresolved",
                },
                Text = PatternText(code.Selector),
            },
        };
    }
}

public sealed class CompiledRule
{
    public string Name { get; set; } = "";

    public string? Title { get; set; }

    /// <summary>The `code` clause as written; null when the rule has none.</summary>
    public string? Code { get; set; }

    /// <summary>The diagnostic code the rule reports (CDSL0500 when it names none).</summary>
    public string DiagnosticCode { get; set; } = "";

    /// <summary>The `severity` clause as written; null when the rule has none.</summary>
    public string? Severity { get; set; }

    /// <summary>The level the rule reports at: "error", "warning" or "info".</summary>
    public string Level { get; set; } = "";

    public CompiledCondition? When { get; set; }

    public CompiledCondition? Require { get; set; }

    public string? Message { get; set; }

    /// <summary>`fix add …`: the codes the quick fix adds.</summary>
    public CompiledChoice? Fix { get; set; }
}

/// <summary>
/// A rule condition: `any`/`all` (or/and of operands), `not`, `fact`, `has` / `first` / `position`
/// (some code, the first code of the system, or the code in place N, lies within the selector).
/// </summary>
public sealed class CompiledCondition
{
    public string Type { get; set; } = "";

    public List<CompiledCondition>? Operands { get; set; }

    public CompiledCondition? Operand { get; set; }

    public string? Fact { get; set; }

    public string? System { get; set; }

    public CompiledSelector? Selector { get; set; }

    /// <summary>For `position`: the place tested, 2 for `second` (format 1.2).</summary>
    public int? Place { get; set; }
}

public static class ConditionTypes
{
    public const string Any = "any";
    public const string All = "all";
    public const string Not = "not";
    public const string Fact = "fact";
    public const string Has = "has";
    public const string First = "first";

    /// <summary>`second opcs V55.-` / `position 3 opcs Z94.-`: the code in that place (<see cref="CompiledCondition.Place"/>).</summary>
    public const string Position = "position";
}

/// <summary>`pattern` (a code pattern), `set` (a named set), `builtin` (main, subsidiary, asterisk, dagger) or `unresolved`.</summary>
public sealed class CompiledSelector
{
    public string Kind { get; set; } = "";

    /// <summary>As written: "Y53.-", "states-imaging-method", "main".</summary>
    public string Text { get; set; } = "";
}

public static partial class ModelCompiler
{
    /// <summary>The rule family's compiled types in docs/schema/compiled.schema.json's $defs (assembled by <see cref="CompiledSchemaText"/>): a property added above is added here too.</summary>
    internal const string RuleSchemaDefinitions =
        """
            "rule": {
              "type": "object",
              "required": ["name", "diagnosticCode", "level"],
              "additionalProperties": false,
              "properties": {
                "name": { "type": "string" },
                "title": { "type": "string" },
                "code": { "description": "The code clause as written.", "type": "string" },
                "diagnosticCode": { "description": "The diagnostic code the rule reports (CDSL0500 when it names none).", "type": "string" },
                "severity": { "description": "The severity clause as written.", "type": "string" },
                "level": { "$ref": "#/$defs/level" },
                "when": { "$ref": "#/$defs/condition" },
                "require": { "$ref": "#/$defs/condition" },
                "message": { "type": "string" },
                "fix": { "$ref": "#/$defs/choice" }
              }
            },
            "condition": {
              "description": "any/all: or/and of operands; not; fact; has: some code lies within the selector; first: the first code of the system does; position: the code in place `place` among the codes of the system does (format 1.2).",
              "type": "object",
              "required": ["type"],
              "additionalProperties": false,
              "properties": {
                "type": { "enum": ["any", "all", "not", "fact", "has", "first", "position"] },
                "operands": { "type": "array", "items": { "$ref": "#/$defs/condition" } },
                "operand": { "$ref": "#/$defs/condition" },
                "fact": { "type": "string" },
                "system": { "$ref": "#/$defs/system" },
                "place": { "description": "For position: the place tested, from 1; second is 2.", "type": "integer", "minimum": 0 },
                "selector": {
                  "type": "object",
                  "required": ["kind", "text"],
                  "additionalProperties": false,
                  "properties": {
                    "kind": { "enum": ["pattern", "set", "builtin", "unresolved"] },
                    "text": { "type": "string" }
                  }
                }
              },
              "oneOf": [
                { "properties": { "type": { "enum": ["any", "all"] } }, "required": ["operands"] },
                { "properties": { "type": { "const": "not" } }, "required": ["operand"] },
                { "properties": { "type": { "const": "fact" } }, "required": ["fact"] },
                { "properties": { "type": { "enum": ["has", "first"] } }, "required": ["system", "selector"] },
                { "properties": { "type": { "const": "position" } }, "required": ["system", "selector", "place"] }
              ]
            }
        """;
}
