using CodingDsl.Language.Services;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;
using Xunit;

namespace CodingDsl.Language.Tests.Services;

public class SemanticTokenServiceTests
{
    private static (string Text, string Type, SemanticTokenModifiers Modifiers)[] Describe(string text, TextSpan? range = null) =>
        SemanticTokenService.Classify(SyntaxTree.Parse(text), range)
            .Select(t => (text.Substring(t.Span.Start, t.Span.Length), SemanticTokenLegend.Name(t.Type), t.Modifiers))
            .ToArray();

    [Fact]
    public void The_sample_is_classified_token_by_token_in_order()
    {
        var text = ServiceTestHost.Sample("IPG327.coding");
        var tokens = Describe(text);

        var none = SemanticTokenModifiers.None;
        Assert.Equal(
            [
                ("// NICE IPG327: clinical coding recommendations, encoded from the published seed text.", "comment", none),
                ("guidance", "keyword", none),
                ("IPG327", "guidanceId", SemanticTokenModifiers.Declaration),
                ("\"Radiofrequency ablation for colorectal liver metastases\"", "string", none),
                ("source", "keyword", none),
                ("\"https://www.nice.org.uk/guidance/ipg327\"", "string", none),
                ("classifications", "keyword", none),
                ("opcs-4.10", "version", none),
                ("icd-10-5", "version", none),
                ("procedure", "keyword", none),
                ("snomed", "keyword", none),
                ("pending", "keyword", none),
                ("// no concept published yet", "comment", none),
                ("opcs", "keyword", none),
                ("J12.4", "opcsCode", none),
                ("\"Percutaneous radiofrequency ablation of lesion of liver\"", "string", none),
                ("image-guided", "fact", none),
                ("// performed under image control", "comment", none),
                ("opcs", "keyword", none),
                ("Y53.-", "category", SemanticTokenModifiers.Opcs),
                ("\"Approach to organ under image control\"", "string", none),
                ("or", "operator", none),
                ("Y68.-", "category", SemanticTokenModifiers.Opcs),
                ("\"Other approach to organ under image control\"", "string", none),
            ],
            tokens.Take(24));
        Assert.Equal(
            [
                ("icd10", "keyword", none),
                ("C78.7", "icd10Code", none),
                ("\"Secondary malignant neoplasm of liver and intrahepatic bile duct\"", "string", none),
                ("and", "operator", none),
                ("C18.-", "category", SemanticTokenModifiers.Icd10),
                ("\"Malignant neoplasm of colon\"", "string", none),
            ],
            tokens.TakeLast(6));
    }

    [Fact]
    public void Rules_sets_conditions_and_suppressions_are_classified()
    {
        var text = "set s = opcs C71-C74, chapter Z\nrule r \"t\" {\n  when image-guided and not has opcs s or first opcs main\n  code CDSL0501\n  severity info\n  fix add opcs Y53.-\n}\n// codingdsl-disable-next-line r\n";
        var none = SemanticTokenModifiers.None;

        Assert.Equal(
            [
                ("set", "keyword", none), ("s", "setName", SemanticTokenModifiers.Declaration), ("opcs", "keyword", none),
                ("C71-C74", "range", SemanticTokenModifiers.Opcs), ("chapter", "keyword", none), ("Z", "category", SemanticTokenModifiers.Opcs),
                ("rule", "keyword", none), ("r", "ruleName", SemanticTokenModifiers.Declaration), ("\"t\"", "string", none),
                ("when", "keyword", none), ("image-guided", "fact", none), ("and", "operator", none), ("not", "operator", none),
                ("has", "keyword", none), ("opcs", "keyword", none), ("s", "setName", none), ("or", "operator", none),
                ("first", "keyword", none), ("opcs", "keyword", none), ("main", "setName", SemanticTokenModifiers.DefaultLibrary),
                ("code", "keyword", none), ("CDSL0501", "diagnosticCode", none),
                ("severity", "keyword", none), ("info", "keyword", none),
                ("fix", "keyword", none), ("add", "keyword", none), ("opcs", "keyword", none), ("Y53.-", "category", SemanticTokenModifiers.Opcs),
                ("// codingdsl-disable-next-line r", "comment", SemanticTokenModifiers.Suppression),
            ],
            Describe(text));
    }

