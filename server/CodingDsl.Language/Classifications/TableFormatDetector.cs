namespace CodingDsl.Language.Classifications;

/// <summary>Tells a table file's layout from its first non-empty line.</summary>
internal static class TableFormatDetector
{
    public static TableFormat Detect(IReadOnlyList<string> lines)
    {
        var first = lines.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
        if (first is null)
        {
            return TableFormat.Auto;
        }

        if (first.Contains('\t'))
        {
            var fields = first.Split('\t').Select(f => f.Trim().ToUpperInvariant()).ToArray();
            if (fields[0] is "ICD10_CODE" || (fields.Contains("ALT_CODE") && fields.Contains("DESCRIPTION")))
            {
                return TableFormat.Icd10Metadata;
            }

            var startsWithCode = ClassificationCodes.IsCodeShape(ClassificationCodes.Normalize(fields[0]));
            return startsWithCode && fields.Length == 2 ? TableFormat.CodesAndTitles : TableFormat.Tsv;
        }

        if (first.Length > OpcsMetadataReader.CodeEnd)
        {
            var code = first[OpcsMetadataReader.CodeStart..OpcsMetadataReader.CodeEnd].Trim();
            if (code.Length is 3 or 4 && ClassificationCodes.IsCodeShape(ClassificationCodes.Normalize(code)))
            {
                return TableFormat.OpcsMetadata;
            }
        }

        return TableFormat.Auto;
    }
}
