namespace CodingDsl.Language.Classifications.Snomed;

/// <summary>
/// Structural checks of SNOMED CT identifiers, which need no SNOMED CT content: 6–18 digits, no leading
/// zero, a partition (00/10 concept, 01/11 description, 02/12 relationship; 1x has a seven-digit
/// namespace before it) and a Verhoeff check digit.
/// </summary>
public static class SctId
{
    public const int MinLength = 6;
    public const int MaxLength = 18;

    public static SctIdInfo Parse(string? text)
    {
        var s = (text ?? string.Empty).AsSpan().Trim();
        if (s.IsEmpty)
        {
            return new SctIdInfo(SctIdCheck.Empty, null, null);
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return new SctIdInfo(SctIdCheck.NotDigits, null, null);
            }
        }

        if (s.Length is < MinLength or > MaxLength)
        {
            return new SctIdInfo(SctIdCheck.WrongLength, null, null);
        }

        if (s[0] == '0')
        {
            return new SctIdInfo(SctIdCheck.LeadingZero, null, null);
        }

        if (!Verhoeff.IsValid(s))
        {
            return new SctIdInfo(SctIdCheck.BadCheckDigit, null, null);
        }

        var partition = s.Slice(s.Length - 3, 2);
        SctIdKind? kind = partition[1] switch
        {
            '0' => SctIdKind.Concept,
            '1' => SctIdKind.Description,
            '2' => SctIdKind.Relationship,
            _ => null,
        };
        if (kind is null || partition[0] is not ('0' or '1'))
        {
            return new SctIdInfo(SctIdCheck.UnknownPartition, null, null);
        }

        string? ns = null;
        if (partition[0] == '1')
        {
            // Extension ids: item id, 7-digit namespace, partition, check digit.
            if (s.Length < 11)
            {
                return new SctIdInfo(SctIdCheck.UnknownPartition, null, null);
            }

            ns = s.Slice(s.Length - 10, 7).ToString();
        }

        return new SctIdInfo(SctIdCheck.Valid, kind, ns);
    }

    /// <summary>Checks an id that must name a concept: <see cref="SctIdCheck.NotAConcept"/> for a valid description or relationship id.</summary>
    public static SctIdCheck CheckConcept(string? text)
    {
        var info = Parse(text);
        return info.IsValid && info.Kind != SctIdKind.Concept ? SctIdCheck.NotAConcept : info.Check;
    }

    public static bool IsValidConcept(string? text) => CheckConcept(text) == SctIdCheck.Valid;
}
