namespace CodingDsl.Language.Workspace;

/// <summary>
/// Analyses a set of documents together, so that cross-file checks (duplicate guidance ids, `use`d
/// libraries) see all of them. Results come back in input order. Never throws on document text.
/// </summary>
public static class WorkspaceAnalyzer
{
    public static IReadOnlyList<DocumentAnalysis> Analyze(IReadOnlyList<DocumentInput> documents, CodingWorkspace? workspace = null)
    {
        workspace ??= new CodingWorkspace { KeepsSectionResults = false };
        Parallel.ForEach(documents, d => workspace.SetDocument(d.Path, d.Text));
        var results = new DocumentAnalysis[documents.Count];
        Parallel.For(0, documents.Count, i => results[i] = workspace.Analyze(documents[i].Path) with { });
        for (var i = 0; i < results.Length; i++)
        {
            // Report paths as the caller gave them, not as normalised for lookups.
            results[i] = results[i] with { Path = documents[i].Path };
        }
        return results;
    }
}
