using System.Collections.Concurrent;
using CodingDsl.Language.Diagnostics;

namespace CodingDsl.LanguageServer.Protocol;

/// <summary>Where each diagnostic code is documented: the catalogue's link (docs/diagnostics.md, one anchor a code).</summary>
public static class DiagnosticLinks
{
    public const string DocumentationBaseUrl = DiagnosticDescriptor.DocumentationBase;

    // One per code for the server's life: a document of 100,000 findings made as many equal objects and link strings.
    private static readonly ConcurrentDictionary<string, CodeDescription> Descriptions = new(StringComparer.Ordinal);

    public static string For(string code) =>
        DiagnosticCatalog.Find(code)?.HelpUri ?? $"{DocumentationBaseUrl}#{code.ToLowerInvariant()}";

    /// <summary>The LSP codeDescription of <paramref name="code"/>, shared by every diagnostic with that code.</summary>
    public static CodeDescription DescriptionOf(string code) =>
        Descriptions.GetOrAdd(code, static c => new CodeDescription(For(c)));
}
