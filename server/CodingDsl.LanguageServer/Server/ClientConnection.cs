using StreamJsonRpc;

namespace CodingDsl.LanguageServer.Server;

/// <summary>Messages from the server to the client. Sending never throws into a handler: a lost connection drops them.</summary>
public sealed class ClientConnection
{
    private readonly JsonRpc rpc;

    public ClientConnection(JsonRpc rpc)
    {
        this.rpc = rpc;
    }

    /// <summary>Set by `initialize`.</summary>
    public ClientCapabilities Capabilities { get; set; } = ClientCapabilities.None;

    public Task NotifyAsync(string method, object parameters)
    {
        try
        {
            return Observe(rpc.NotifyWithParameterObjectAsync(method, parameters));
        }
        catch (Exception ex) when (ex is ObjectDisposedException or ConnectionLostException or InvalidOperationException)
        {
            return Task.CompletedTask;
        }
    }

    public Task<T> RequestAsync<T>(string method, object parameters, CancellationToken cancellationToken) =>
        rpc.InvokeWithParameterObjectAsync<T>(method, parameters, cancellationToken);

    private static async Task Observe(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ObjectDisposedException or ConnectionLostException or InvalidOperationException or OperationCanceledException)
        {
        }
    }
}
