using StreamJsonRpc;
using CodingDsl.Language.Classifications;
using CodingDsl.LanguageServer.Documents;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Lifecycle;

public sealed class InitializeHandler : LspHandler<InitializeParams>
{
    private readonly ServerServices services;

    public InitializeHandler(ServerServices services)
        : base(LspMethods.Initialize)
    {
        this.services = services;
    }

    public override bool AllowedBeforeInitialize => true;

    protected override Task<object?> HandleAsync(InitializeParams parameters, CancellationToken cancellationToken)
    {
        if (!services.Lifecycle.TryInitialize())
        {
            throw new LocalRpcException("initialize was already received") { ErrorCode = LspErrorCodes.InvalidRequest };
        }
        var client = new ClientCapabilities(parameters.Capabilities);
        services.Client.Capabilities = client;
        services.Log.Trace = parameters.Trace ?? TraceValues.Off;
        // The bundled tables load (and their title indexes build) on another core while the client sends
        // `initialized` and `didOpen`, so the first analysis and the first title completion find them ready.
        ClassificationLoader.PrepareTitleIndexes = true;
        _ = Task.Run(BundledTables.Preload, CancellationToken.None);
        var roots = WorkspaceRoots(parameters).ToArray();
        services.Workspace.SetRoots(roots);
        services.Analysis.DisplayRoots = roots;

        var result = new InitializeResult(services.Registry.BuildCapabilities(client), new ServerInfo("codingdsl", ServerVersion));
        return Task.FromResult<object?>(result);
    }

    private static string ServerVersion =>
        typeof(InitializeHandler).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private static IEnumerable<string> WorkspaceRoots(InitializeParams parameters)
    {
        if (parameters.WorkspaceFolders is { Count: > 0 } folders)
        {
            return folders.Select(f => DocumentUri.ToPath(f.Uri)).Where(Path.IsPathRooted);
        }
        if (parameters.RootUri is { } rootUri)
        {
            return new[] { DocumentUri.ToPath(rootUri) }.Where(Path.IsPathRooted);
        }
        return parameters.RootPath is { } rootPath ? new[] { rootPath } : Array.Empty<string>();
    }
}
