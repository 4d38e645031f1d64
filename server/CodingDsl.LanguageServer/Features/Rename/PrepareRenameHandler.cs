using StreamJsonRpc;
using CodingDsl.Language.Services;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Features.Navigation;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Rename;

/// <summary>textDocument/prepareRename: the name under the cursor, or the core's reason it cannot be renamed.</summary>
public sealed class PrepareRenameHandler : LspHandler<TextDocumentPositionParams, PrepareRenameResult?>
{
    private readonly ServerServices services;

    public PrepareRenameHandler(ServerServices services)
        : base(LspMethods.PrepareRename)
    {
        this.services = services;
    }

    protected override async Task<PrepareRenameResult?> HandleRequestAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        if (await NavigationRequest.CreateAsync(services.Analysis, parameters.TextDocument.Uri, parameters.Position, cancellationToken).ConfigureAwait(false) is not { } request
            || NavigationService.PrepareRename(request.Resolver, request.Path, request.Offset) is not { } target
            || request.Resolver.GetTree(request.Path)?.Text is not { } text)
        {
            return null;
        }
        if (target.Error is not null)
        {
            throw new LocalRpcException(target.Error) { ErrorCode = LspErrorCodes.InvalidRequest };
        }
        return new PrepareRenameResult(LspConvert.ToRange(text, target.Span), target.Name);
    }
}
