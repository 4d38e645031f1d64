using StreamJsonRpc;
using CodingDsl.Export.Compiled;
using CodingDsl.Export;
using CodingDsl.Export.Fhir;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Export;

/// <summary>`codingdsl/export` {uri, format: one of <see cref="ExportFormats.InEditor"/>} → {content}: one open document compiled by the export library.</summary>
public sealed class ExportHandler : LspHandler<ExportParams, ExportResult>
{
    private readonly ServerServices services;

    public ExportHandler(ServerServices services)
        : base(CodingDslMethods.Export)
    {
        this.services = services;
    }

    protected override async Task<ExportResult> HandleRequestAsync(ExportParams parameters, CancellationToken cancellationToken)
    {
        var format = ExportFormats.Find(parameters.Format, ExportFormats.InEditor)
            ?? throw new LocalRpcException($"Unknown export format '{parameters.Format}': use {ExportFormats.Listed(ExportFormats.InEditor, f => $"\"{f.Name}\"")}.") { ErrorCode = LspErrorCodes.InvalidParams };
        var document = await services.Analysis.GetAnalyzedAsync(parameters.Uri ?? string.Empty, cancellationToken).ConfigureAwait(false)
            ?? throw new LocalRpcException($"{parameters.Uri} is not open in the server; open it first.") { ErrorCode = LspErrorCodes.InvalidParams };
        var compiled = CompiledExport.FromAnalyses([(document.Analysis, Path.GetFileName(document.Source.Path))]);
        var content = new StringWriter { NewLine = "\n" };
        format.Prepare(compiled, new ExportOptions(FhirExporter.DefaultBaseUrl))(content);
        return new ExportResult(content.ToString());
    }
}
