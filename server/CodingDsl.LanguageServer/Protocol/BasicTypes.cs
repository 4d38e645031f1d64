namespace CodingDsl.LanguageServer.Protocol;

// The LSP structures every feature shares. Property names are camel-cased by LspSerializer.

/// <summary>A 0-based line and UTF-16 character offset.</summary>
public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record TextEdit(Range Range, string NewText);

/// <summary>Edits keyed by document URI (the `changes` form every client supports).</summary>
public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);
