using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Semantics;
using CodingDsl.Language.StandardLibrary;
using CodingDsl.Language.Syntax;

namespace CodingDsl.Export.Compiled;

/// <summary>
/// Turns bound rule files into the compiled model. Text the author wrote (titles, notes, patterns,
/// rule clauses) comes from the syntax, so what does not bind (a malformed code, an unknown set) is
/// still carried and comes back on import; what the classification says (official titles, keys,
/// marks) comes from the bound model.
/// </summary>
public static class ModelCompiler
{
    /// <param name="files">Each file's bound model and its path relative to the export root.</param>
    public static CompiledDocument Compile(IEnumerable<(SemanticModel Model, string RelativePath, ClassificationSet? Tables)> files) => new()
    {
        Files = files.Select(f => CompileFile(f.Model, f.RelativePath, f.Tables ?? ClassificationSet.Bundled)).ToList(),
        StandardLibrary = new CompiledLibrary
        {
            Sets = StandardRules.Model.Tree.Root.Declarations.OfType<SetDeclaration>().Select(CompileSet).ToList(),
            Rules = StandardRules.Rules.Select(CompileRule).ToList(),
        },
    };

    public static CompiledFile CompileFile(SemanticModel model, string relativePath, ClassificationSet tables) => new()
    {
        Path = relativePath.Replace('\\', '/'),
        Uses = model.Uses.Select(u => u.RelativePath).ToList(),
        Sets = model.Tree.Root.Declarations.OfType<SetDeclaration>().Select(CompileSet).ToList(),
        Rules = model.Rules.Select(CompileRule).ToList(),
        Guidances = model.Guidances.Select(g => CompileGuidance(g, tables)).ToList(),
    };

    private static CompiledSet CompileSet(SetDeclaration set) => new()
    {
        Name = set.Name.Text,
        System = SystemNames.Keyword(set.System),
        Items = set.Items.Select(PatternText).ToList(),
    };

    private static string PatternText(Pattern pattern) =>
        pattern.ChapterKeyword is null ? pattern.Value.Text : $"chapter {pattern.Value.Text}";

    private static CompiledGuidance CompileGuidance(BoundGuidance guidance, ClassificationSet tables)
    {
        var versions = guidance.Syntax.Items.OfType<ClassificationsStatement>().SelectMany(c => c.Versions).ToArray();
        return new CompiledGuidance
        {
            Id = guidance.Id,
            Title = guidance.Title,
            Source = guidance.Source,
            Classifications = versions.Select(v =>
            {
                var bound = guidance.Versions.FirstOrDefault(b => ReferenceEquals(b.Syntax, v));
                return new CompiledClassification
                {
                    Text = v.Text,
                    System = bound is null ? null : SystemNames.Keyword(bound.System),
                    Version = bound?.Version,
                };
            }).ToList(),
            TitlesFrom = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["icd10"] = TableFor(tables, CodeSystem.Icd10, guidance.Versions).DisplayName,
                ["opcs"] = TableFor(tables, CodeSystem.Opcs4, guidance.Versions).DisplayName,
            },
            Notes = [.. guidance.Notes],
            Sections = guidance.Sections.Select(CompileSection).ToList(),
        };
    }

    /// <summary>The table titles were looked up in, as the code checker chooses it: the declared version's when it lists categories, else the default.</summary>
    private static IClassificationTable TableFor(ClassificationSet tables, CodeSystem system, IReadOnlyList<ClassificationVersion> versions)
    {
        var version = versions.FirstOrDefault(v => v.System == system);
        var table = version is null ? null : tables.GetTable(system, version.Version);
        return table is not null && table.Entries.Any(e => e.IsCategory) ? table : tables.GetDefault(system);
    }

    private static CompiledSection CompileSection(BoundSection section) => new()
    {
        Kind = section.Kind == SectionKind.Procedure ? "procedure" : "diagnosis",
        Variant = section.Variant,
        Condition = section.Condition,
        Snomed = section.Snomed.Select(s => s.Pending
            ? new CompiledSnomed { Pending = true }
            : new CompiledSnomed { ConceptId = s.ConceptId, Term = s.Term }).ToList(),
        Facts = section.Facts.Order(StringComparer.Ordinal).ToList(),
        Requirements = section.Requirements.Select(CompileRequirement).ToList(),
        Notes = [.. section.Notes],
        CaseByCase = section.IsCaseByCase ? new CompiledCaseByCase { Text = section.CaseByCase } : null,
    };

    public static CompiledRequirement CompileRequirement(BoundRequirement requirement) => new()
    {
        Codes = CompileChoice(requirement.Choice),
        Optional = requirement.IsOptional,
        Condition = requirement.Condition,
        Position = requirement.Position,
        Default = requirement.Default is null ? null : CompileCode(requirement.Default),
    };

    public static CompiledChoice CompileChoice(CodeChoice choice) => choice.Accept(ChoiceCompiler.Instance);

    private sealed class ChoiceCompiler : ICodeChoiceVisitor<CompiledChoice>
    {
        public static readonly ChoiceCompiler Instance = new();

        public CompiledChoice VisitSingle(SingleCode choice) => new CompiledChoice { Type = ChoiceTypes.Code, Code = CompileCode(choice.Code) };

        public CompiledChoice VisitAllOf(AllOf choice) => new CompiledChoice { Type = ChoiceTypes.AllOf, Parts = choice.Parts.Select(CompileChoice).ToList() };

        public CompiledChoice VisitOneOf(OneOf choice) => new CompiledChoice { Type = ChoiceTypes.OneOf, Alternatives = choice.Alternatives.Select(CompileChoice).ToList() };
    }

    public static CompiledCode CompileCode(BoundCode code) => Code(code.Syntax, code.Pattern, code.Entry);

    private static CompiledCode Code(CodeReference syntax, CodePattern? pattern, ClassificationEntry? entry) => new()
    {
        System = SystemNames.Keyword(syntax.System),
        Pattern = PatternText(syntax.Pattern),
        Kind = pattern is null || pattern.Kind == PatternKind.Name ? "invalid" : pattern.Kind.ToString().ToLowerInvariant(),
        Key = pattern is { Kind: PatternKind.Code or PatternKind.Category } ? pattern.Code : null,
        Mark = (pattern?.Mark, entry?.Usage) switch
        {
            (CodeMark.Dagger, _) or (_, CodeUsage.Dagger) => "dagger",
            (CodeMark.Asterisk, _) or (_, CodeUsage.Asterisk) => "asterisk",
            _ => null,
        },
        StatedTitle = syntax.Title?.Value,
        NiceTitle = syntax.Nice?.Text.Value,
        Remark = syntax.Remark?.Text.Value,
        OfficialTitle = entry?.Title,
    };

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
