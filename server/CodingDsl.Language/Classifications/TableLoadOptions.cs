namespace CodingDsl.Language.Classifications;

/// <summary>What a table file holds and how to name it.</summary>
/// <param name="System">OPCS-4 or ICD-10 (SNOMED CT concept files have their own reader).</param>
/// <param name="Version">As a guidance's `classifications` line writes it without the system: "4.10", "5".</param>
/// <param name="DisplayName">For messages; defaults to "OPCS-4.10 (file name)".</param>
/// <param name="IsComplete">False for partial tables: an unknown code is then a hint, not an error.</param>
public sealed record TableLoadOptions(
    CodeSystem System,
    string Version,
    string? DisplayName = null,
    TableFormat Format = TableFormat.Auto,
    bool IsComplete = true);
