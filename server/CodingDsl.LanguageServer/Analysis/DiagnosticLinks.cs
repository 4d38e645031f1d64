namespace CodingDsl.LanguageServer.Analysis;

/// <summary>Where each diagnostic code is documented (docs/diagnostics.md, one anchor a code).</summary>
public static class DiagnosticLinks
{
    /// <summary>The published diagnostics reference; change here when the docs move.</summary>
    public const string DocumentationBaseUrl = "https://github.com/codingdsl/codingdsl/blob/main/docs/diagnostics.md";

    public static string For(string code) => $"{DocumentationBaseUrl}#{code.ToLowerInvariant()}";
}
