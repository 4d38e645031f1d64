using System.Diagnostics;
using System.Text;
using CodingDsl.Language.Configuration;

namespace CodingDsl.Cli.Diffing;

/// <summary>
/// The files of one git revision, seen as a file system rooted at the repository's folder: a path
/// inside it reads the revision's blob (`git cat-file --batch`), a path outside it the disk. So the
/// workspace analyses a revision as it was: its codingdsl.json, its tables, its `use`d libraries.
/// </summary>
internal sealed class GitRevision : IFileSystem, IDisposable
{
    private readonly Dictionary<string, string> blobs;
    private readonly Lock gate = new();
    private Process? catFile;

    private GitRevision(string root, string tree, Dictionary<string, string> blobs)
    {
        Root = root;
        Tree = tree;
        this.blobs = blobs;
    }

    /// <summary>The repository's top folder (the revision's files are read as if checked out there).</summary>
    public string Root { get; }

    public string Tree { get; }

    /// <summary>Paths relative to <see cref="Root"/>, with '/', of the revision's regular files.</summary>
    public IEnumerable<string> Files => blobs.Keys;

    /// <summary>Opens <paramref name="revision"/> of the repository holding <paramref name="repository"/>; null when git does not know it.</summary>
    public static GitRevision? Open(string repository, string revision)
    {
        // git's own reason says more than a guess: not a repository, or one it will not read
        // ("detected dubious ownership" in a container whose user does not own the checkout).
        var root = Git.TryRun(repository, out var why, "rev-parse", "--show-toplevel")?.Trim()
            ?? throw new CliException($"'{revision}' is not a folder, and git cannot read a repository at '{repository}' (use --repo): {why}");
        var tree = Git.TryRun(root, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{tree}")?.Trim();
        if (string.IsNullOrEmpty(tree))
        {
            return null;
        }
        var listing = Git.TryRun(root, "ls-tree", "-r", "-z", "--full-tree", tree)
            ?? throw new CliException($"cannot list the files of '{revision}'");
        var blobs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in listing.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> blob <oid>\t<path>": regular files only (no links, no submodules).
            var tab = entry.IndexOf('\t', StringComparison.Ordinal);
            var fields = entry[..tab].Split(' ');
            if (fields[1] == "blob" && fields[0] is "100644" or "100755")
            {
                blobs[entry[(tab + 1)..]] = fields[2];
            }
        }
        return new GitRevision(Path.GetFullPath(root), tree, blobs);
    }

    public string FullPath(string relative) => Path.GetFullPath(Path.Combine(Root, relative));

    public byte[] ReadBytes(string relative)
    {
        var oid = blobs[relative];
        lock (gate)
        {
            catFile ??= StartCatFile();
            var input = catFile.StandardInput;
            input.Write(oid + "\n");
            input.Flush();
            var output = catFile.StandardOutput.BaseStream;
            var header = ReadLine(output).Split(' ');
            if (header.Length < 3 || !int.TryParse(header[2], out var size))
            {
                throw new CliException($"git could not read '{relative}' of the revision");
            }
            var bytes = new byte[size];
            output.ReadExactly(bytes);
            output.ReadByte(); // the newline after the content
            return bytes;
        }
    }

    public bool FileExists(string path) => Relative(path) is { } relative ? blobs.ContainsKey(relative) : File.Exists(path);

    /// <summary>A revision never changes: one fixed time, so caches keyed by it stay valid.</summary>
    public DateTime GetLastWriteTimeUtc(string path) => Relative(path) is not null ? DateTime.UnixEpoch : File.GetLastWriteTimeUtc(path);

    public string ReadAllText(string path) => Relative(path) is { } relative
        ? (blobs.ContainsKey(relative) ? PhysicalFileSystem.Decode(ReadBytes(relative)) : throw new FileNotFoundException($"'{relative}' is not in the revision", path))
        : PhysicalFileSystem.Instance.ReadAllText(path);

    public TextReader OpenText(string path) => Relative(path) is not null ? new StringReader(ReadAllText(path)) : File.OpenText(path);

    public void Dispose()
    {
        lock (gate)
        {
            if (catFile is not null)
            {
                catFile.StandardInput.Close();
                catFile.WaitForExit(5000);
                catFile.Dispose();
                catFile = null;
            }
        }
    }

    /// <summary>The path relative to the root with '/', when it is inside the repository; else null.</summary>
    private string? Relative(string path)
    {
        var full = Path.GetFullPath(path);
        var prefix = Path.TrimEndingDirectorySeparator(Root) + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, StringComparison.Ordinal) ? full[prefix.Length..].Replace('\\', '/') : null;
    }

    private Process StartCatFile()
    {
        var process = Git.Start(Git.StartInfo(Root, "cat-file", "--batch"));
        // Errors only matter as a failed read, reported then; draining stderr keeps git from blocking.
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    private static string ReadLine(Stream stream)
    {
        var line = new List<byte>();
        int b;
        while ((b = stream.ReadByte()) is not (-1 or '\n'))
        {
            line.Add((byte)b);
        }
        return Encoding.UTF8.GetString([.. line]);
    }
}
