using CodingDsl.Language.Configuration;
using CodingDsl.Language.Services;
using CodingDsl.Language.Workspace;
using NSubstitute;

namespace CodingDsl.Language.Tests.Services;

/// <summary>
/// A workspace under /ws with a stand-in file system (no codingdsl.json, so the bundled tables) and a
/// resolver over it; files "on disk" but not open are added with <see cref="AddDiskFile"/>.
/// </summary>
internal sealed class ServiceTestHost
{
    public const string Cursor = "|";

    public ServiceTestHost()
    {
        FileSystem = Substitute.For<IFileSystem>();
        Workspace = new CodingWorkspace(new ConfigurationService(FileSystem), FileSystem);
        Resolver = new DocumentResolver(Workspace, FileSystem, folder => ListedFiles.Where(f => f.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal)));
    }

    public IFileSystem FileSystem { get; }

    public CodingWorkspace Workspace { get; }

    public DocumentResolver Resolver { get; }

    public List<string> ListedFiles { get; } = [];

    public static string PathOf(string name) => Path.GetFullPath(Path.Combine("/ws", name));

    public DocumentAnalysis Open(string name, string text)
    {
        Workspace.SetDocument(PathOf(name), text);
        return Workspace.Analyze(PathOf(name));
    }

    /// <summary>Opens a text marked with '|' at the cursor; returns the analysis and the cursor offset.</summary>
    public (DocumentAnalysis Analysis, int Offset) OpenAtCursor(string name, string marked)
    {
        var offset = marked.IndexOf(Cursor, StringComparison.Ordinal);
        if (offset < 0)
        {
            throw new ArgumentException("No cursor '|' in the text.");
        }
        return (Open(name, marked.Remove(offset, 1)), offset);
    }

    public void AddDiskFile(string name, string text)
    {
        var path = PathOf(name);
        FileSystem.FileExists(path).Returns(true);
        FileSystem.ReadAllText(path).Returns(text);
        FileSystem.GetLastWriteTimeUtc(path).Returns(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        ListedFiles.Add(path);
    }

    public static string Sample(string name) => File.ReadAllText(Path.Combine(RepoPaths.Samples, name));

    /// <summary>The offset of the n-th (0-based) occurrence of <paramref name="what"/>, plus <paramref name="delta"/>.</summary>
    public static int OffsetOf(string text, string what, int delta = 0, int occurrence = 0)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(what, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new ArgumentException($"'{what}' not found {occurrence + 1} times.");
            }
        }
        return at + delta;
    }
}
