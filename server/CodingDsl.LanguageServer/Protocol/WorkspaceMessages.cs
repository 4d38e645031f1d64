using Newtonsoft.Json.Linq;

namespace CodingDsl.LanguageServer.Protocol;

public enum FileChangeType
{
    Created = 1,
    Changed = 2,
    Deleted = 3,
}

public sealed record FileEvent(string Uri, FileChangeType Type);

public sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);

public sealed record FileSystemWatcher(string GlobPattern);

public sealed record DidChangeWatchedFilesRegistrationOptions(IReadOnlyList<FileSystemWatcher> Watchers);

public sealed record Registration(string Id, string Method, JToken? RegisterOptions);

public sealed record RegistrationParams(IReadOnlyList<Registration> Registrations);
