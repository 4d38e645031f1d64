using System.Text;

namespace CodingDsl.Cli.Rewriting;

/// <summary>
/// A rule file's text with the encoding it was stored in (UTF-8 with or without a byte-order mark,
/// UTF-16 with one), so a formatted file is written back byte for byte as it was, but for the
/// whitespace the formatter changed. Bytes that are not valid text in that encoding cannot be
/// written back unchanged, so such a file is not decoded at all (<see cref="TryDecode"/> is false).
/// </summary>
public sealed record RuleFileText(string Text, Encoding Encoding, byte[] Preamble)
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf16LeBom = [0xFF, 0xFE];
    private static readonly byte[] Utf16BeBom = [0xFE, 0xFF];

    public static bool TryDecode(byte[] bytes, out RuleFileText file)
    {
        var (encoding, preamble) = bytes.AsSpan().StartsWith(Utf8Bom) ? (new UTF8Encoding(false, true), Utf8Bom)
            : bytes.AsSpan().StartsWith(Utf16LeBom) ? (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), Utf16LeBom)
            : bytes.AsSpan().StartsWith(Utf16BeBom) ? (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), Utf16BeBom)
            : ((Encoding)new UTF8Encoding(false, true), Array.Empty<byte>());
        try
        {
            file = new RuleFileText(encoding.GetString(bytes, preamble.Length, bytes.Length - preamble.Length), encoding, preamble);
            return true;
        }
        catch (DecoderFallbackException)
        {
            file = null!;
            return false;
        }
    }

    /// <summary>The bytes of <paramref name="text"/> stored as this file was.</summary>
    public byte[] Encode(string text) => [.. Preamble, .. Encoding.GetBytes(text)];
}
