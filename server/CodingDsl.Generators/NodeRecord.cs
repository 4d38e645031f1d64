using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CodingDsl.Generators;

/// <summary>
/// What the generator needs of one node record. Values only (no symbols or syntax), so the incremental
/// pipeline can compare a record with the last run's and skip the output when nothing it reads changed.
/// </summary>
internal sealed record NodeRecord(
    string Name,
    string Namespace,
    bool IsPublic,
    bool IsPartial,
    bool IsNested,
    string FilePath,
    TextSpan NameSpan,
    LinePositionSpan NameLines)
{
    /// <summary>The record as generated code names it, from any namespace.</summary>
    public string FullName => Namespace.Length == 0 ? "global::" + Name : "global::" + Namespace + "." + Name;

    public Location Location => Location.Create(FilePath, NameSpan, NameLines);
}
