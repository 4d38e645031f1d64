namespace CodingDsl.Language.Classifications;

/// <summary>File layouts a classification table can be read from.</summary>
public enum TableFormat
{
    /// <summary>Tell from the content (see docs/classifications.md).</summary>
    Auto,

    /// <summary>TRUD OPCS-4 *CodesAndTitles*: CODE&lt;TAB&gt;TITLE, no header, categories and codes.</summary>
    CodesAndTitles,

    /// <summary>TRUD OPCS-4 *Metadata*: fixed width, undotted codes, category and fourth-character titles.</summary>
    OpcsMetadata,

    /// <summary>TRUD ICD-10 5th Edition *CodesAndTitlesAndMetadata*: tab-separated with a header row.</summary>
    Icd10Metadata,

    /// <summary>code&lt;TAB&gt;title[&lt;TAB&gt;usage], optional header line.</summary>
    Tsv,
}

/// <summary>The names used for <see cref="TableFormat"/> in codingdsl.json.</summary>
public static class TableFormatNames
{
    public static IReadOnlyDictionary<string, TableFormat> ByName { get; } =
        new Dictionary<string, TableFormat>(StringComparer.OrdinalIgnoreCase)
        {
            ["auto"] = TableFormat.Auto,
            ["codes-and-titles"] = TableFormat.CodesAndTitles,
            ["opcs-metadata"] = TableFormat.OpcsMetadata,
            ["icd10-metadata"] = TableFormat.Icd10Metadata,
            ["tsv"] = TableFormat.Tsv,
        };

    public static string NameOf(TableFormat format) => ByName.First(p => p.Value == format).Key;
}
