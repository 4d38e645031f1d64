using CodingDsl.Language.Services;
using CodingDsl.Language.Text;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Documents;
using CodingDsl.LanguageServer.Protocol;

namespace CodingDsl.LanguageServer.Features.Navigation;

/// <summary>A position in a document, as the core's navigation services take it: a full path and an offset.</summary>
public sealed record NavigationRequest(DocumentResolver Resolver, string Path, int Offset)
{
    /// <summary>Null when the server does not know the document.</summary>
    public static async Task<NavigationRequest?> CreateAsync(AnalysisService analysis, string uri, Position position, CancellationToken cancellationToken)
    {
        // Brings the core's workspace up to the documents as they are now, every file parsed (references span the workspace).
        var workspace = await analysis.GetCurrentWithWorkspaceParsedAsync(cancellationToken).ConfigureAwait(false);
        var path = DocumentUri.ToPath(uri);
        // A file that is not open may be parsed but not yet analysed by the background work: its
        // parse is all navigation needs (it was missed, and its references came back empty, now and then).
        var text = workspace.Find(path)?.Analysis.Text ?? analysis.Resolver.GetTree(path)?.Text;
        if (text is null)
        {
            return null;
        }
        return new NavigationRequest(analysis.Resolver, path, LspConvert.ToOffset(text, position));
    }
}
