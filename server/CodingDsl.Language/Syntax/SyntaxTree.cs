using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Syntax;

/// <summary>The parse of one document: the tree, its syntax diagnostics and the text it came from.</summary>
public sealed record SyntaxTree(SourceText Text, CompilationUnit Root, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>For each top-level declaration, how many syntax errors came before it and after it: where an edit's parse can start over.</summary>
    internal IReadOnlyList<(int Before, int After)> DeclarationErrors { get; init; } = [];

    public static SyntaxTree Parse(string text) => Parser.Parse(new SourceText(text));

    public static SyntaxTree Parse(SourceText text) => Parser.Parse(text);

    /// <summary>
    /// The parse of <paramref name="text"/>, an edit of <paramref name="previous"/>'s text: only the block
    /// around the edit is parsed again. The result is the same as <see cref="Parse(string)"/>.
    /// </summary>
    public static SyntaxTree Parse(string text, SyntaxTree? previous) => Parse(new SourceText(text), previous);

    /// <inheritdoc cref="Parse(string, SyntaxTree?)"/>
    public static SyntaxTree Parse(SourceText text, SyntaxTree? previous) =>
        previous is null ? Parse(text) : IncrementalParser.Parse(previous, text);
}
