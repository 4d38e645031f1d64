using CodingDsl.Language.Syntax;

namespace CodingDsl.Language.Services;

/// <summary>One line per keyword, taken from docs/language.md, for hover and completion details; the lines stand in <see cref="StatementGrammar.Forms"/>.</summary>
internal static class KeywordDocs
{
    public static string? Get(string keyword) => StatementGrammar.FormOf(keyword)?.Reference;
}
