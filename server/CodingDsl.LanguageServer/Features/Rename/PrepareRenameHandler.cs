using StreamJsonRpc;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Features.Navigation;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Rename;

/// <summary>Says whether the cursor is on something renamable: a set or rule declared in the workspace.</summary>
public sealed class PrepareRenameHandler : LspHandler<TextDocumentPositionParams>
{
    private readonly ServerServices services;

    public PrepareRenameHandler(ServerServices services)
        : base(LspMethods.PrepareRename)
    {
        this.services = services;
    }

    protected override async Task<object?> HandleAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        var target = await NavigationTarget.FindAsync(services.Analysis, parameters.TextDocument.Uri, parameters.Position, cancellationToken).ConfigureAwait(false);
        if (target?.Name is not { } name)
        {
            return null;
        }
        if (target.Declaration is null)
        {
            throw new LocalRpcException($"'{name.Name}' is declared in the standard library, which cannot be renamed.") { ErrorCode = LspErrorCodes.InvalidRequest };
        }
        return new PrepareRenameResult(LspConvert.ToRange(target.Document.Analysis.Text, name.Span), name.Name);
    }
}
