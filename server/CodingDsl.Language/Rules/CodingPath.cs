using CodingDsl.Language.Semantics;

namespace CodingDsl.Language.Rules;

/// <summary>One way of coding a section: the codes in recording order and the facts that hold.</summary>
public sealed record CodingPath(IReadOnlyList<BoundCode> Codes, IReadOnlySet<string> Facts)
{
    /// <summary>"J12.4 + Y68.-", or "no codes".</summary>
    public string Describe() => Codes.Count == 0 ? "no codes" : string.Join(" + ", Codes.Select(c => c.Text));
}
