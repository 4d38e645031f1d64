using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

public enum SymbolKind
{
    Guidance,
    Section,
    Code,
    Snomed,
    Rule,
    Set,
    Use,
}

/// <summary>An outline entry. <see cref="Span"/> covers the whole construct, <see cref="SelectionSpan"/> its name (inside <see cref="Span"/>).</summary>
public sealed record DocumentSymbol(
    string Name,
    string? Detail,
    SymbolKind Kind,
    TextSpan Span,
    TextSpan SelectionSpan,
    IReadOnlyList<DocumentSymbol> Children);

/// <summary>A symbol found by workspace search: a guidance (id, title), a rule or a set, with where it is declared.</summary>
public sealed record WorkspaceSymbol(string Name, string? Detail, SymbolKind Kind, SourceLocation Location);