    [Fact]
    public void The_place_in_a_position_condition_is_a_number()
    {
        var text = "rule r {\n  when position 3 opcs chapter Z\n  message \"m\"\n}\n";
        var none = SemanticTokenModifiers.None;

        Assert.Equal(
            [
                ("rule", "keyword", none), ("r", "ruleName", SemanticTokenModifiers.Declaration),
                ("when", "keyword", none), ("position", "keyword", none), ("3", "number", none), ("opcs", "keyword", none),
                ("chapter", "keyword", none), ("Z", "category", SemanticTokenModifiers.Opcs),
                ("message", "keyword", none), ("\"m\"", "string", none),
            ],
            Describe(text));
    }

    [Fact]
    public void Tokens_are_sorted_and_never_overlap_on_every_sample()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Samples, "*.coding"))
        {
            var tokens = SemanticTokenService.Classify(SyntaxTree.Parse(File.ReadAllText(file)));
            Assert.NotEmpty(tokens);
            for (var i = 1; i < tokens.Count; i++)
            {
                Assert.True(tokens[i - 1].Span.End <= tokens[i].Span.Start, $"{Path.GetFileName(file)}: token {i} overlaps the one before");
            }
        }
    }

    [Fact]
    public void A_range_keeps_only_the_tokens_it_touches()
    {
        var text = ServiceTestHost.Sample("IPG327.coding");
        var start = text.IndexOf("    opcs J12.4", StringComparison.Ordinal);
        var end = text.IndexOf('\n', start);

        Assert.Equal(["opcs", "J12.4", "\"Percutaneous radiofrequency ablation of lesion of liver\""], Describe(text, TextSpan.FromBounds(start, end)).Select(t => t.Text));
    }

    /// <summary>A range request walks only the declarations and guidance items it touches, and gives what the whole request gives there.</summary>
    [Theory]
    [MemberData(nameof(Syntax.LexerTests.Files), MemberType = typeof(Syntax.LexerTests))]
    public void A_range_gives_the_whole_requests_tokens_within_it(string path)
    {
        var tree = SyntaxTree.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, path)));
        var whole = SemanticTokenService.Classify(tree);
        var length = tree.Text.Text.Length;
        foreach (var (from, to) in new[] { (0.0, 0.1), (0.3, 0.45), (0.6, 0.62), (0.9, 1.0) })
        {
            var range = TextSpan.FromBounds((int)(from * length), (int)(to * length));
            Assert.Equal(whole.Where(t => t.Span.OverlapsWith(range)), SemanticTokenService.Classify(tree, range));
        }
    }

    [Fact]
    public void The_legend_matches_the_enums()
    {
        Assert.Equal(Enum.GetValues<SemanticTokenType>().Length, SemanticTokenLegend.Types.Count);
        Assert.Equal("icd10Code", SemanticTokenLegend.Name(SemanticTokenType.Icd10Code));
        Assert.Equal(5, SemanticTokenLegend.Modifiers.Count);
        Assert.Equal(1 << 4, (int)SemanticTokenModifiers.Suppression);
    }

    [Fact]
    public void Unparsable_text_gives_tokens_for_what_parsed()
    {
        var text = "guidance IPG1 {\n  procedure {\n    opcs J12.4 or or \"x\n    image-guided ??? K01\n    opcs J12.4\n";
        var tokens = Describe(text);

        var none = SemanticTokenModifiers.None;
        Assert.Equal(
            [
                ("guidance", "keyword", none), ("IPG1", "guidanceId", SemanticTokenModifiers.Declaration), ("procedure", "keyword", none),
                // The failed statement, classified word by word.
                ("opcs", "keyword", none), ("J12.4", "opcsCode", none), ("or", "operator", none), ("or", "operator", none), ("\"x", "string", none),
                ("image-guided", "fact", none),
                ("opcs", "keyword", none), ("J12.4", "opcsCode", none),
            ],
            tokens);
    }

    /// <summary>
    /// Statements as they are being typed: what parsed is classified by the tree and the rest word by word
    /// from the lexer's tokens by the same rules (keywords, operators, facts, strings, and code-like words
    /// after `opcs`/`icd10` on their line), so highlighting does not flicker off while typing.
    /// </summary>
    public static TheoryData<string, (string Text, string Type, SemanticTokenModifiers Modifiers)[]> HalfTyped()
    {
        var none = SemanticTokenModifiers.None;
        var guidance = new[] { ("guidance", "keyword", none), ("IPG1", "guidanceId", SemanticTokenModifiers.Declaration) };
        return new()
        {
            {
                "guidance IPG1 {\n  procedure {\n    opcs J12.4 \"Percutaneous",
                [.. guidance, ("procedure", "keyword", none), ("opcs", "keyword", none), ("J12.4", "opcsCode", none), ("\"Percutaneous", "string", none)]
            },
            {
                "guidance IPG1 {\n  diagnosis {\n    icd10 C78.7 and\n  }\n}\n",
                [.. guidance, ("diagnosis", "keyword", none), ("icd10", "keyword", none), ("C78.7", "icd10Code", none), ("and", "operator", none)]
            },
            {
                "rule r \"t\" {\n  when has opcs\n  severity\n}\n",
                [("rule", "keyword", none), ("r", "ruleName", SemanticTokenModifiers.Declaration), ("\"t\"", "string", none),
                    ("when", "keyword", none), ("has", "keyword", none), ("opcs", "keyword", none), ("severity", "keyword", none)]
            },
            {
                "guidance IPG1 {\n  procedure if {\n    percutaneous\n    opcs J12.4 or Y53.- optional position\n  }\n}\n",
                [.. guidance, ("procedure", "keyword", none), ("if", "keyword", none), ("percutaneous", "fact", none),
                    ("opcs", "keyword", none), ("J12.4", "opcsCode", none), ("or", "operator", none), ("Y53.-", "opcsCode", none),
                    ("optional", "keyword", none), ("position", "keyword", none)]
            },
        };
    }

    [Theory]
    [MemberData(nameof(HalfTyped))]
    public void Half_typed_statements_are_highlighted_word_by_word(string text, (string Text, string Type, SemanticTokenModifiers Modifiers)[] expected)
    {
        Assert.NotEmpty(SyntaxTree.Parse(text).Diagnostics);
        Assert.Equal(expected, Describe(text));
    }

    /// <summary>
    /// Skipped text is read only from the units a syntax error touches (the root and guidances always):
    /// on every sample and case file, and each cut short in three places, every keyword or quoted text the
    /// whole weave calls skipped is highlighted all the same.
    /// </summary>
    [Theory]
    [MemberData(nameof(Syntax.LexerTests.Files), MemberType = typeof(Syntax.LexerTests))]
    public void Every_skipped_keyword_and_string_is_highlighted(string path)
    {
        var original = File.ReadAllText(Path.Combine(RepoPaths.Root, path));
        foreach (var at in new[] { 0.25, 0.5, 0.75 })
        {
            var tree = SyntaxTree.Parse(Syntax.RandomTextPropertyTests.Edit(original, at, 7, ""));
            var highlighted = SemanticTokenService.Classify(tree).Select(t => t.Span).ToHashSet();
            var skipped = tree.FullTokens()
                .Where(t => t.Kind == WovenTokenKind.Skipped && (t.Text[0] == '"' || Keywords.IsReserved(t.Text)))
                .Select(t => t.Span)
                .ToArray();
            Assert.All(skipped, span => Assert.Contains(span, highlighted));
        }
    }
}
