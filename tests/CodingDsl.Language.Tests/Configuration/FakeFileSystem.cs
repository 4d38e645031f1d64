using CodingDsl.Language.Configuration;
using NSubstitute;

namespace CodingDsl.Language.Tests.Configuration;

/// <summary>An NSubstitute <see cref="IFileSystem"/> over an in-memory set of files, so tests can count reads.</summary>
internal sealed class FakeFileSystem
{
    private readonly Dictionary<string, (Func<string> Text, DateTime Stamp)> _files = new(StringComparer.Ordinal);

    public FakeFileSystem()
    {
        Substitute = NSubstitute.Substitute.For<IFileSystem>();
        Substitute.FileExists(Arg.Any<string>()).Returns(c => _files.ContainsKey(c.Arg<string>()));
        Substitute.GetLastWriteTimeUtc(Arg.Any<string>()).Returns(c =>
            _files.TryGetValue(c.Arg<string>(), out var f) ? f.Stamp : throw new FileNotFoundException(c.Arg<string>()));
        Substitute.ReadAllText(Arg.Any<string>()).Returns(c =>
            _files.TryGetValue(c.Arg<string>(), out var f) ? f.Text() : throw new FileNotFoundException("Could not find file.", c.Arg<string>()));
        Substitute.OpenText(Arg.Any<string>()).Returns(c =>
            _files.TryGetValue(c.Arg<string>(), out var f) ? new StringReader(f.Text()) : throw new FileNotFoundException(c.Arg<string>()));
    }

    public IFileSystem Substitute { get; }

    public FakeFileSystem Add(string path, string text, DateTime? stamp = null)
    {
        _files[path] = (() => text, stamp ?? new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        return this;
    }

    /// <summary>A file whose text is a real file from the shared data, read when the code under test reads it.</summary>
    public FakeFileSystem AddReal(string path, string realPath, DateTime? stamp = null)
    {
        _files[path] = (() => File.ReadAllText(realPath), stamp ?? new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        return this;
    }

    public void Touch(string path, DateTime stamp) => _files[path] = (_files[path].Text, stamp);
}
