using System.Text;
using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;

namespace CodingDsl.Language.Services;

/// <summary>
/// The "releases" view of a code's hover: when more than one release of its classification is
/// configured, its status and title in each, with the date each is in force from (`inForceFrom`).
/// </summary>
internal static class ReleasesHover
{
    public static void Append(StringBuilder md, ClassificationSet tables, CodeSystem system, string code, bool category)
    {
        var releases = tables.Releases(system);
        if (releases.Count < 2)
        {
            return;
        }
        md.Append("\n**Releases**\n\n| release | in force from | status | title |\n| --- | --- | --- | --- |\n");
        foreach (var table in releases)
        {
            var from = tables.InForceFrom(table)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—";
            var entry = table.Find(code);
            var status = entry is null
                ? (table.IsComplete ? "**not in this release**" : "not in this (partial) table")
                : category ? $"{table.GetChildren(code).Count} codes" : "in this release";
            var title = entry is null ? "—" : entry.Title.Length > 0 ? entry.Title.Replace("|", "\\|") : "(no title in this table)";
            md.Append($"| {table.DisplayName} | {from} | {status} | {title} |\n");
        }
    }
}
