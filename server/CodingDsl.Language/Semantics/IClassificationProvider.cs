using CodingDsl.Language.Classifications;
using CodingDsl.Language.Classifications.Snomed;

namespace CodingDsl.Language.Semantics;

/// <summary>The tables a document is checked against: the defaults, any configured by version, and an optional SNOMED CT release.</summary>
public interface IClassificationProvider
{
    IClassificationTable GetDefault(CodeSystem system);

    /// <summary>The table configured for a declared version ("4.11"), or null when none is.</summary>
    IClassificationTable? GetVersion(CodeSystem system, string version);

    SnomedConceptTable? SnomedConcepts { get; }
}
