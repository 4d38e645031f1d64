using System.Text.RegularExpressions;
using Xunit;

namespace CodingDsl.Language.Tests.Syntax;

/// <summary>
/// Issue 9: the language is read by one lexer (server/CodingDsl.Language/Syntax/Lexer.cs). A second
/// tokeniser drifts from it (a quoted text that ends elsewhere, a comment seen in one and not the
/// other), so this fails when the deleted ones come back or a new character-scanning loop appears.
/// </summary>
public sealed partial class OneLexerGuardTests
{
    private static readonly string[] DeletedTokenisers = ["LayoutLexer", "CompletionLexer", "CommentScanner", "UnparsedTextLexer", "ShapeOf("];

    /// <summary>
    /// Loops that read characters but tokenise nothing, each with why it may stay: a new one belongs in
    /// Lexer.cs (and is read from there), not here.
    /// </summary>
    private static readonly Dictionary<string, int> Allowed = new(StringComparer.Ordinal)
    {
        // Decides whether a CSV report field needs quotes: report output, not rule-file text.
        ["CodingDsl.Export/Evaluation/CsvEvaluationWriter.cs"] = 1,
    };

    /// <summary>
    /// Callers outside Syntax/ of the lexer's scanning methods, each with why it may stay. Services read
    /// the tree (its woven tokens and their trivia: <c>SyntaxTree.FullTokens</c>, <c>Weave</c>, <c>Trivia</c>).
    /// </summary>
    private static readonly Dictionary<string, int> ScanningCallsAllowed = new(StringComparer.Ordinal)
    {
        // None: completion reads from the caret's unit (found in the tree) to the cursor through
        // Syntax/CaretReading.cs, the one place text is read cut at a caret.
    };

    private static IEnumerable<(string Path, string Text)> ServerSources() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "server"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(Path.Combine(RepoPaths.Root, "server"), f).Replace('\\', '/'), File.ReadAllText(f)));

    [Fact]
    public void The_deleted_tokenisers_stay_deleted()
    {
        var found = ServerSources()
            .SelectMany(s => DeletedTokenisers.Where(name => s.Text.Contains(name, StringComparison.Ordinal)).Select(name => $"{s.Path}: {name}"))
            .ToArray();
        Assert.True(found.Length == 0, "Read text through Syntax/Lexer.cs instead of: " + string.Join("; ", found));
    }

    [Fact]
    public void No_character_scanning_loop_outside_the_lexer()
    {
        var found = new List<string>();
        foreach (var (path, text) in ServerSources())
        {
            if (path == "CodingDsl.Language/Syntax/Lexer.cs")
            {
                continue;
            }
            var count = ScanningLoop().Count(text);
            if (count > Allowed.GetValueOrDefault(path))
            {
                found.Add($"{path} ({count})");
            }
        }
        Assert.True(found.Count == 0, "Character-scanning loops outside Syntax/Lexer.cs (use Lexer.Lex / Lexer.Tokens): " + string.Join(", ", found));
    }

    [Fact]
    public void Only_the_syntax_folder_calls_the_lexers_scanning_methods()
    {
        var found = ServerSources()
            .Where(s => !s.Path.StartsWith("CodingDsl.Language/Syntax/", StringComparison.Ordinal))
            .Select(s => (s.Path, Count: ScanningCall().Count(s.Text)))
            .Where(s => s.Count > ScanningCallsAllowed.GetValueOrDefault(s.Path))
            .Select(s => $"{s.Path} ({s.Count})")
            .ToArray();
        Assert.True(found.Length == 0, "Read the tree's woven tokens instead of scanning with the lexer in: " + string.Join(", ", found));
    }

    [Fact]
    public void The_guard_sees_a_scanning_call_when_there_is_one()
    {
        Assert.Equal(2, ScanningCall().Count("Lexer.Tokens(text, 0, 9); Lexer.ScanTrivia(text, i, end)"));
        Assert.Equal(0, ScanningCall().Count("Lexer.IsWordStart(c) && Lexer.IsSuppression(comment)"));
    }

    [Fact]
    public void The_guard_sees_a_scanning_loop_when_there_is_one()
    {
        Assert.Equal(1, ScanningLoop().Count("while (i < text.Length && char.IsWhiteSpace(text[i]))"));
        Assert.Equal(1, ScanningLoop().Count("while (j < end && text[j] is not ('\"' or '\\n'))"));
        Assert.Equal(0, ScanningLoop().Count("while (queue.Count > 0)"));
    }

    [GeneratedRegex(@"Lexer\.(Lex|Tokens|Scan\w*|SkipTrivia|SkipTrailingTrivia|ReadTrivia)\(")]
    private static partial Regex ScanningCall();

    [GeneratedRegex(@"while \([^\n]*(IsWhiteSpace|IsWordPart|IsWordStart|'""'|== '/')")]
    private static partial Regex ScanningLoop();
}
