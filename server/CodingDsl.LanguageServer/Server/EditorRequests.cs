using CodingDsl.LanguageServer.Protocol;

namespace CodingDsl.LanguageServer.Server;

/// <summary>
/// The requests the editor sends while the user types and waits for the answer (completion, hover,
/// highlights, semantic tokens): the background analysis of the workspace pauses while one is pending
/// or running (<see cref="Analysis.BackgroundPacer"/>). Requests over the whole workspace (symbols,
/// references, rename, workspace diagnostics) are not among them: some wait for that analysis.
/// </summary>
internal static class EditorRequests
{
    private static readonly HashSet<string> Methods = new(StringComparer.Ordinal)
    {
        LspMethods.Completion,
        LspMethods.CompletionResolve,
        LspMethods.Hover,
        LspMethods.DocumentHighlight,
        LspMethods.SemanticTokensFull,
        LspMethods.SemanticTokensRange,
    };

    public static bool PausesBackground(string method) => Methods.Contains(method);
}
