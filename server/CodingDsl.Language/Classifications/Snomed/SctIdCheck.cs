namespace CodingDsl.Language.Classifications.Snomed;

/// <summary>The outcome of checking a SNOMED CT identifier; the caller maps each value to a diagnostic.</summary>
public enum SctIdCheck
{
    Valid,
    Empty,

    /// <summary>Contains something other than the digits 0–9.</summary>
    NotDigits,

    /// <summary>Fewer than 6 or more than 18 digits.</summary>
    WrongLength,

    LeadingZero,

    /// <summary>The last digit is not the Verhoeff check digit of the others (a typing slip).</summary>
    BadCheckDigit,

    /// <summary>The partition (the two digits before the check digit) is not 00/01/02/10/11/12.</summary>
    UnknownPartition,

    /// <summary>A valid id, but of a description or relationship where a concept was expected.</summary>
    NotAConcept,
}

/// <summary>What a valid SCTID identifies, from its partition.</summary>
public enum SctIdKind
{
    Concept,
    Description,
    Relationship,
}

/// <summary>The result of <see cref="SctId.Parse"/>.</summary>
/// <param name="Kind">Set when the partition is known.</param>
/// <param name="Namespace">The seven-digit namespace of an extension id (partition 10/11/12), else null.</param>
public readonly record struct SctIdInfo(SctIdCheck Check, SctIdKind? Kind, string? Namespace)
{
    public bool IsValid => Check == SctIdCheck.Valid;

    public bool IsExtension => Namespace is not null;
}
