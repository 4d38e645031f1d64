using CodingDsl.Language.Services;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Navigation;

/// <summary>textDocument/references over the core's <see cref="NavigationService"/>.</summary>
public sealed class ReferencesHandler : LspHandler<ReferenceParams, IReadOnlyList<Location>>
{
    private readonly ServerServices services;

    public ReferencesHandler(ServerServices services)
        : base(LspMethods.References)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.ReferencesProvider = true;

    protected override async Task<IReadOnlyList<Location>> HandleRequestAsync(ReferenceParams parameters, CancellationToken cancellationToken)
    {
        if (await NavigationRequest.CreateAsync(services.Analysis, parameters.TextDocument.Uri, parameters.Position, cancellationToken).ConfigureAwait(false) is not { } request)
        {
            return Array.Empty<Location>();
        }
        return NavigationService.GetReferences(request.Resolver, request.Path, request.Offset, parameters.Context?.IncludeDeclaration ?? true)
            .Select(l => LocationConvert.ToLocation(services.Documents, request.Resolver, l))
            .OfType<Location>()
            .ToArray();
    }
}
