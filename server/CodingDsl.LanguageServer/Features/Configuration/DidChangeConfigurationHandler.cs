using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Configuration;

/// <summary>
/// workspace/didChangeConfiguration: the client's settings changed (see <see cref="Workspace.ClientSettings"/>).
/// Takes the params as raw JSON: `settings` may be anything, and no value of it may stop the server.
/// Nothing to advertise: the client sends it unasked, or after the dynamic registration in `initialized`.
/// </summary>
public sealed class DidChangeConfigurationHandler : ILspHandler
{
    private readonly ServerServices services;

    public DidChangeConfigurationHandler(ServerServices services)
    {
        this.services = services;
    }

    public string Method => LspMethods.DidChangeConfiguration;

    public bool IsNotification => true;

    public Task<object?> HandleAsync(JToken? parameters, CancellationToken cancellationToken)
    {
        _ = services.Settings.OnDidChangeAsync(parameters is JObject p ? p["settings"] : null);
        return Task.FromResult<object?>(null);
    }
}
