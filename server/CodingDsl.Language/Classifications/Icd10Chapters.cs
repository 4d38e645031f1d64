namespace CodingDsl.Language.Classifications;

/// <summary>The 22 ICD-10 chapters (WHO 2016) by their category ranges.</summary>
public static class Icd10Chapters
{
    /// <summary>One chapter: roman numeral, first and last three-character category, title.</summary>
    public sealed record Chapter(string Id, string First, string Last, string Title)
    {
        public bool Contains(string category) =>
            string.CompareOrdinal(category, First) >= 0 && string.CompareOrdinal(category, Last) <= 0;
    }

    public static IReadOnlyList<Chapter> All { get; } =
    [
        new("I", "A00", "B99", "Certain infectious and parasitic diseases"),
        new("II", "C00", "D48", "Neoplasms"),
        new("III", "D50", "D89", "Diseases of the blood and blood-forming organs and certain disorders involving the immune mechanism"),
        new("IV", "E00", "E90", "Endocrine, nutritional and metabolic diseases"),
        new("V", "F00", "F99", "Mental and behavioural disorders"),
        new("VI", "G00", "G99", "Diseases of the nervous system"),
        new("VII", "H00", "H59", "Diseases of the eye and adnexa"),
        new("VIII", "H60", "H95", "Diseases of the ear and mastoid process"),
        new("IX", "I00", "I99", "Diseases of the circulatory system"),
        new("X", "J00", "J99", "Diseases of the respiratory system"),
        new("XI", "K00", "K93", "Diseases of the digestive system"),
        new("XII", "L00", "L99", "Diseases of the skin and subcutaneous tissue"),
        new("XIII", "M00", "M99", "Diseases of the musculoskeletal system and connective tissue"),
        new("XIV", "N00", "N99", "Diseases of the genitourinary system"),
        new("XV", "O00", "O99", "Pregnancy, childbirth and the puerperium"),
        new("XVI", "P00", "P96", "Certain conditions originating in the perinatal period"),
        new("XVII", "Q00", "Q99", "Congenital malformations, deformations and chromosomal abnormalities"),
        new("XVIII", "R00", "R99", "Symptoms, signs and abnormal clinical and laboratory findings, not elsewhere classified"),
        new("XIX", "S00", "T98", "Injury, poisoning and certain other consequences of external causes"),
        new("XX", "V01", "Y98", "External causes of morbidity and mortality"),
        new("XXI", "Z00", "Z99", "Factors influencing health status and contact with health services"),
        new("XXII", "U00", "U99", "Codes for special purposes"),
    ];

    /// <summary>The chapter a code belongs to ("C78.7" → II Neoplasms), or null when no chapter covers it.</summary>
    public static (string Id, string Title)? Find(string code)
    {
        var category = ClassificationCodes.CategoryOf(code ?? string.Empty);
        if (category is null)
        {
            return null;
        }

        foreach (var chapter in All)
        {
            if (chapter.Contains(category))
            {
                return (chapter.Id, chapter.Title);
            }
        }

        return null;
    }
}
