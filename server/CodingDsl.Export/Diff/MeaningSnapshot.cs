using CodingDsl.Export.Compiled;
using CodingDsl.Language.Semantics;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Export.Diff;

/// <summary>Where a statement is: a path relative to the side's root (forward slashes) and a 1-based line.</summary>
public sealed record SourceLocation(string Path, int Line);

/// <summary>One statement of meaning, as <see cref="MeaningText"/> writes it: `note "…"`, `fact image-guided`.</summary>
/// <param name="Aspect">What kind of statement: classification, note, use, snomed, fact, case-by-case.</param>
public sealed record MeaningStatement(string Aspect, string Text, SourceLocation Location);

public sealed record RequirementSnapshot(CompiledRequirement Compiled, string Text, SourceLocation Location)
{
    /// <summary>What requirements are matched by: <see cref="MeaningText.Key"/>.</summary>
    public string Key { get; } = MeaningText.Key(Compiled);

    /// <summary>The code expression without titles: how a requirement is named in a report.</summary>
    public string Codes => MeaningText.Choice(Compiled.Codes, withTitles: false);
}

/// <param name="Name">"procedure", or "procedure \"Open\"" for a variant: how sections are matched.</param>
/// <param name="Condition">A variant's `if "…"`, quoted; null without one.</param>
public sealed record SectionSnapshot(string Name, SourceLocation Location, IReadOnlyList<MeaningStatement> Statements, IReadOnlyList<RequirementSnapshot> Requirements, string? Condition = null);

public sealed record GuidanceSnapshot(
    string Id,
    string? Title,
    string? Source,
    SourceLocation Location,
    IReadOnlyList<MeaningStatement> Statements,
    IReadOnlyList<SectionSnapshot> Sections);

/// <param name="Clauses">The rule's clauses by name (title, code, severity, when, require, message, fix), canonical text or null.</param>
public sealed record RuleSnapshot(string Name, SourceLocation Location, IReadOnlyList<KeyValuePair<string, string?>> Clauses);

public sealed record SetSnapshot(string Name, SourceLocation Location, IReadOnlyList<string> Items);

/// <summary>
/// What one side of a diff means: its guidances by id, and the rules and sets its files declare, by
/// name. Paths are kept only to point at lines: a file renamed without change compares equal.
/// </summary>
public sealed class MeaningSnapshot
{
    public static MeaningSnapshot Empty { get; } = new([], [], []);

    private MeaningSnapshot(IReadOnlyList<GuidanceSnapshot> guidances, IReadOnlyList<RuleSnapshot> rules, IReadOnlyList<SetSnapshot> sets)
    {
        Guidances = guidances;
        Rules = rules;
        Sets = sets;
    }

    /// <summary>In ordinal order of id; an id declared twice (CDSL0401) counts once, from the first file in path order.</summary>
    public IReadOnlyList<GuidanceSnapshot> Guidances { get; }

    public IReadOnlyList<RuleSnapshot> Rules { get; }

    public IReadOnlyList<SetSnapshot> Sets { get; }

    /// <param name="files">Each analysed file with its path relative to the side's root.</param>
    public static MeaningSnapshot FromAnalyses(IEnumerable<(DocumentAnalysis Analysis, string RelativePath)> files)
    {
        var guidances = new List<GuidanceSnapshot>();
        var rules = new List<RuleSnapshot>();
        var sets = new List<SetSnapshot>();
        foreach (var (analysis, relativePath) in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            if (analysis.Model is not { } model)
            {
                continue;
            }
            var path = relativePath.Replace('\\', '/');
            SourceLocation At(TextSpan span) => new(path, model.Tree.Text.GetPosition(span.Start).Line + 1);
            var uses = model.Uses.Select(u => new MeaningStatement("use", MeaningText.Quote(u.RelativePath), At(u.Syntax.LocalSpan.Shift(u.Start)))).ToArray();
            guidances.AddRange(model.Guidances.Where(g => g.Id.Length > 0).Select(g => Guidance(g, uses, At)));
            rules.AddRange(model.Rules.Select(r => Rule(r, At(r.Syntax.Name.LocalSpan.Shift(r.Start)))));
            sets.AddRange(model.Sets.Select(set => Set(set, At)));
        }
        return new MeaningSnapshot(
            [.. guidances.DistinctBy(g => g.Id).OrderBy(g => g.Id, StringComparer.Ordinal)],
            [.. rules.DistinctBy(r => r.Name).OrderBy(r => r.Name, StringComparer.Ordinal)],
            [.. sets.DistinctBy(s => s.Name).OrderBy(s => s.Name, StringComparer.Ordinal)]);
    }

    private static SetSnapshot Set(BoundSet set, Func<TextSpan, SourceLocation> at)
    {
        var s = set.Syntax;
        return new SetSnapshot(s.Name.Text, at(s.Name.LocalSpan.Shift(set.Start)), [.. s.Items.Select(i => $"{SystemNames.Keyword(s.System)} {(i.ChapterKeyword is null ? "" : "chapter ")}{i.Value.Text}")]);
    }

    private static GuidanceSnapshot Guidance(BoundGuidance guidance, IReadOnlyList<MeaningStatement> uses, Func<TextSpan, SourceLocation> at)
    {
        var statements = new List<MeaningStatement>();
        for (var i = 0; i < guidance.Syntax.Items.Count; i++)
        {
            var start = guidance.Start + guidance.Syntax.ItemOffsets[i];
            statements.AddRange(ModelCompiler.GuidanceStatementMeaning(guidance.Syntax.Items[i]).Select(m => new MeaningStatement(m.Aspect, m.Text, at(m.LocalSpan.Shift(start)))));
        }
        statements.AddRange(uses);
        return new GuidanceSnapshot(guidance.Id, guidance.Title, guidance.Source, at(guidance.Syntax.Id.LocalSpan.Shift(guidance.Start)), statements,
            [.. guidance.Sections.Select((s, i) => Section(s, guidance.SectionStarts[i], at))]);
    }

    /// <param name="start">Where the section starts in the document: its nodes' spans are relative to it.</param>
    private static SectionSnapshot Section(BoundSection section, int start, Func<TextSpan, SourceLocation> local)
    {
        SourceLocation at(TextSpan span) => local(span.Shift(start));
        var statements = new List<MeaningStatement>();
        foreach (var item in section.Syntax.Items)
        {
            if (ModelCompiler.SectionStatementMeaning(item) is { } meaning)
            {
                statements.Add(new MeaningStatement(meaning.Aspect, meaning.Text, at(item.LocalSpan)));
            }
        }
        var requirements = section.Requirements.Select(r =>
        {
            var compiled = ModelCompiler.CompileRequirement(r);
            return new RequirementSnapshot(compiled, MeaningText.Requirement(compiled), at(r.Syntax.LocalSpan));
        });
        // A fact stated twice means it once.
        var distinct = statements.Where(s => s.Aspect != "fact").Concat(statements.Where(s => s.Aspect == "fact").DistinctBy(s => s.Text));
        return new SectionSnapshot(section.DisplayName, at(section.Syntax.Keyword.LocalSpan), [.. distinct], [.. requirements],
            section.Condition is null ? null : MeaningText.Quote(section.Condition));
    }

    private static RuleSnapshot Rule(BoundRule rule, SourceLocation location)
    {
        var compiled = ModelCompiler.CompileRule(rule);
        return new RuleSnapshot(rule.Name, location, ModelCompiler.RuleClauseMeanings(compiled));
    }
}
