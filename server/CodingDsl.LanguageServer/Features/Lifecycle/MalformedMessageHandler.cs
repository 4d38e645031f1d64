using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Lifecycle;

/// <summary>Logs a message body the transport could not read (see <see cref="Transport.ResilientMessageFormatter"/>).</summary>
public sealed class MalformedMessageHandler : ILspHandler
{
    private readonly ServerLog log;

    public MalformedMessageHandler(ServerLog log)
    {
        this.log = log;
    }

    public string Method => LspMethods.MalformedMessage;

    public bool IsNotification => true;

    public bool AllowedBeforeInitialize => true;

    public Task<object?> HandleAsync(JToken? parameters, CancellationToken cancellationToken)
    {
        log.Error($"Ignored a message that is not valid JSON-RPC ({parameters?["reason"]}): {parameters?["body"]}");
        return Task.FromResult<object?>(null);
    }
}
