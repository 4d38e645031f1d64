using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CodingDsl.Language.Syntax;
using Xunit;

namespace CodingDsl.Language.Tests.Syntax;

/// <summary>
/// Every word of the language is one row of <see cref="StatementGrammar.Forms"/>: the keyword lists, the parser's
/// dispatch and the reference lines are read from it, so a row cannot lack a parser entry or a line. What
/// is left to check is that each row means something to the parser: the samples, cases and the examples of
/// docs/language.md (parsed without a syntax error) write each statement where its row says it may start, and each other word inside one.
/// </summary>
public sealed class StatementTableTests
{
    /// <summary>What no sample, case file or example of docs/language.md happens to write: every fact as a section item, every clause, selector and severity.</summary>
    private const string Extra = """
        guidance X1 "t" {
          procedure {
            opcs J12.4 "t"
            image-guided
            percutaneous
            laparoscopic
            endoscopic
            open
          }
        }
        rule r { when has opcs Y53.- or image-guided require percutaneous severity info message "m" code CDSL9000 fix add opcs Y53.- "t" }
        rule s { when first opcs main and second opcs subsidiary require not has icd10 asterisk or has icd10 dagger severity warning }
        rule t { require has opcs chapter Z severity error }
        """;

    private static readonly WordPlaces[] StartingPlaces = [WordPlaces.TopLevel, WordPlaces.GuidanceItem, WordPlaces.SectionItem, WordPlaces.RuleClause];

    private static List<SyntaxTree> Trees()
    {
        var texts = LexerTests.FilesThatParse().Cast<string>().Select(path => File.ReadAllText(Path.Combine(RepoPaths.Root, path))).Concat(LanguageDocExamples.ThatParse).Append(Extra);
        return texts.Select(text => SyntaxTree.Parse(text)).ToList();
    }

    /// <summary>Each statement in each place it may start: (place, the keyword its node starts with).</summary>
    private static IEnumerable<(WordPlaces Place, string Keyword)> Starts(SyntaxNode node, WordPlaces place)
    {
        yield return (place, FirstToken(node));
        var (items, itemPlace) = node switch
        {
            CompilationUnit unit => (unit.Declarations, WordPlaces.TopLevel),
            GuidanceDeclaration guidance => (guidance.Items, WordPlaces.GuidanceItem),
            SectionDeclaration section => (section.Items, WordPlaces.SectionItem),
            RuleDeclaration rule => (rule.Clauses, WordPlaces.RuleClause),
            _ => ([], WordPlaces.None),
        };
        foreach (var start in items.SelectMany(item => Starts(item, itemPlace)))
        {
            yield return start;
        }
    }

    private static string FirstToken(SyntaxNode node) => node.ChildNodesAndTokens().FirstOrDefault() switch
    {
        SyntaxToken token => token.Text,
        SyntaxNode child => FirstToken(child),
        _ => string.Empty,
    };

    private static IEnumerable<string> Words(SyntaxNode node) =>
        node.ChildNodesAndTokens().SelectMany(child => child switch
        {
            SyntaxToken token => [token.Text],
            SyntaxNode inner => Words(inner),
            _ => [],
        });

    [Fact]
    public void The_extra_text_parses_without_errors()
    {
        Assert.Empty(SyntaxTree.Parse(Extra).Diagnostics);
    }

    [Fact]
    public void Every_statement_of_the_table_is_parsed_in_every_place_it_may_start()
    {
        var seen = Trees().SelectMany(tree => Starts(tree.Root, WordPlaces.None)).ToHashSet();
        var missing = StatementGrammar.Forms
            .SelectMany(form => StartingPlaces.Where(form.Is).Select(place => (Place: place, form.Keyword)))
            .Where(start => !seen.Contains(start))
            .Select(start => $"{start.Keyword} ({start.Place})")
            .ToArray();

        Assert.Equal(Array.Empty<string>(), missing);
    }

    [Fact]
    public void Every_other_word_of_the_table_is_read_inside_a_statement()
    {
        var words = Trees().SelectMany(tree => Words(tree.Root)).ToHashSet(StringComparer.Ordinal);
        var missing = StatementGrammar.Forms
            .Where(form => !StartingPlaces.Any(form.Is))
            .Select(form => form.Keyword)
            .Where(keyword => !words.Contains(keyword))
            .ToArray();

        Assert.Equal(Array.Empty<string>(), missing);
    }

    /// <summary>A word that starts a statement has its grammar or its block; a word read inside one has neither (the parser would never run it).</summary>
    [Fact]
    public void Only_words_that_start_a_statement_have_a_grammar_or_a_block()
    {
        foreach (var form in StatementGrammar.Forms)
        {
            var starts = StartingPlaces.Any(form.Is);
            Assert.True(starts == (form.Grammar is not null || form.Block != BlockForm.None), form.Keyword);
        }
    }

    /// <summary>Two rows for one word would make its places and its hover depend on which row is read first.</summary>
    [Fact]
    public void Each_word_is_one_row()
    {
        Assert.Equal(Array.Empty<string>(), StatementGrammar.Forms.GroupBy(f => f.Keyword).Where(g => g.Count() > 1).Select(g => g.Key).ToArray());
    }

    /// <summary>
    /// The editor colours a word before the server answers only if the TextMate grammar names it: each
    /// word of the table stands, as a whole word, in one of the grammar's patterns.
    /// </summary>
    [Fact]
    public void Every_word_of_the_table_is_in_the_TextMate_grammar()
    {
        var grammar = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "grammar", "codingdsl.tmLanguage.json")))!;
        var patterns = Patterns(grammar).ToArray();
        var missing = StatementGrammar.Forms
            .Select(form => form.Keyword)
            .Where(word => !patterns.Any(p => Regex.IsMatch(p, $@"(?<![\w-]){Regex.Escape(word)}(?![\w-])")))
            .ToArray();

        Assert.Equal(Array.Empty<string>(), missing);
    }

    private static IEnumerable<string> Patterns(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key is "match" or "begin" && p.Value is JsonValue v && v.TryGetValue<string>(out var text)
            ? [text]
            : p.Value is null ? [] : Patterns(p.Value)),
        JsonArray a => a.Where(x => x is not null).SelectMany(x => Patterns(x!)),
        _ => [],
    };
}
