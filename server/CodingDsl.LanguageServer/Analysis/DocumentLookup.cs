using CodingDsl.LanguageServer.Documents;

namespace CodingDsl.LanguageServer.Analysis;

public static class DocumentLookup
{
    /// <summary>The current analysis of one document; null when the server does not know it.</summary>
    public static async Task<AnalyzedDocument?> GetAnalyzedAsync(this AnalysisService analysis, string uri, CancellationToken cancellationToken)
    {
        var workspace = await analysis.GetCurrentAsync(cancellationToken).ConfigureAwait(false);
        return workspace.Find(DocumentUri.ToPath(uri));
    }
}
