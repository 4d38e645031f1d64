using CodingDsl.Language.Services;
using CodingDsl.Language.Text;
using CoreTextEdit = CodingDsl.Language.Text.TextEdit;
using CodingDsl.LanguageServer.Documents;
using Lsp = CodingDsl.LanguageServer.Protocol;

namespace CodingDsl.LanguageServer.Protocol;

/// <summary>Maps the core's locations (full paths and spans) to LSP locations (URIs and ranges).</summary>
public static class LocationConvert
{
    /// <summary>The URI the client knows a path by: its own for an open document, else a file URI.</summary>
    public static string UriFor(DocumentStore store, string path) =>
        store.OpenDocuments.FirstOrDefault(d => string.Equals(d.Path, path, StringComparison.Ordinal))?.Uri ?? DocumentUri.FromPath(path);

    /// <summary>Null for the built-in standard library, which has no file a client could open.</summary>
    public static Lsp.Location? ToLocation(DocumentStore store, DocumentResolver resolver, SourceLocation location)
    {
        if (DocumentResolver.IsStandardLibrary(location.Path))
        {
            return null;
        }
        var range = resolver.GetTree(location.Path)?.Text is { } text
            ? LspConvert.ToRange(text, location.Span)
            : new Lsp.Range(LspConvert.ToPosition(location.Range.Start), LspConvert.ToPosition(location.Range.End));
        return new Lsp.Location(UriFor(store, location.Path), range);
    }

    public static Lsp.TextEdit ToTextEdit(SourceText? text, CoreTextEdit edit) =>
        text is null
            ? throw new InvalidOperationException("The document to edit is no longer available.")
            : LspConvert.ToTextEdit(text, edit);
}
