using System.Text.RegularExpressions;
using CodingDsl.Language.Classifications;

namespace CodingDsl.Language.Releases;

/// <summary>
/// A classification release named the way a `classifications` line names it: `opcs-4.11`,
/// `icd-10-5`. <see cref="Version"/> is the configured table's `version` ("4.11", "5").
/// </summary>
public sealed partial record ReleaseName(CodeSystem System, string Version)
{
    /// <summary>Reads `opcs-4.11` or `icd-10-5`; null when the text is neither.</summary>
    public static ReleaseName? Parse(string? text)
    {
        var m = Pattern().Match(text?.Trim() ?? string.Empty);
        if (!m.Success)
        {
            return null;
        }
        return new ReleaseName(m.Groups["s"].Value.Equals("opcs", StringComparison.OrdinalIgnoreCase) ? CodeSystem.Opcs4 : CodeSystem.Icd10, m.Groups["v"].Value);
    }

    /// <summary>As a `classifications` line writes it: `opcs-4.11`.</summary>
    public override string ToString() => System == CodeSystem.Icd10 ? $"icd-10-{Version}" : $"opcs-{Version}";

    /// <summary>For people: "OPCS-4.11", "ICD-10-5".</summary>
    public string DisplayName => System == CodeSystem.Icd10 ? $"ICD-10-{Version}" : $"OPCS-{Version}";

    [GeneratedRegex(@"^(?<s>opcs)-(?<v>4\.\d+)$|^(?<s>icd)-10-(?<v>\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
