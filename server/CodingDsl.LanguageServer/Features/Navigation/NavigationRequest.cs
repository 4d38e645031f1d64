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
        var document = workspace.Find(DocumentUri.ToPath(uri));
        if (document is null)
        {
            return null;
        }
        var offset = LspConvert.ToOffset(document.Analysis.Text, position);
        return new NavigationRequest(analysis.Resolver, DocumentUri.ToPath(uri), offset);
    }
}
