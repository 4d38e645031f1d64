using CodingDsl.LanguageServer.Documents;

namespace CodingDsl.LanguageServer.Analysis;

public static class DocumentLookup
{
    /// <summary>
    /// The current analysis of one document; null when the server does not know it. An open document
    /// unchanged since the last run answers from that run (see <see cref="AnalysisService.TryGetUnchanged"/>).
    /// </summary>
    public static async Task<AnalyzedDocument?> GetAnalyzedAsync(this AnalysisService analysis, string uri, CancellationToken cancellationToken)
    {
        if (analysis.TryGetUnchanged(uri) is { } unchanged)
        {
            return unchanged;
        }
        // An open document waits for its own job only, not for the other documents'.
        var path = DocumentUri.ToPath(uri);
        if (await analysis.GetCurrentDocumentAsync(path, cancellationToken).ConfigureAwait(false) is { } own)
        {
            return own;
        }
        var workspace = await analysis.GetCurrentAsync(cancellationToken).ConfigureAwait(false);
        return workspace.Find(path);
    }

    /// <summary>
    /// An open document's current text and parse, without waiting for the analysis of that text: for
    /// the services that need only syntax (completion, formatting, folding, semantic tokens), so they
    /// answer while a keystroke is being analysed. Rules and configuration are the latest analysis's.
    /// A document that is not open: its analysis.
    /// </summary>
    public static Task<AnalyzedDocument?> GetSyntaxAsync(this AnalysisService analysis, string uri, CancellationToken cancellationToken) =>
        analysis.TryGetSyntax(uri) is { } syntax ? Task.FromResult<AnalyzedDocument?>(syntax) : analysis.GetAnalyzedAsync(uri, cancellationToken);
}
