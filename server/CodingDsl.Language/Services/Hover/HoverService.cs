using System.Text;
using CodingDsl.Language.Classifications;
using CodingDsl.Language.Classifications.Snomed;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Semantics;
using CodingDsl.Language.StandardLibrary;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Language.Services;

/// <summary>
/// Hover: for a code its official title, category, chapter, subsidiary or dagger/asterisk status and
/// the table it comes from; for a SNOMED CT id its validity (and status in a configured release); for
/// a rule or set name what it says; for a keyword its line of the language reference.
/// </summary>
public static class HoverService
{
    public static HoverResult? GetHover(DocumentAnalysis analysis, int offset, DocumentResolver? resolver = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (analysis.Tree is not { } tree)
        {
            return null;
        }
        var tables = analysis.Configuration?.Classifications ?? ClassificationSet.Bundled;
        var token = SyntaxTokenWalker.At(SyntaxTokenWalker.Walk(tree, new TextSpan(offset, 0)), offset);
        if (token is null)
        {
            return null;
        }
        var markdown = token.Type switch
        {
            SemanticTokenType.OpcsCode or SemanticTokenType.Icd10Code or SemanticTokenType.Category or SemanticTokenType.Range
                => CodeHover(tree, token, TableFor(analysis, tables, token.System ?? CodeSystem.Opcs4, token.Span.Start), tables) + AnnotationHover.ForCode(analysis, token),
            SemanticTokenType.Keyword or SemanticTokenType.String when token.Node is SectionDeclaration { Condition: not null } section
                && (token.Text == "if" || token.Span == token.SpanOf(section.Condition.Condition) || (section.VariantName is { } name && token.Span == token.SpanOf(name)))
                => AnnotationHover.ForVariant(section),
            SemanticTokenType.SnomedId => SnomedHover(token.Text, tables.Snomed),
            SemanticTokenType.SetName when token.Modifiers.HasFlag(SemanticTokenModifiers.DefaultLibrary) => KeywordDocs.Get(token.Text),
            SemanticTokenType.SetName or SemanticTokenType.RuleName => NameHover(analysis, tree, token, resolver),
            SemanticTokenType.Comment => SuppressionHover(analysis, tree, offset, resolver, out var span) is { } s ? Return(s, span, ref token) : null,
            SemanticTokenType.Keyword or SemanticTokenType.Operator or SemanticTokenType.Fact => KeywordDocs.Get(token.Text),
            SemanticTokenType.GuidanceId => GuidanceHover(analysis, token),
            SemanticTokenType.Version => VersionHover(token.Text, tables),
            SemanticTokenType.String when token.Node is UseDeclaration => UseHover(analysis, token.Text, resolver),
            SemanticTokenType.DiagnosticCode => DiagnosticCatalog.Find(token.Text) is { } d ? $"**{d.Code}** {d.Title}\n\n{d.Description}" : $"{token.Text} is not a diagnostic code in the catalogue.",
            _ => null,
        };
        return markdown is null ? null : new HoverResult(markdown, token.Span);
    }

    private static string Return(string markdown, TextSpan span, ref ClassifiedToken token)
    {
        token = token with { Span = span };
        return markdown;
    }

    /// <summary>The table a code at this position is read against: the declared version's when it is configured and has categories, else the default.</summary>
    private static IClassificationTable TableFor(DocumentAnalysis analysis, ClassificationSet tables, CodeSystem system, int offset)
    {
        var guidance = analysis.Model?.Guidances.FirstOrDefault(g => g.Syntax.LocalSpan.Shift(g.Start).ContainsInclusive(offset));
        var version = guidance?.Versions.FirstOrDefault(v => v.System == system)?.Version;
        var table = version is null ? null : tables.GetTable(system, version);
        return table is not null && table.Entries.Any(e => e.IsCategory) ? table : tables.GetDefault(system);
    }

