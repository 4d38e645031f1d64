using CodingDsl.Language.Classifications;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

public enum NameKind
{
    Rule,
    Set,
}

/// <summary>Where a rule or set name is written: its declaration, a condition (`has opcs name`) or a suppression comment.</summary>
internal sealed record NameOccurrence(TextSpan Span, string Name, NameKind Kind, bool IsDeclaration, CodeSystem? System = null);

/// <summary>A declared rule or set, identified by its file and the span of its name.</summary>
internal sealed record NameDeclaration(string Path, TextSpan NameSpan, string Name, NameKind Kind, Syntax.SyntaxNode Node, Syntax.SyntaxTree Tree);
