namespace CodingDsl.LanguageServer.Protocol;

// The server's own requests beside standard LSP (client/src/protocol.ts has the client's side).

public sealed record ExportParams(string Uri, string Format);

public sealed record ExportResult(string Content);

public sealed record CheckWorkspaceParams;

public sealed record FileDiagnostics(string Uri, IReadOnlyList<Diagnostic> Diagnostics);

public sealed record CheckWorkspaceResult(int Files, int Errors, int Warnings, int Infos, IReadOnlyList<FileDiagnostics> Diagnostics);

public static class CodingDslMethods
{
    public const string Export = "codingdsl/export";
    public const string CheckWorkspace = "codingdsl/checkWorkspace";
}