    private static string CodeHover(SyntaxTree tree, ClassifiedToken token, IClassificationTable table, ClassificationSet tables)
    {
        var system = token.System ?? CodeSystem.Opcs4;
        var systemName = CodeSystems.Of(system).DisplayName;
        var chapterPattern = SyntaxNodeLookup.Innermost<Pattern>(tree.Root, token.Span.Start)?.Node.ChapterKeyword is not null;
        var outcome = CodePatternReader.Read(system, token.Text, chapterPattern);
        if (outcome.Pattern is not { } pattern || pattern.Kind == PatternKind.Name)
        {
            return outcome.Problem ?? $"'{token.Text}' is not an {systemName} code.";
        }
        var md = new StringBuilder();
        switch (pattern.Kind)
        {
            case PatternKind.Chapter:
                var chapter = table.GetChapter(pattern.Letter.ToString());
                md.Append($"**{systemName} chapter {pattern.Letter}**").Append(chapter is { } c ? $" {c.Title}" : string.Empty);
                break;
            case PatternKind.Range:
                var from = table.Find($"{pattern.Letter}{pattern.From:D2}");
                var to = table.Find($"{pattern.Letter}{pattern.To:D2}");
                md.Append($"**{token.Text}** a code from any {systemName} category from {pattern.Letter}{pattern.From:D2} to {pattern.Letter}{pattern.To:D2}\n\n");
                md.Append($"- {pattern.Letter}{pattern.From:D2}: {from?.Title ?? "not in the table"}\n");
                md.Append($"- {pattern.Letter}{pattern.To:D2}: {to?.Title ?? "not in the table"}\n");
                AppendChapter(md, table, pattern.Code.Length > 0 ? pattern.Code : $"{pattern.Letter}{pattern.From:D2}");
                break;
            default:
                var entry = table.Find(pattern.Code);
                if (entry is null)
                {
                    md.Append($"**{token.Text}** is not in {table.DisplayName}.");
                    var suggestions = table.Suggest(pattern.Code, 3);
                    if (suggestions.Count > 0)
                    {
                        md.Append(" Did you mean ").Append(string.Join(" or ", suggestions.Select(s => $"{s.Code} ({s.Title})"))).Append('?');
                    }
                    if (!table.IsComplete)
                    {
                        md.Append("\n\nThis table is not a full release: configure your TRUD release in codingdsl.json to check every code.");
                    }
                    ReleasesHover.Append(md.Append('\n'), tables, system, pattern.Code, pattern.Kind == PatternKind.Category);
                    return md.ToString();
                }
                if (pattern.Kind == PatternKind.Category)
                {
                    var children = table.GetChildren(entry.Code);
                    md.Append($"**{token.Text}** a code from category {entry.Code}: {Title(entry)}");
                    if (children.Count > 0)
                    {
                        md.Append($"\n\n{children.Count} codes: ").Append(string.Join(", ", children.Take(6).Select(e => e.Code))).Append(children.Count > 6 ? " …" : string.Empty);
                    }
                    md.Append('\n');
                }
                else
                {
                    md.Append($"**{entry.Code}** {Title(entry)}\n");
                    if (!entry.IsCategory && table.Find(entry.Code[..3]) is { } category)
                    {
                        md.Append($"\nCategory {category.Code}: {Title(category)}\n");
                    }
                }
                AppendChapter(md, table, entry.Code);
                if (system == CodeSystem.Opcs4 && OpcsChapters.IsSubsidiary(entry.Code))
                {
                    md.Append("\nSubsidiary code (chapter ").Append(entry.Code[0]).Append("): recorded only after a main procedure code.\n");
                }
                var mark = entry.Usage != CodeUsage.Default ? entry.Usage : pattern.Mark switch
                {
                    CodeMark.Dagger => CodeUsage.Dagger,
                    CodeMark.Asterisk => CodeUsage.Asterisk,
                    _ => CodeUsage.Default,
                };
                if (mark == CodeUsage.Asterisk)
                {
                    md.Append("\nAsterisk code (manifestation): recorded with its dagger code, never first.\n");
                }
                else if (mark == CodeUsage.Dagger)
                {
                    md.Append("\nDagger code (aetiology): recorded before its asterisk code.\n");
                }
                if (token.Node is CodeReference { Title: { } stated } && !TitlesMatch(stated.Value, entry.Title) && entry.Title.Length > 0)
                {
                    md.Append($"\nThe stated title differs: \"{stated.Value}\".\n");
                }
                ReleasesHover.Append(md, tables, system, entry.Code, pattern.Kind == PatternKind.Category);
                break;
        }
        md.Append($"\n*{table.DisplayName}*");
        return md.ToString();
    }

