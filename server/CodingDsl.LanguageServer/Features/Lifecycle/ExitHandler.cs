using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Lifecycle;

public sealed class ExitHandler : ILspHandler
{
    private readonly ServerLifecycle lifecycle;

    public ExitHandler(ServerLifecycle lifecycle)
    {
        this.lifecycle = lifecycle;
    }

    public string Method => LspMethods.Exit;

    public bool IsNotification => true;

    public bool AllowedBeforeInitialize => true;

    public Task<object?> HandleAsync(JToken? parameters, CancellationToken cancellationToken)
    {
        lifecycle.Exit();
        return Task.FromResult<object?>(null);
    }
}
