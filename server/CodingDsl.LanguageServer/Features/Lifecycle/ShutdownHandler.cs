using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Lifecycle;

public sealed class ShutdownHandler : ILspHandler
{
    private readonly ServerLifecycle lifecycle;

    public ShutdownHandler(ServerLifecycle lifecycle)
    {
        this.lifecycle = lifecycle;
    }

    public string Method => LspMethods.Shutdown;

    public bool IsNotification => false;

    public Task<object?> HandleAsync(JToken? parameters, CancellationToken cancellationToken)
    {
        lifecycle.ShutDown();
        return Task.FromResult<object?>(null);
    }
}