    private static void AppendChapter(StringBuilder md, IClassificationTable table, string code)
    {
        if (table.GetChapter(code) is { } chapter)
        {
            md.Append($"\nChapter {chapter.Id}: {chapter.Title}\n");
        }
    }

    private static string Title(ClassificationEntry entry) => entry.Title.Length > 0 ? entry.Title : "(no title in this table)";

    private static bool TitlesMatch(string a, string b) =>
        string.Equals(string.Join(' ', a.Trim().TrimEnd('.').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            string.Join(' ', b.Trim().TrimEnd('.').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.OrdinalIgnoreCase);

    private static string SnomedHover(string id, SnomedConceptTable? concepts)
    {
        var info = SctId.Parse(id);
        var md = new StringBuilder($"**SNOMED CT {id}**\n\n");
        switch (info.Check)
        {
            case SctIdCheck.Valid:
                md.Append(info.Kind switch
                {
                    SctIdKind.Concept => "A well-formed concept id",
                    SctIdKind.Description => "A well-formed **description** id, not a concept id",
                    _ => "A well-formed **relationship** id, not a concept id",
                });
                md.Append(info.IsExtension ? $" from extension namespace {info.Namespace}" : " (international or core partition)");
                md.Append(": check digit and partition are valid.");
                if (info.Kind == SctIdKind.Concept)
                {
                    md.Append(concepts is null
                        ? "\n\nNo SNOMED CT release is configured, so whether it is active is not known."
                        : concepts.Find(id) switch
                        {
                            SnomedConceptStatus.Active => $"\n\nActive in {concepts.DisplayName}.",
                            SnomedConceptStatus.Inactive => $"\n\n**Inactive** in {concepts.DisplayName}: use its active replacement.",
                            _ => $"\n\nNot in {concepts.DisplayName}.",
                        });
                }
                break;
            case SctIdCheck.BadCheckDigit:
                md.Append($"Not a valid id: the check digit should be {Verhoeff.Compute(id.AsSpan(0, id.Length - 1))} (Verhoeff).");
                break;
            case SctIdCheck.UnknownPartition:
                md.Append("Not a valid id: the partition digits are not a known partition.");
                break;
            default:
                md.Append("Not a valid id: an id is 6 to 18 digits with no leading zero.");
                break;
        }
        return md.ToString();
    }

    private static string? NameHover(DocumentAnalysis analysis, SyntaxTree tree, ClassifiedToken token, DocumentResolver? resolver)
    {
        var kind = token.Type == SemanticTokenType.RuleName ? NameKind.Rule : NameKind.Set;
        return Describe(analysis, tree, token.Text, kind, resolver);
    }

    private static string? Describe(DocumentAnalysis analysis, SyntaxTree tree, string name, NameKind kind, DocumentResolver? resolver)
    {
        var scope = resolver?.GetScope(analysis.Path, tree)
            ?? [new ScopeDocument(analysis.Path, tree), new ScopeDocument(DocumentResolver.StandardLibraryPath, StandardRules.Model.Tree)];
        var declaration = NameIndex.Resolve(scope, name, kind);
        if (declaration is null)
        {
            return $"No {(kind == NameKind.Rule ? "rule" : "set")} named '{name}' is declared here, in a used file or in the standard library.";
        }
        var where = DocumentResolver.IsStandardLibrary(declaration.Path) ? "standard library" : Path.GetFileName(declaration.Path);
        if (declaration.Node is SetDeclaration set)
        {
            var system = CodeSystems.Of(set.System).Keyword;
            return $"**set {set.Name.Text}** ({where})\n\n```coding\nset {set.Name.Text} = {system} {string.Join(", ", set.Items.Select(i => (i.ChapterKeyword is null ? string.Empty : "chapter ") + i.Value.Text))}\n```";
        }
        var rule = (RuleDeclaration)declaration.Node;
        var md = new StringBuilder($"**rule {rule.Name.Text}**");
        if (rule.Title is not null)
        {
            md.Append(' ').Append(rule.Title.Value);
        }
        md.Append($" ({where})\n\n");
        RuleClauseLines.Append(rule, md);
        return md.ToString().TrimEnd();
    }

    private static string? SuppressionHover(DocumentAnalysis analysis, SyntaxTree tree, int offset, DocumentResolver? resolver, out TextSpan span)
    {
        span = default;
        var comment = tree.Root.DocumentComments().FirstOrDefault(c => c.Span.ContainsInclusive(offset));
        var m = comment is null ? null : NameIndex.Directive().Match(comment.Text);
        if (comment is null || m is null || !m.Success)
        {
            return null;
        }
        var names = m.Groups["names"];
        var relative = offset - comment.Span.Start;
        if (relative < names.Index)
        {
            span = new TextSpan(comment.Span.Start, names.Index);
            return names.Value.Trim().Length == 0
                ? "Silences every diagnostic on " + (comment.Text.Contains("next-line", StringComparison.Ordinal) ? "the next line." : "this line.")
                : "Silences the named diagnostic codes or rules on " + (comment.Text.Contains("next-line", StringComparison.Ordinal) ? "the next line." : "this line.");
        }
        // The name the cursor is on or just after; names are separated by blanks or commas.
        var name = NameIndex.SuppressionName().Matches(comment.Text, names.Index).FirstOrDefault(n => n.Index <= relative && relative <= n.Index + n.Length);
        if (name is null)
        {
            return null;
        }
        var word = name.Value;
        span = new TextSpan(comment.Span.Start + name.Index, name.Length);
        if (DiagnosticCatalog.Find(word) is { } descriptor)
        {
            return $"**{descriptor.Code}** {descriptor.Title}\n\n{descriptor.Description}";
        }
        return Describe(analysis, tree, word, NameKind.Rule, resolver);
    }

    private static string GuidanceHover(DocumentAnalysis analysis, ClassifiedToken token)
    {
        var guidance = analysis.Model?.Guidances.FirstOrDefault(g => g.Syntax.Id.LocalSpan.Shift(g.Start) == token.Span);
        var md = new StringBuilder($"**{token.Text}**");
        if (guidance?.Title is { } title)
        {
            md.Append(' ').Append(title);
        }
        if (guidance?.Source is { } source)
        {
            md.Append("\n\n").Append(source);
        }
        if (guidance is not null)
        {
            md.Append($"\n\n{guidance.Sections.Count} section(s): ").Append(string.Join(", ", guidance.Sections.Select(s => s.DisplayName)));
        }
        return md.ToString();
    }

    /// <summary>Where a `use` path leads and what the file declares.</summary>
    private static string UseHover(DocumentAnalysis analysis, string relative, DocumentResolver? resolver)
    {
        var full = DocumentResolver.ResolveUse(Path.GetFullPath(analysis.Path), relative);
        if (full is null)
        {
            return $"'{relative}' is not a file path.";
        }
        var tree = resolver?.GetTree(full);
        if (tree is null)
        {
            return resolver is null ? $"Uses `{full}`." : $"No file at `{full}`.";
        }
        var declared = NameIndex.Occurrences(tree).Where(o => o.IsDeclaration).ToArray();
        var rules = declared.Where(o => o.Kind == NameKind.Rule).Select(o => o.Name).ToArray();
        var sets = declared.Where(o => o.Kind == NameKind.Set).Select(o => o.Name).ToArray();
        return $"Uses `{full}`\n\n" +
            (rules.Length == 0 ? "No rules" : $"Rules: {string.Join(", ", rules)}") + "\n\n" +
            (sets.Length == 0 ? "No sets" : $"Sets: {string.Join(", ", sets)}");
    }

    private static string VersionHover(string text, ClassificationSet tables)
    {
        var system = text.StartsWith("icd", StringComparison.Ordinal) ? CodeSystem.Icd10 : CodeSystem.Opcs4;
        var version = system == CodeSystem.Icd10 ? text.Replace("icd-10-", string.Empty, StringComparison.Ordinal) : text.Replace("opcs-", string.Empty, StringComparison.Ordinal);
        var table = tables.GetTable(system, version);
        return table is null
            ? $"**{text}**: no table for this version is configured; codes are checked against {tables.GetDefault(system).DisplayName}."
            : $"**{text}**: codes are checked against {table.DisplayName} ({table.Count} codes).";
    }
}
