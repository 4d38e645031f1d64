namespace CodingDsl.Language.Workspace;

/// <summary>
/// Analyses a set of documents together, so that cross-file checks (duplicate guidance ids, `use`d
/// libraries) see all of them. Results come back in input order. Never throws on document text.
/// </summary>
public static class WorkspaceAnalyzer
{
    // Placeholder until the parser and binder land: every document is clean.
    public static IReadOnlyList<DocumentAnalysis> Analyze(IReadOnlyList<DocumentInput> documents) =>
        documents.Select(d => new DocumentAnalysis(d.Path, new Text.SourceText(d.Text), Array.Empty<Diagnostics.Diagnostic>())).ToArray();
}
