using System.Collections.Concurrent;
using System.Text;
using Nerdbank.Streams;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;
using CodingDsl.LanguageServer.Server;
using CodingDsl.LanguageServer.Transport;

namespace CodingDsl.LanguageServer.Tests.Infrastructure;

/// <summary>
/// The real server and a real JSON-RPC client joined by an in-memory duplex stream (Bicep's pattern).
/// Records what the server sends to the client and answers the server's requests.
/// </summary>
public sealed class LspTestClient : IAsyncDisposable
{
    /// <summary>A safety net so a broken server fails a test instead of hanging it; never a performance assertion.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly Stream clientStream;
    private readonly JsonRpc rpc;
    private readonly ConcurrentQueue<(string Method, JToken Params)> received = new();
    private readonly SemaphoreSlim arrived = new(0);

    private LspTestClient(Stream clientStream, JsonRpc rpc, Task<int> server)
    {
        this.clientStream = clientStream;
        this.rpc = rpc;
        Server = server;
    }

    /// <summary>The server's run; completes with its exit code.</summary>
    public Task<int> Server { get; }

    /// <summary>Every notification and request the server sent, in order.</summary>
    public IReadOnlyList<(string Method, JToken Params)> Received => received.ToArray();

    /// <summary>Drops the messages received so far (tests that measure memory must not count them).</summary>
    public void ForgetReceived() => received.Clear();

    /// <summary>
    /// What the client answers workspace/configuration with for each item (its `codingdsl` section,
    /// as VS Code and Neovim do); null answers null. The server only asks when the client says it can
    /// (`workspace.configuration` capability).
    /// </summary>
    public JToken? Settings { get; set; }

