namespace CodingDsl.LanguageServer.Protocol;

/// <summary>LSP FormattingOptions: only the two properties the formatter honours; other properties a client sends are ignored.</summary>
public sealed record FormattingOptions(int TabSize, bool InsertSpaces);

public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions? Options);

public sealed record DocumentRangeFormattingParams(TextDocumentIdentifier TextDocument, Range Range, FormattingOptions? Options);
