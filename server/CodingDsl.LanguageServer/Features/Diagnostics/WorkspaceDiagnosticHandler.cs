using System.Globalization;
using System.Runtime.CompilerServices;
using CodingDsl.Language.Workspace;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Diagnostics;

/// <summary>
/// workspace/diagnostic: the diagnostics of the files that are not open, so a pulling client (VS Code)
/// lists them in Problems as a pushed-to client (Neovim) already sees them. Open documents are left
/// out: their diagnostics come by textDocument/diagnostic, so none is sent twice. VS Code asks again
/// two seconds after each answer, sending the result ids it holds; a document whose analysis the client
/// already holds is left out of the answer (a result id per analysis, not per run, so an edit elsewhere
/// does not resend the whole workspace). Every other file that is not open is sent in full, clean ones
/// too, so whatever the client showed for it is replaced. A file the client was told about that is
/// gone gets an empty report so it is cleared.
/// </summary>
public sealed class WorkspaceDiagnosticHandler : LspHandler<WorkspaceDiagnosticParams, WorkspaceDiagnosticReport>
{
    private const string GoneResultId = "gone";
    private static long nextResultId;

    // One result id per analysis object: re-analysing a file makes a new object, and so a new id.
    private readonly ConditionalWeakTable<DocumentAnalysis, string> resultIds = new();
    private readonly ServerServices services;

    public WorkspaceDiagnosticHandler(ServerServices services)
        : base(LspMethods.WorkspaceDiagnostic)
    {
        this.services = services;
    }

    protected override async Task<WorkspaceDiagnosticReport> HandleRequestAsync(WorkspaceDiagnosticParams parameters, CancellationToken cancellationToken)
    {
        await services.Settings.ReadyAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        await services.Analysis.GetCurrentAsync(cancellationToken).ConfigureAwait(false);
        var held = (parameters.PreviousResultIds ?? [])
            .GroupBy(p => p.Uri, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);

        var items = new List<WorkspaceDocumentDiagnosticReport>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in services.Analysis.AnalyzedSoFar.Values.OrderBy(d => d.Source.Uri, StringComparer.Ordinal))
        {
            var uri = document.Source.Uri;
            if (services.Documents.Get(uri) is not null)
            {
                continue;
            }
            reported.Add(uri);
            var resultId = resultIds.GetValue(document.Analysis, _ => "w" + Interlocked.Increment(ref nextResultId).ToString(CultureInfo.InvariantCulture));
            if (held.TryGetValue(uri, out var previous) && previous == resultId)
            {
                continue; // the client keeps what it has for a document left out
            }
            var diagnostics = services.Publisher.Limit.ToDiagnostics(document.Analysis.Path, document.Analysis.Text, document.Analysis.Diagnostics);
            items.Add(new WorkspaceDocumentDiagnosticReport(uri, null, DocumentDiagnosticReportKind.Full, resultId, diagnostics));
        }
        foreach (var gone in held.Where(h => h.Value != GoneResultId && !reported.Contains(h.Key) && services.Documents.Get(h.Key) is null).Select(h => h.Key))
        {
            items.Add(new WorkspaceDocumentDiagnosticReport(gone, null, DocumentDiagnosticReportKind.Full, GoneResultId, Array.Empty<Diagnostic>()));
        }
        return new WorkspaceDiagnosticReport(items);
    }
}
