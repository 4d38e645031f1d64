using CodingDsl.LanguageServer.Documents;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Workspace;

/// <summary>Rule files and codingdsl.json changed on disk (registered dynamically in `initialized`).</summary>
public sealed class DidChangeWatchedFilesHandler : LspHandler<DidChangeWatchedFilesParams>
{
    private readonly ServerServices services;

    public DidChangeWatchedFilesHandler(ServerServices services)
        : base(LspMethods.DidChangeWatchedFiles, isNotification: true)
    {
        this.services = services;
    }

    protected override Task<object?> HandleAsync(DidChangeWatchedFilesParams parameters, CancellationToken cancellationToken)
    {
        var events = (parameters.Changes ?? Array.Empty<FileEvent>())
            .Select(e => (Path: DocumentUri.ToPath(e.Uri), Deleted: e.Type == FileChangeType.Deleted))
            .Where(e => Path.IsPathRooted(e.Path))
            .ToArray();
        _ = services.Workspace.OnFilesChangedAsync(events);
        return Task.FromResult<object?>(null);
    }
}
