using System.Text;
using CodingDsl.Language.Files;

namespace CodingDsl.Language.Configuration;

/// <summary>The real disk, read through <see cref="SafeFileReader"/>: regular files only, each within a <see cref="FileLimit"/>.</summary>
public sealed class PhysicalFileSystem : IFileSystem
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static PhysicalFileSystem Instance { get; } = new();

    public bool FileExists(string path) => File.Exists(path);

    public DateTime GetLastWriteTimeUtc(string path) => File.GetLastWriteTimeUtc(path);

    /// <summary>
    /// UTF-8 (or the encoding a BOM names); a file that is not valid UTF-8 is read as Windows-1252,
    /// the code page older TRUD text files and Excel exports use, so "Down’s" does not turn into "Down�s".
    /// </summary>
    public string ReadAllText(string path) => ReadAllText(path, FileLimit.Table);

    public string ReadAllText(string path, FileLimit limit) => Decode(SafeFileReader.ReadAllBytes(path, limit));

    /// <summary>Text file bytes decoded as <see cref="ReadAllText(string)"/> does, for files read from elsewhere (a git revision).</summary>
    public static string Decode(byte[] bytes)
    {
        using var probe = new MemoryStream(bytes, writable: false);
        using (var reader = new StreamReader(probe, StrictUtf8, detectEncodingFromByteOrderMarks: true))
        {
            try
            {
                return reader.ReadToEnd();
            }
            catch (DecoderFallbackException)
            {
                // Not UTF-8: fall through to the Windows code page.
            }
        }

        return WindowsLatin.GetString(bytes);
    }

    public TextReader OpenText(string path) => OpenText(path, FileLimit.Table);

    public TextReader OpenText(string path, FileLimit limit) => new StreamReader(SafeFileReader.OpenRead(path, limit), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

    private static Encoding WindowsLatin
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }
}
