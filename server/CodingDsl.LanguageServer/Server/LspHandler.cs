using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Transport;

namespace CodingDsl.LanguageServer.Server;

/// <summary>A handler whose params bind to <typeparamref name="TParams"/>; unreadable params are an InvalidParams error.</summary>
public abstract class LspHandler<TParams> : ILspHandler
    where TParams : class
{
    protected LspHandler(string method, bool isNotification = false)
    {
        Method = method;
        IsNotification = isNotification;
    }

    public string Method { get; }

    public bool IsNotification { get; }

    public virtual bool AllowedBeforeInitialize => false;

    public virtual void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client)
    {
    }

    public Task<object?> HandleAsync(JToken? parameters, CancellationToken cancellationToken) =>
        HandleAsync(ReadParams(parameters), cancellationToken);

    protected abstract Task<object?> HandleAsync(TParams parameters, CancellationToken cancellationToken);

    private TParams ReadParams(JToken? parameters)
    {
        TParams? value;
        try
        {
            value = parameters is null || parameters.Type == JTokenType.Null ? null : parameters.ToObject<TParams>(LspJson.Serializer);
        }
        catch (JsonException ex)
        {
            throw new LocalRpcException($"{Method}: the params do not have the expected shape ({ex.Message})") { ErrorCode = LspErrorCodes.InvalidParams };
        }
        return value ?? throw new LocalRpcException($"{Method}: params are required") { ErrorCode = LspErrorCodes.InvalidParams };
    }
}

/// <summary>
/// A request handler: params bind to <typeparamref name="TParams"/> and the answer is a <typeparamref name="TResult"/>
/// (a nullable one where LSP allows a null result). Notifications, which have no result, use <see cref="LspHandler{TParams}"/>.
/// </summary>
public abstract class LspHandler<TParams, TResult> : LspHandler<TParams>
    where TParams : class
{
    protected LspHandler(string method)
        : base(method)
    {
    }

    protected sealed override async Task<object?> HandleAsync(TParams parameters, CancellationToken cancellationToken) =>
        await HandleRequestAsync(parameters, cancellationToken).ConfigureAwait(false);

    protected abstract Task<TResult> HandleRequestAsync(TParams parameters, CancellationToken cancellationToken);
}
