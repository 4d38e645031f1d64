using CodingDsl.Language.Text;

namespace CodingDsl.LanguageServer.Documents;

/// <summary>A document the client has open: its text is the client's, not the disk's.</summary>
public sealed record OpenDocument(string Uri, string Path, int Version, SourceText Text);
