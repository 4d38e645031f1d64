using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Navigation;

/// <summary>Where a set or rule is used (suppression comments included), or which files `use` the same library.</summary>
public sealed class ReferencesHandler : LspHandler<ReferenceParams>
{
    private readonly ServerServices services;

    public ReferencesHandler(ServerServices services)
        : base(LspMethods.References)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.ReferencesProvider = true;

    protected override async Task<object?> HandleAsync(ReferenceParams parameters, CancellationToken cancellationToken)
    {
        var target = await NavigationTarget.FindAsync(services.Analysis, parameters.TextDocument.Uri, parameters.Position, cancellationToken).ConfigureAwait(false);
        if (target is null)
        {
            return Array.Empty<Location>();
        }
        return target.Use is not null
            ? target.UseLocations().ToArray()
            : target.NameLocations(parameters.Context?.IncludeDeclaration ?? true).ToArray();
    }
}
