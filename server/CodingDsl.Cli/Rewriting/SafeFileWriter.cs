using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using CodingDsl.Language.Files;

namespace CodingDsl.Cli.Rewriting;

/// <summary>
/// The one way the CLI writes a file (check/export/import/evaluate --output, format). What it does
/// depends on what the path names, looked at before anything is written (docs/security.md):
/// <list type="bullet">
/// <item>a regular file, or nothing yet: the bytes go to a temporary file beside it (a short name, so
/// a 250-character target name still works), flushed to disk, given the old file's permissions, and
/// renamed over it, so a failure, a full disk or a kill never leaves it half written. A read-only file
/// is refused. A file with other hard links is written in place once the new content is complete in
/// the temporary file, so the links keep sharing it (that copy is not atomic);</item>
/// <item>a symbolic link: the file it finally points at is written as above, and the link stays (an
/// import refuses links instead: see <see cref="Links"/>);</item>
/// <item>a character device such as /dev/null, or one of this process's own descriptors
/// (/dev/stderr, /proc/self/fd/N): written directly, never replaced;</item>
/// <item>anything else (a folder, a FIFO, a socket, a block device): refused.</item>
/// </list>
/// Refusals are <see cref="OutputRefusedException"/>s; other failures are the IOExceptions of the file system.
/// </summary>
public static class SafeFileWriter
{
    public enum Links
    {
        /// <summary>A symbolic link is written through: its final target is replaced, the link kept.</summary>
        WriteThrough,

        /// <summary>A symbolic link is refused (import: a link could lead out of the output folder).</summary>
        Refuse,
    }

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    // Temporary files being written or not yet renamed. A run stopped by Ctrl+C, SIGTERM or SIGHUP
    // ends without unwinding the threads writing them: the signal handlers delete them instead (the
    // signal then ends the process as it would have). Only SIGKILL can leave one behind.
    private static readonly ConcurrentDictionary<string, byte> Pending = new(StringComparer.Ordinal);

    private static readonly PosixSignalRegistration[] Cleanups = OperatingSystem.IsWindows() ? [] :
        [.. new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGHUP, PosixSignal.SIGQUIT }
            .Select(signal => PosixSignalRegistration.Create(signal, _ => DeletePending()))];

    static SafeFileWriter() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DeletePending();

    private static void DeletePending()
    {
        foreach (var path in Pending.Keys)
        {
            TryDelete(path);
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> (format's rewrite).</summary>
    public static void Replace(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));

    /// <summary>Writes UTF-8 text (no byte-order mark, "\n" line ends) produced by <paramref name="write"/>.</summary>
    public static void WriteText(string path, Action<TextWriter> write, Links links = Links.WriteThrough) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
            write(writer);
            writer.Flush();
        }, links);

    /// <summary>
    /// Writes what <paramref name="write"/> puts in the stream. The target is looked at first, so a
    /// refused one is refused before <paramref name="write"/> runs.
    /// </summary>
    public static void Write(string path, Action<Stream> write, Links links = Links.WriteThrough)
    {
        if (path.Contains('\0'))
        {
            throw new OutputRefusedException("the path contains a NUL character");
        }
        var full = Path.GetFullPath(path);
        if (StandardStreamPath.IsOwnDescriptor(full))
        {
            WriteDirectly(full, write);
            return;
        }

        var facts = FileInspector.Inspect(full, followLinks: false);
        if (facts.Kind == FileKind.SymbolicLink)
        {
            if (links == Links.Refuse)
            {
                throw new OutputRefusedException("it is a symbolic link, which is not written through here");
            }
            full = File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
            facts = FileInspector.Inspect(full, followLinks: false);
        }

        switch (facts.Kind)
        {
            case FileKind.Missing:
                ReplaceThroughTemporary(full, write, mode: null);
                break;
            case FileKind.Regular when !facts.Mode.HasFlag(UnixFileMode.UserWrite):
                throw new OutputRefusedException("it is read-only; make it writable first if it should be replaced");
            case FileKind.Regular when facts.LinkCount > 1:
                WriteInPlace(full, write);
                break;
            case FileKind.Regular:
                ReplaceThroughTemporary(full, write, facts.Mode);
                break;
            case FileKind.CharacterDevice:
                WriteDirectly(full, write);
                break;
            default:
                throw new OutputRefusedException(
                    $"it is {facts.Kind.Describe()}: only regular files (replaced through a temporary file) and character devices such as /dev/null (written directly) are written");
        }
    }

    private static void WriteDirectly(string path, Action<Stream> write)
    {
        // No truncation and no lock: a device or a descriptor is written as it is.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        write(stream);
        stream.Flush();
    }

    private static void ReplaceThroughTemporary(string target, Action<Stream> write, UnixFileMode? mode)
    {
        var temporary = WriteTemporary(target, write);
        try
        {
            if (mode is { } kept && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, kept);
            }
            File.Move(temporary, target, overwrite: true);
            Pending.TryRemove(temporary, out _);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>For a file with several hard links: replacing it would split it from the others.</summary>
    private static void WriteInPlace(string target, Action<Stream> write)
    {
        var temporary = WriteTemporary(target, write);
        try
        {
            using var source = new FileStream(temporary, FileMode.Open, FileAccess.Read, FileShare.None);
            using var destination = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            source.CopyTo(destination);
            destination.SetLength(destination.Position);
            destination.Flush(flushToDisk: true);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>The new content complete and on disk in a temporary file beside the target; deleted again on failure.</summary>
    private static string WriteTemporary(string target, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(target) ?? ".";
        // Short and fixed-length: the target's name plus a suffix could pass the file system's 255-byte limit.
        // The digits from a new Guid (the first 12 are random; the 13th is its version): as unpredictable as
        // RandomNumberGenerator's, which made every `evaluate -o`, `format` and `export -o` load OpenSSL
        // (libssl and libcrypto) at start-up for six bytes.
        var temporary = Path.Combine(folder, $".cdsl-{Guid.NewGuid().ToString("N")[..12]}.tmp");
        Pending[temporary] = 0;
        try
        {
            using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            write(stream);
            stream.Flush(flushToDisk: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
        return temporary;
    }

    private static void TryDelete(string path)
    {
        Pending.TryRemove(path, out _);
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the target is untouched either way.
        }
    }
}
