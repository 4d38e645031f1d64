using System.Reflection;
using StreamJsonRpc;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Protocol;

namespace CodingDsl.LanguageServer.Server;

/// <summary>Registers the handlers with JsonRpc and derives the advertised capabilities from them.</summary>
public sealed class HandlerRegistry
{
    private static readonly MethodInfo InvokeMethod = typeof(HandlerInvoker).GetMethod(nameof(HandlerInvoker.InvokeAsync))!;

    private readonly List<ILspHandler> handlers = new();

    public IReadOnlyList<ILspHandler> Handlers => handlers;

    public void Add(ILspHandler handler)
    {
        if (handlers.Any(h => h.Method == handler.Method))
        {
            throw new InvalidOperationException($"Two handlers for {handler.Method}.");
        }
        handlers.Add(handler);
    }

    public ServerCapabilities BuildCapabilities(ClientCapabilities client)
    {
        var capabilities = new ServerCapabilities();
        foreach (var handler in handlers)
        {
            handler.ContributeCapabilities(capabilities, client);
        }
        return capabilities;
    }

    internal void AttachTo(JsonRpc rpc, ServerLifecycle lifecycle, ServerLog log, BackgroundPacer? background = null)
    {
        foreach (var handler in handlers)
        {
            rpc.AddLocalRpcMethod(
                InvokeMethod,
                new HandlerInvoker(handler, lifecycle, log, background),
                new JsonRpcMethodAttribute(handler.Method) { UseSingleObjectParameterDeserialization = true });
        }
    }
}
