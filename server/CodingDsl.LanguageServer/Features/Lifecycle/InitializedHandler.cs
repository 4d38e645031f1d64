using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;
using CodingDsl.LanguageServer.Transport;
using CodingDsl.LanguageServer.Workspace;
using FileSystemWatcher = CodingDsl.LanguageServer.Protocol.FileSystemWatcher;

namespace CodingDsl.LanguageServer.Features.Lifecycle;

/// <summary>
/// `initialized`: starts loading the workspace, asks the client to watch its rule and config files,
/// and asks for the client's codingdsl settings.
/// </summary>
public sealed class InitializedHandler : ILspHandler
{
    private readonly ServerServices services;

    public InitializedHandler(ServerServices services)
    {
        this.services = services;
    }

    public string Method => LspMethods.Initialized;

    public bool IsNotification => true;

    public Task<object?> HandleAsync(JToken? parameters, CancellationToken cancellationToken)
    {
        services.Workspace.StartLoading();
        // Both send requests to the client, and the first request JIT-compiles much of the JSON layer:
        // run on the message loop they took about 100 ms (bench/lsp's trace) that `didOpen`, next in
        // line, waited behind. On the pool they overlap it. Diagnostics still wait for the settings
        // (ClientSettings.ReadyAsync), so the order of the two requests does not matter.
        _ = Task.Run(services.Settings.StartAsync, CancellationToken.None);
        if (services.Client.Capabilities.WatchedFilesDynamicRegistration)
        {
            _ = Task.Run(RegisterWatchersAsync, CancellationToken.None);
        }
        return Task.FromResult<object?>(null);
    }

    private async Task RegisterWatchersAsync()
    {
        var options = new DidChangeWatchedFilesRegistrationOptions(new[]
        {
            new FileSystemWatcher("**/" + WorkspaceFiles.RuleFilePattern),
            new FileSystemWatcher("**/" + WorkspaceFiles.ConfigFileName),
        });
        var registration = new Registration("codingdsl-watched-files", LspMethods.DidChangeWatchedFiles, JToken.FromObject(options, LspJson.Serializer));
        try
        {
            await services.Client.RequestAsync<JToken?>(LspMethods.RegisterCapability, new RegistrationParams(new[] { registration }), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            services.Log.Warning($"The client did not accept file watching ({ex.Message}); changes to files that are not open will not be seen.");
        }
    }
}
