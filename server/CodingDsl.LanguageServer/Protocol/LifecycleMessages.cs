using Newtonsoft.Json.Linq;

namespace CodingDsl.LanguageServer.Protocol;

public sealed record WorkspaceFolder(string Uri, string Name);

public sealed class InitializeParams
{
    public int? ProcessId { get; init; }

    public string? RootUri { get; init; }

    public string? RootPath { get; init; }

    public IReadOnlyList<WorkspaceFolder>? WorkspaceFolders { get; init; }

    /// <summary>Kept as JSON: the server reads only the few flags it needs (see <see cref="ClientCapabilityReader"/>).</summary>
    public JObject? Capabilities { get; init; }

    public string? Trace { get; init; }

    public JToken? InitializationOptions { get; init; }
}

public sealed record ServerInfo(string Name, string Version);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record SetTraceParams(string Value);

public sealed record LogTraceParams(string Message, string? Verbose = null);

public static class TraceValues
{
    public const string Off = "off";
    public const string Messages = "messages";
    public const string Verbose = "verbose";
}
