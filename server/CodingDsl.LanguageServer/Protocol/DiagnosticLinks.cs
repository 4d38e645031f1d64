using CodingDsl.Language.Diagnostics;

namespace CodingDsl.LanguageServer.Protocol;

/// <summary>Where each diagnostic code is documented: the catalogue's link (docs/diagnostics.md, one anchor a code).</summary>
public static class DiagnosticLinks
{
    public const string DocumentationBaseUrl = DiagnosticDescriptor.DocumentationBase;

    public static string For(string code) =>
        DiagnosticCatalog.Find(code)?.HelpUri ?? $"{DocumentationBaseUrl}#{code.ToLowerInvariant()}";
}
