using System.Text;
using CodingDsl.Language.Files;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Cli.Checking;

/// <summary>
/// Reads rule files in parallel. Text is decoded leniently: a file that is not valid UTF-8 (binary,
/// Latin-1) is still read, with U+FFFD for bad bytes, so it gets diagnostics rather than an error.
/// A file that cannot be read at all, is not a regular file or is over the rule-file limit is a <see cref="CliException"/>.
/// </summary>
public static class DocumentReader
{
    private static readonly Encoding LenientUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The documents in the order of <paramref name="paths"/>.</summary>
    public static IReadOnlyList<DocumentInput> ReadAll(IReadOnlyList<string> paths)
    {
        var documents = new DocumentInput?[paths.Count];
        var failures = new Exception?[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            try
            {
                documents[i] = new DocumentInput(paths[i], Decode(SafeFileReader.ReadAllBytes(paths[i], FileLimit.RuleFile)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or OutOfMemoryException)
            {
                failures[i] = e;
            }
        });

        // Report the first failure in path order, so the message does not depend on thread timing.
        for (var i = 0; i < paths.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                throw new CliException($"cannot read '{paths[i]}': {SingleLine.Of(failure.Message)}", failure);
            }
        }
        return documents.Select(d => d!).ToArray();
    }

    /// <summary>UTF-8 (BOM or not) unless a UTF-16 byte-order mark says otherwise; invalid bytes become U+FFFD.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return LenientUtf8.GetString(bytes[3..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        return LenientUtf8.GetString(bytes);
    }
}
