using System.Runtime.InteropServices;

namespace CodingDsl.Language.Files;

/// <summary>
/// statx(2) on Linux: the one call that tells a file's type and link count with a layout that is the
/// same on every architecture (.NET has no public API for either).
/// </summary>
internal static class UnixStat
{
    private const int AtCurrentFolder = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint BasicStats = 0x7ff;
    private const int NoSuchFile = 2;
    private const int NotAFolder = 20;

    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatX
    {
        [FieldOffset(16)] public uint LinkCount;
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(40)] public ulong Size;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code; a plain import of one call is enough.
    private static extern int StatX_(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatX result);
#pragma warning restore SYSLIB1054

    /// <summary>Null when statx is not available (not Linux, or a C library without it).</summary>
    public static FileFacts? TryGet(string path, bool followLinks)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        int rc;
        StatX result;
        try
        {
            rc = StatX_(AtCurrentFolder, path, followLinks ? 0 : AtSymlinkNoFollow, BasicStats, out result);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
        if (rc != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            if (errno is NoSuchFile or NotAFolder)
            {
                return FileFacts.Missing;
            }
            throw new IOException($"cannot look at '{path}': {Marshal.GetPInvokeErrorMessage(errno)}");
        }
        var kind = (result.Mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
        return new FileFacts(kind, (long)result.Size, result.LinkCount, (UnixFileMode)(result.Mode & 0xFFF));
    }
}
