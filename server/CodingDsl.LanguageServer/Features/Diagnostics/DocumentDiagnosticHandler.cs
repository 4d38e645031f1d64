using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Documents;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Diagnostics;

/// <summary>
/// Pull diagnostics (textDocument/diagnostic), for clients that ask for them instead of receiving pushes.
/// The files that are not open come by workspace/diagnostic (<see cref="WorkspaceDiagnosticHandler"/>).
/// </summary>
public sealed class DocumentDiagnosticHandler : LspHandler<DocumentDiagnosticParams, DocumentDiagnosticReport>
{
    private readonly ServerServices services;

    public DocumentDiagnosticHandler(ServerServices services)
        : base(LspMethods.DocumentDiagnostic)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.DiagnosticProvider = new DiagnosticOptions(LspConvert.Source, InterFileDependencies: true, WorkspaceDiagnostics: true);

    protected override async Task<DocumentDiagnosticReport> HandleRequestAsync(DocumentDiagnosticParams parameters, CancellationToken cancellationToken)
    {
        await services.Settings.ReadyAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        var analysis = await services.Analysis.GetCurrentAsync(cancellationToken).ConfigureAwait(false);
        var document = analysis.Find(DocumentUri.ToPath(parameters.TextDocument.Uri));
        var items = document is null
            ? Array.Empty<Diagnostic>()
            : services.Publisher.Limit.ToDiagnostics(document.Analysis.Path, document.Analysis.Text, document.Analysis.Diagnostics);
        return new DocumentDiagnosticReport(DocumentDiagnosticReportKind.Full, analysis.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture), items);
    }
}