    public static LspTestClient Start(params Func<ServerServices, ILspHandler>[] extraHandlers)
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        var server = Task.Run(() => LanguageServerHost.RunAsync(serverStream, serverStream, extraHandlers, CancellationToken.None));
        var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, new RawFrameFormatter()));
        var client = new LspTestClient(clientStream, rpc, server);
        foreach (var method in new[] { "textDocument/publishDiagnostics", "window/logMessage", "window/showMessage", "$/logTrace", "client/registerCapability", "workspace/diagnostic/refresh" })
        {
            rpc.AddLocalRpcMethod(
                typeof(Recorder).GetMethod(nameof(Recorder.Record))!,
                new Recorder(client, method),
                new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });
        }
        rpc.AddLocalRpcMethod(
            typeof(ConfigurationAnswerer).GetMethod(nameof(ConfigurationAnswerer.Answer))!,
            new ConfigurationAnswerer(client),
            new JsonRpcMethodAttribute("workspace/configuration") { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();
        return client;
    }

    /// <summary>Starts a server and initializes it with the given capabilities and workspace folders.</summary>
    public static async Task<LspTestClient> StartInitializedAsync(JObject? capabilities = null, string? workspaceFolder = null, params Func<ServerServices, ILspHandler>[] extraHandlers)
    {
        var client = Start(extraHandlers);
        await client.InitializeAsync(capabilities, workspaceFolder);
        return client;
    }

    public async Task<JToken> InitializeAsync(JObject? capabilities = null, string? workspaceFolder = null)
    {
        var folders = workspaceFolder is null ? null : new JArray(new JObject { ["uri"] = new Uri(workspaceFolder).AbsoluteUri, ["name"] = "ws" });
        var result = await RequestAsync("initialize", new JObject
        {
            ["processId"] = null,
            ["rootUri"] = null,
            ["capabilities"] = capabilities ?? new JObject(),
            ["workspaceFolders"] = folders,
        });
        await NotifyAsync("initialized", new JObject());
        return result;
    }

    public async Task<JToken> RequestAsync(string method, object? parameters = null, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        var result = await rpc.InvokeWithParameterObjectAsync<JToken?>(method, parameters, timeout.Token);
        return result ?? JValue.CreateNull();
    }

    /// <summary>The error a request fails with.</summary>
    public async Task<ErrorReply> RequestErrorAsync(string method, object? parameters = null)
    {
        var error = await Assert.ThrowsAnyAsync<RemoteRpcException>(() => RequestAsync(method, parameters));
        return new ErrorReply((int?)error.ErrorCode ?? 0, error.Message);
    }

    public sealed record ErrorReply(int Code, string Message);

    public Task NotifyAsync(string method, object? parameters = null) =>
        rpc.NotifyWithParameterObjectAsync(method, parameters);

    /// <summary>Writes a raw LSP frame with any body, bypassing the client's JSON-RPC layer.</summary>
    public Task SendRawAsync(byte[] body) => rpc.NotifyAsync(RawFrameFormatter.Method, body);

    public Task OpenAsync(string uri, string text, int version = 1) =>
        NotifyAsync("textDocument/didOpen", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = uri, ["languageId"] = "coding", ["version"] = version, ["text"] = text },
        });

    public Task ChangeAsync(string uri, int version, params JObject[] changes) =>
        NotifyAsync("textDocument/didChange", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JArray(changes),
        });

    public static JObject Replace(int startLine, int startCharacter, int endLine, int endCharacter, string text) => new()
    {
        ["range"] = Range(startLine, startCharacter, endLine, endCharacter),
        ["text"] = text,
    };

    public static JObject Range(int startLine, int startCharacter, int endLine, int endCharacter) => new()
    {
        ["start"] = new JObject { ["line"] = startLine, ["character"] = startCharacter },
        ["end"] = new JObject { ["line"] = endLine, ["character"] = endCharacter },
    };

    public static JObject Position(int line, int character) => new() { ["line"] = line, ["character"] = character };

    public static JObject Document(string uri) => new() { ["uri"] = uri };

    /// <summary>Waits for a message from the server that matches, looking at those already received first.</summary>
    public async Task<JToken> WaitForAsync(string method, Func<JToken, bool>? match = null)
    {
        var deadline = DateTime.UtcNow + Patience;
        var seen = 0;
        while (true)
        {
            var all = received.ToArray();
            for (; seen < all.Length; seen++)
            {
                if (all[seen].Method == method && (match is null || match(all[seen].Params)))
                {
                    return all[seen].Params;
                }
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || Server.IsCompleted)
            {
                throw new TimeoutException($"No {method} matching arrived; received: {string.Join(", ", all.Select(m => m.Method))}");
            }
            await arrived.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }

    /// <summary>The diagnostics published for a document version (the latest publication for it).</summary>
    public async Task<JArray> WaitForDiagnosticsAsync(string uri, int? version)
    {
        var published = await WaitForAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == uri && (int?)p["version"] == version);
        return (JArray)published["diagnostics"]!;
    }

    public async Task<int> ShutdownAndExitAsync()
    {
        await RequestAsync("shutdown");
        await NotifyAsync("exit");
        return await Server.WaitAsync(Patience);
    }

    public async ValueTask DisposeAsync()
    {
        rpc.Dispose();
        clientStream.Dispose();
        try
        {
            await Server.WaitAsync(Patience);
        }
        catch (Exception)
        {
            // The server's own failures are asserted by the tests that care.
        }
    }

    /// <summary>Records workspace/configuration and answers one value per item from <see cref="Settings"/>.</summary>
    private sealed class ConfigurationAnswerer
    {
        private readonly LspTestClient client;

        public ConfigurationAnswerer(LspTestClient client)
        {
            this.client = client;
        }

        public JArray Answer(JToken? parameters = null)
        {
            var items = parameters?["items"] as JArray ?? new JArray();
            var answer = new JArray(items.Select(_ => client.Settings?.DeepClone() ?? JValue.CreateNull()));
            client.received.Enqueue(("workspace/configuration", parameters ?? JValue.CreateNull()));
            client.arrived.Release();
            return answer;
        }
    }

    private sealed class Recorder
    {
        private readonly LspTestClient client;
        private readonly string method;

        public Recorder(LspTestClient client, string method)
        {
            this.client = client;
            this.method = method;
        }

        public object? Record(JToken? parameters = null)
        {
            client.received.Enqueue((method, parameters ?? JValue.CreateNull()));
            client.arrived.Release();
            return null;
        }
    }
}
