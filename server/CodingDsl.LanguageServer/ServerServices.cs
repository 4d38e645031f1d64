using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Documents;
using CodingDsl.LanguageServer.Server;
using CodingDsl.LanguageServer.Workspace;

namespace CodingDsl.LanguageServer;

/// <summary>
/// The server's state and services, shared by the feature handlers: the documents (<see cref="DocumentStore"/>),
/// their analysis (<see cref="AnalysisService"/>: the current result and one cancellable run) and the
/// connection to the client.
/// </summary>
public sealed class ServerServices
{
    public ServerServices(ClientConnection client, ServerLifecycle lifecycle, HandlerRegistry registry)
    {
        Client = client;
        Lifecycle = lifecycle;
        Registry = registry;
        Log = new ServerLog(client);
        Documents = new DocumentStore();
        Analysis = new AnalysisService(Documents);
        Publisher = new DiagnosticsPublisher(Documents, Analysis, client, Log);
        Workspace = new WorkspaceFiles(Documents, Publisher, Log);
        Settings = new ClientSettings(client, Analysis, Publisher, Workspace, Log);
        Publisher.WaitBeforeAnalysis(Settings.ReadyAsync);
    }

    public ClientConnection Client { get; }

    public ServerLifecycle Lifecycle { get; }

    public HandlerRegistry Registry { get; }

    public ServerLog Log { get; }

    public DocumentStore Documents { get; }

    public AnalysisService Analysis { get; }

    public DiagnosticsPublisher Publisher { get; }

    public WorkspaceFiles Workspace { get; }

    /// <summary>The client's `codingdsl` settings.</summary>
    public ClientSettings Settings { get; }
}
