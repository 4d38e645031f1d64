using CsCheck;
using CodingDsl.Language.Syntax;
using Xunit;

namespace CodingDsl.Language.Tests.Syntax;

/// <summary>
/// Issue 9: the one lexer reads any text into tokens and trivia that cover it exactly, so every service
/// built on it sees every character (nothing a user typed can vanish from highlighting or formatting).
/// </summary>
public sealed class LexerTests
{
    /// <summary>Characters that stress the lexer: quotes, escapes, comment starts, line breaks, NUL, lone surrogates, marks.</summary>
    private const string AwkwardChars = "\"\\/\n\r \t\0\uD800\uDC00†*.-aJ1{\u00A0\u2028";

    private static readonly Gen<char> Awkward = Gen.Int[0, AwkwardChars.Length - 1].Select(i => AwkwardChars[i]);

    private static readonly Gen<string> AnyText = Gen.OneOf(Gen.Char, Awkward).Array[0, 80].Select(c => new string(c));

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Samples, "*.coding", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "cases"), "*.coding", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file));
        }
        return data;
    }

    /// <summary>The sample and case files that parse without syntax errors.</summary>
    public static TheoryData<string> FilesThatParse()
    {
        var data = new TheoryData<string>();
        foreach (string path in Files())
        {
            if (SyntaxTree.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, path))).Diagnostics.Count == 0)
            {
                data.Add(path);
            }
        }
        return data;
    }

    [Fact]
    public void Tokens_and_trivia_cover_any_text_exactly_and_in_order()
    {
        AnyText.Sample(text =>
        {
            var lexed = Lexer.Lex(text);
            Assert.Equal(text, lexed.ToFullString());
            AssertContiguous(text, lexed);
        }, iter: 2000);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_sample_and_case_file_round_trips_and_its_comments_are_the_parsers(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, relativePath));
        var lexed = Lexer.Lex(text);
        Assert.Equal(text, lexed.ToFullString());
        AssertContiguous(text, lexed);
        var trivia = lexed.Tokens.SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia)).Where(t => t.IsComment).Select(t => t.Span);
        Assert.Equal(SyntaxTree.Parse(text).Root.DocumentComments().Select(c => c.Span), trivia);
    }

    [Fact]
    public void A_quoted_text_without_its_closing_quote_stops_at_the_end_of_its_line()
    {
        var tokens = Lexer.Lex("note \"half typed\nopcs J12.4").Tokens;
        Assert.Equal(["note", "\"half typed", "opcs", "J12.4", ""], tokens.Select(t => t.Text));
        Assert.Equal(TokenKind.String, tokens[1].Kind);
        Assert.Equal(TriviaKind.NewLine, Assert.Single(tokens[1].TrailingTrivia).Kind);
    }

    [Fact]
    public void A_comment_inside_a_quoted_text_is_part_of_the_text()
    {
        var tokens = Lexer.Lex("source \"http://example.org\" // where").Tokens;
        Assert.Equal("\"http://example.org\"", tokens[1].Text);
        Assert.Equal(TriviaKind.Comment, tokens[1].TrailingTrivia[^1].Kind);
    }

    [Fact]
    public void A_code_keeps_the_dagger_mark_written_against_it()
    {
        var tokens = Lexer.Lex("icd10 Q90.-† or A17.0+").Tokens;
        Assert.Equal(["icd10", "Q90.-†", "or", "A17.0+", ""], tokens.Select(t => t.Text));
    }

    [Fact]
    public void A_suppression_comment_is_told_apart_from_other_comments()
    {
        var tokens = Lexer.Lex("// plain\n// codingdsl-disable-next-line CDSL0203\nopcs J12.4 // codingdsl-disable-line image-control").Tokens;
        Assert.Equal([TriviaKind.Comment, TriviaKind.NewLine, TriviaKind.SuppressionComment, TriviaKind.NewLine], tokens[0].LeadingTrivia.Select(t => t.Kind));
        Assert.Equal(TriviaKind.SuppressionComment, tokens[1].TrailingTrivia[^1].Kind);
    }

    [Fact]
    public void Trailing_trivia_ends_at_the_first_line_break_and_the_rest_leads_the_next_token()
    {
        var tokens = Lexer.Lex("opcs  \r\n\n  J12.4").Tokens;
        Assert.Equal([TriviaKind.Whitespace, TriviaKind.NewLine], tokens[0].TrailingTrivia.Select(t => t.Kind));
        Assert.Equal("\r\n", "opcs  \r\n\n  J12.4"[tokens[0].TrailingTrivia[1].Span.Start..tokens[0].TrailingTrivia[1].Span.End]);
        Assert.Equal([TriviaKind.NewLine, TriviaKind.Whitespace], tokens[1].LeadingTrivia.Select(t => t.Kind));
    }

    [Fact]
    public void A_character_that_starts_nothing_is_a_symbol_of_its_own()
    {
        var tokens = Lexer.Lex("\0@\uD800x").Tokens;
        Assert.Equal([TokenKind.Symbol, TokenKind.Symbol, TokenKind.Symbol, TokenKind.Word, TokenKind.EndOfFile], tokens.Select(t => t.Kind));
    }

    private static void AssertContiguous(string text, LexedText lexed)
    {
        var at = 0;
        foreach (var token in lexed.Tokens)
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                Assert.Equal(at, trivia.Span.Start);
                at = trivia.Span.End;
            }
            Assert.Equal(at, token.Span.Start);
            Assert.Equal(text.Substring(token.Span.Start, token.Span.Length), token.Text);
            at = token.Span.End;
            foreach (var trivia in token.TrailingTrivia)
            {
                Assert.Equal(at, trivia.Span.Start);
                at = trivia.Span.End;
            }
        }
        Assert.Equal(text.Length, at);
        Assert.Equal(TokenKind.EndOfFile, lexed.Tokens[^1].Kind);
    }
}
