using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Protocol;

namespace CodingDsl.LanguageServer.Server;

/// <summary>One LSP method. Handlers live under Features/, one feature per folder.</summary>
public interface ILspHandler
{
    string Method { get; }

    /// <summary>Notifications get no response; their failures are only logged.</summary>
    bool IsNotification { get; }

    /// <summary>True for the few methods allowed before `initialize` (initialize itself, exit, $/setTrace).</summary>
    bool AllowedBeforeInitialize => false;

    /// <summary>Adds this handler's entry to the advertised capabilities, so only what is implemented is advertised.</summary>
    void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client)
    {
    }

    Task<object?> HandleAsync(JToken? parameters, CancellationToken cancellationToken);
}
