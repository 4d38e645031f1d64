using System.Text;
using CodingDsl.Language.Diagnostics;

namespace CodingDsl.Cli.Output;

/// <summary>What SARIF says about a rule (a diagnostic code): reportingDescriptor fields.</summary>
/// <param name="Name">An identifier-like name ("SyntaxError"), as SARIF recommends for reportingDescriptor.name.</param>
/// <param name="FullDescription">The catalogue's description, or null when the code is not catalogued.</param>
/// <param name="DefaultLevel">The catalogue's default level, or null when the code is not catalogued.</param>
public sealed record RuleMetadata(
    string Id,
    string Name,
    string ShortDescription,
    string? FullDescription,
    string HelpUri,
    DiagnosticLevel? DefaultLevel);

/// <summary>Rule metadata by code, from the core's <see cref="DiagnosticCatalog"/> (the single source of truth).</summary>
public static class RuleMetadataLookup
{
    public static RuleMetadata Find(string code)
    {
        if (DiagnosticCatalog.Find(code) is { } descriptor)
        {
            return new RuleMetadata(
                descriptor.Code,
                ToIdentifier(descriptor.Title),
                descriptor.Title,
                descriptor.Description,
                descriptor.HelpUri,
                descriptor.DefaultLevel);
        }

        // A code the catalogue does not know (a rule file's own `code`, or a newer core): still linkable.
        return new RuleMetadata(
            code,
            code,
            $"CodingDsl diagnostic {code}",
            FullDescription: null,
            $"{DiagnosticDescriptor.DocumentationBase}#{code.ToLowerInvariant()}",
            DefaultLevel: null);
    }

    /// <summary>"Title differs from the official title" → "TitleDiffersFromTheOfficialTitle".</summary>
    public static string ToIdentifier(string title)
    {
        var name = new StringBuilder();
        var upperNext = true;
        foreach (var c in title)
        {
            if (char.IsLetterOrDigit(c))
            {
                name.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }
        return name.Length > 0 ? name.ToString() : title;
    }
}
