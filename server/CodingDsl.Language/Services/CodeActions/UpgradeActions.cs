using System.Globalization;
using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Releases;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Language.Services;

/// <summary>
/// "Upgrade this file to OPCS-4.11": one source action per configured release newer than one a
/// guidance of the file is checked against now, with the edits of <see cref="UpgradePlanner"/> (the
/// same as `codingdsl upgrade --write`). Codes that cannot be carried over stay; their errors show
/// with `codingdsl check --against`.
/// </summary>
public static class UpgradeActions
{
    public static IReadOnlyList<CodeAction> Get(DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (analysis.Model is not { Guidances.Count: > 0 } model)
        {
            return [];
        }
        var tables = analysis.Configuration?.Classifications ?? ClassificationSet.Bundled;
        var actions = new List<CodeAction>();
        foreach (var system in new[] { CodeSystem.Opcs4, CodeSystem.Icd10 })
        {
            var current = model.Guidances.Select(g => ReleaseComparer.SourceTable(tables, g, system)).Distinct().ToArray();
            foreach (var release in tables.Releases(system).Where(r => r.IsComplete && current.Any(c => IsNewer(tables, r, c))))
            {
                var plan = UpgradePlanner.Plan(analysis, new ReleaseName(system, release.Version));
                if (plan.ChangesText)
                {
                    actions.Add(new CodeAction($"Upgrade this file to {plan.Target.DisplayName}", CodeActionKind.SourceUpgrade, plan.Edits, [], false));
                }
            }
        }
        return actions;
    }

    /// <summary>Newer by `inForceFrom` when both have one, else by version number (4.11 after 4.10, 4.9 before 4.10).</summary>
    public static bool IsNewer(ClassificationSet tables, IClassificationTable candidate, IClassificationTable than)
    {
        if (tables.InForceFrom(candidate) is { } a && tables.InForceFrom(than) is { } b)
        {
            return a > b;
        }
        return Compare(candidate.Version, than.Version) > 0;
    }

    private static int Compare(string x, string y)
    {
        var a = x.Split('.');
        var b = y.Split('.');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var p = i < a.Length && int.TryParse(a[i], NumberStyles.None, CultureInfo.InvariantCulture, out var pa) ? pa : 0;
            var q = i < b.Length && int.TryParse(b[i], NumberStyles.None, CultureInfo.InvariantCulture, out var qb) ? qb : 0;
            if (p != q)
            {
                return p.CompareTo(q);
            }
        }
        return 0;
    }
}
