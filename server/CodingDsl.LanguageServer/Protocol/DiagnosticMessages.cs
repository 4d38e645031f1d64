using Newtonsoft.Json.Linq;

namespace CodingDsl.LanguageServer.Protocol;

public enum DiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}

public sealed record CodeDescription(string Href);

public sealed record Diagnostic(
    Range Range,
    DiagnosticSeverity Severity,
    string Code,
    CodeDescription? CodeDescription,
    string Source,
    string Message,
    JToken? Data = null);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<Diagnostic> Diagnostics);

public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? Identifier = null, string? PreviousResultId = null);

public static class DocumentDiagnosticReportKind
{
    public const string Full = "full";
    public const string Unchanged = "unchanged";
}

/// <summary>workspace/diagnostic: the result id the client holds for each document it was told about.</summary>
public sealed record WorkspaceDiagnosticParams(IReadOnlyList<PreviousResultId>? PreviousResultIds = null, string? Identifier = null);

public sealed record PreviousResultId(string Uri, string Value);

/// <summary>One document of a workspace report: full (with Items) or unchanged; Version is null for a file that is not open.</summary>
public sealed record WorkspaceDocumentDiagnosticReport(string Uri, int? Version, string Kind, string ResultId, IReadOnlyList<Diagnostic>? Items);

public sealed record WorkspaceDiagnosticReport(IReadOnlyList<WorkspaceDocumentDiagnosticReport> Items);

/// <summary>A full or unchanged document diagnostic report (Items is null when unchanged).</summary>
public sealed record DocumentDiagnosticReport(string Kind, string? ResultId, IReadOnlyList<Diagnostic>? Items);
