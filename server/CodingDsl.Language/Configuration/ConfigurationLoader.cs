using System.Collections.Concurrent;

namespace CodingDsl.Language.Configuration;

/// <summary>
/// Finds the codingdsl.json that governs a document (its folder or the nearest parent, as Bicep finds
/// bicepconfig.json) and reads it, once per (path, last write time). Thread-safe; never throws for a
/// missing or broken file.
/// </summary>
public sealed class ConfigurationLoader
{
    private readonly IFileSystem _fileSystem;
    // Lazy: documents opened together share one parse of their config.
    private readonly ConcurrentDictionary<(string Path, DateTime Stamp), Lazy<CodingDslConfiguration>> _cache = new();

    public ConfigurationLoader(IFileSystem? fileSystem = null)
    {
        _fileSystem = fileSystem ?? PhysicalFileSystem.Instance;
    }

    /// <summary>The codingdsl.json nearest to the document, or null when no folder above it has one.</summary>
    public string? FindConfigFile(string documentPath)
    {
        if (string.IsNullOrWhiteSpace(documentPath))
        {
            return null;
        }

        string? folder;
        try
        {
            folder = Path.GetDirectoryName(Path.GetFullPath(documentPath));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }

        for (; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var candidate = Path.Combine(folder, CodingDslConfiguration.FileName);
            try
            {
                if (_fileSystem.FileExists(candidate))
                {
                    return candidate;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A folder we may not look into does not stop the search upwards.
            }
        }

        return null;
    }

    /// <summary>The configuration for a document: its codingdsl.json, or <see cref="CodingDslConfiguration.Default"/>.</summary>
    public CodingDslConfiguration LoadForDocument(string documentPath) =>
        FindConfigFile(documentPath) is { } path ? Load(path) : CodingDslConfiguration.Default;

    /// <summary>Reads one codingdsl.json; an unreadable file gives a configuration with one problem.</summary>
    public CodingDslConfiguration Load(string configPath)
    {
        var path = Path.GetFullPath(configPath);
        DateTime stamp;
        try
        {
            stamp = _fileSystem.GetLastWriteTimeUtc(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Unreadable(path, ex.Message);
        }

        var key = (path, stamp);
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached.Value;
        }

        var lazy = _cache.GetOrAdd(key, k => new Lazy<CodingDslConfiguration>(() => Parse(k.Path), LazyThreadSafetyMode.ExecutionAndPublication));

        // An edited config replaces the one read before.
        foreach (var old in _cache.Keys)
        {
            if (old.Path == path && old.Stamp != stamp)
            {
                _cache.TryRemove(old, out _);
            }
        }

        return lazy.Value;
    }

    private CodingDslConfiguration Parse(string path)
    {
        try
        {
            return ConfigurationParser.Parse(_fileSystem.ReadAllText(path, Files.FileLimit.RuleFile), path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Unreadable(path, ex.Message);
        }
    }

    private static CodingDslConfiguration Unreadable(string path, string reason) =>
        new(path, Array.Empty<TableSource>(), Array.Empty<TableSource>(), null,
            new Dictionary<string, Diagnostics.DiagnosticLevel>(), new Dictionary<string, Diagnostics.DiagnosticLevel>(),
            [new ConfigProblem(path, 0, 0, $"cannot read {CodingDslConfiguration.FileName}: {reason}")]);
}
