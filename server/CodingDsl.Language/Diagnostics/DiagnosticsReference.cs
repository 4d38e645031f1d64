using System.Text;

namespace CodingDsl.Language.Diagnostics;

/// <summary>Writes docs/diagnostics.md from the catalogue, so the reference cannot drift from the code.</summary>
public static class DiagnosticsReference
{
    public static string Generate()
    {
        var builder = new StringBuilder();
        builder.Append("# Diagnostics reference\n\n");
        builder.Append("<!-- Generated from server/CodingDsl.Language/Diagnostics/DiagnosticCatalog.cs by scripts/update-docs.sh. Do not edit by hand. -->\n\n");
        builder.Append("Every diagnostic has a stable code. Change a code's severity in `codingdsl.json` ");
        builder.Append("(`\"diagnostics\": { \"CDSL0203\": \"warning\" }`, or `\"off\"`), or a standard rule's by name ");
        builder.Append("(`\"rules\": { \"image-control\": \"warning\" }`). Silence one line with ");
        builder.Append("`// codingdsl-disable-line CDSL0203` at its end, or `// codingdsl-disable-next-line CDSL0203` above it.\n\n");
        builder.Append("| code | title | default level |\n| --- | --- | --- |\n");
        foreach (var d in DiagnosticCatalog.All)
        {
            builder.Append($"| [{d.Code}](#{d.Code.ToLowerInvariant()}) | {d.Title} | {Level(d.DefaultLevel)} |\n");
        }
        foreach (var d in DiagnosticCatalog.All)
        {
            builder.Append($"\n## {d.Code}\n\n");
            builder.Append($"**{d.Title}** — default level: {Level(d.DefaultLevel)}.\n\n");
            builder.Append(d.Description).Append("\n\n");
            builder.Append("Bad:\n\n```\n").Append(d.BadExample.TrimEnd('\n')).Append("\n```\n\n");
            builder.Append("Fixed:\n\n```\n").Append(d.FixedExample.TrimEnd('\n')).Append("\n```\n");
        }
        return builder.ToString();
    }

    private static string Level(DiagnosticLevel level) => DiagnosticLevels.Text(level);
}
