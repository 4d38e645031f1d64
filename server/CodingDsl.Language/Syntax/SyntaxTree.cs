using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Syntax;

/// <summary>The parse of one document: the tree, its syntax diagnostics and the text it came from.</summary>
public sealed record SyntaxTree(SourceText Text, CompilationUnit Root, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static SyntaxTree Parse(string text) => Parser.Parse(new SourceText(text));

    public static SyntaxTree Parse(SourceText text) => Parser.Parse(text);
}
