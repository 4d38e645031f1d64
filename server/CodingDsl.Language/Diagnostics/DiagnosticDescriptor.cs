namespace CodingDsl.Language.Diagnostics;

/// <summary>A catalogue entry: what a code means, its default level, and a bad and a fixed example for the docs.</summary>
public sealed record DiagnosticDescriptor(
    string Code,
    string Title,
    DiagnosticLevel DefaultLevel,
    string Description,
    string BadExample,
    string FixedExample)
{
    public const string DocumentationBase = ProjectLinks.DiagnosticsReference;

    public string HelpUri => $"{DocumentationBase}#{Code.ToLowerInvariant()}";
}
