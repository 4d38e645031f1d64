using CodingDsl.Language.Diagnostics;

namespace CodingDsl.Cli.Output;

/// <summary>What SARIF says about a rule (a diagnostic code): reportingDescriptor fields.</summary>
/// <param name="DefaultLevel">The catalogue's default level, or null when the code is not catalogued.</param>
public sealed record RuleMetadata(string Id, string Name, string ShortDescription, string HelpUri, DiagnosticLevel? DefaultLevel);

/// <summary>
/// Looks up rule metadata by code. The one place that knows where it comes from.
/// TODO(catalogue): switch to CodingDsl.Language.Diagnostics.DiagnosticCatalog when it lands in main.
/// </summary>
public static class RuleMetadataLookup
{
    public const string DiagnosticsDocUri = ToolInfo.InformationUri + "/blob/main/docs/diagnostics.md";

    public static RuleMetadata Find(string code) =>
        new(code, code, $"CodingDsl diagnostic {code}", HelpUri(code), DefaultLevel: null);

    /// <summary>The anchor of a code's entry in docs/diagnostics.md: headings "CDSL0101 ..." anchor as "#cdsl0101".</summary>
    public static string HelpUri(string code) => $"{DiagnosticsDocUri}#{code.ToLowerInvariant()}";
}
