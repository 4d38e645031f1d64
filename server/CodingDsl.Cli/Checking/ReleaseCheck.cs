using CodingDsl.Language.Releases;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Cli.Checking;

/// <summary>`check --against`: each file's release changes join its diagnostics, so every output format reports them.</summary>
public static class ReleaseCheck
{
    /// <exception cref="CliException">A file's configuration has no table of the target release (exit 2).</exception>
    public static IReadOnlyList<DocumentAnalysis> AddChanges(IReadOnlyList<DocumentAnalysis> analyses, ReleaseName target)
    {
        RequireTarget(analyses, target);
        return analyses
            .Select(a => a with { Diagnostics = [.. a.Diagnostics, .. ReleaseComparer.Compare(a, target).Select(c => c.Diagnostic)] })
            .ToArray();
    }

    /// <summary>Every file must see the target release: a comparison with nothing would pass silently.</summary>
    public static void RequireTarget(IReadOnlyList<DocumentAnalysis> analyses, ReleaseName target)
    {
        foreach (var analysis in analyses)
        {
            if (ReleaseComparer.TargetTable(analysis, target) is null)
            {
                throw new CliException(
                    $"no {target.DisplayName} table is configured for '{analysis.Path}': add {{ \"version\": \"{target.Version}\", \"path\": \"…\" }} to classifications.{Language.Classifications.CodeSystems.Of(target.System).ConfigKey} in its codingdsl.json (docs/classifications.md)");
            }
        }
    }
}
