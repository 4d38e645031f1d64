using CodingDsl.LanguageServer.Protocol;

namespace CodingDsl.LanguageServer.Server;

/// <summary>
/// Logs to the client: window/logMessage for what a person should see in the output channel, and
/// $/logTrace for per-request tracing when the client asked for it with $/setTrace.
/// </summary>
public sealed class ServerLog
{
    private readonly ClientConnection client;
    private volatile string trace = TraceValues.Off;

    public ServerLog(ClientConnection client)
    {
        this.client = client;
    }

    public string Trace
    {
        get => trace;
        set => trace = value is TraceValues.Messages or TraceValues.Verbose ? value : TraceValues.Off;
    }

    public void Error(string message) => Send(MessageType.Error, message);

    public void Warning(string message) => Send(MessageType.Warning, message);

    public void Info(string message) => Send(MessageType.Info, message);

    public void Log(string message) => Send(MessageType.Log, message);

    public void TraceMessage(string message, string? verbose = null)
    {
        var level = trace;
        if (level != TraceValues.Off)
        {
            _ = client.NotifyAsync(LspMethods.LogTrace, new LogTraceParams(message, level == TraceValues.Verbose ? verbose : null));
        }
    }

    private void Send(MessageType type, string message) => _ = client.NotifyAsync(LspMethods.LogMessage, new LogMessageParams(type, message));
}
