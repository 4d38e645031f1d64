using System.Text;
using CodingDsl.Language.Classifications.Snomed;

namespace CodingDsl.Bench.Corpus;

/// <summary>
/// Writes one guidance file in the shape of the samples (docs/language.md): header, notes, one
/// procedure section or several named variants, a diagnosis section; alternatives, combinations,
/// optional and conditional codes, image-guided facts with their Y53/Y68 codes. All choices come from
/// the given <see cref="Random"/>, so a seed gives the same text.
/// </summary>
internal sealed class GuidanceWriter(CodePools pools, Random random)
{
    private static readonly string[] VariantNames = ["Open", "Percutaneous", "Laparoscopic", "Endoscopic"];

    private static readonly string[] Notes =
    [
        "Codes in category Y53 and Y68 are used as additional codes for any procedure that uses image control.",
        "If the specific method of image control is not stated, the fourth-character .9 must be assigned.",
        "It is not possible to capture the type of device used using OPCS-4.",
        "Assign the code for the site of the procedure from chapter Z where the main code does not state it.",
        "The ICD-10 code for the underlying condition is assigned in primary position.",
        "This recommendation was agreed with the National Clinical Coding Standards team.",
    ];

    private static readonly string[] Conditions =
    [
        "echocardiography is used during the procedure",
        "a laser is used",
        "the procedure is performed bilaterally",
        "general anaesthetic is given",
    ];

    /// <summary>The text of guidance <paramref name="id"/>; <paramref name="useLibrary"/> adds a `use` line.</summary>
    public string Write(string id, Mistake mistake, string? useLibrary)
    {
        var sb = new StringBuilder();
        var main = Pick(pools.OpcsMain);
        sb.AppendLine($"// Synthetic guidance {id} for the check benchmark: codes and titles from the real tables.");
        if (useLibrary is not null)
        {
            sb.AppendLine($"use {Quote(useLibrary)}");
            sb.AppendLine();
        }
        sb.AppendLine($"guidance {id} {Quote(Sentence(main.Title))} {{");
        sb.AppendLine($"  source {Quote($"https://www.nice.org.uk/guidance/{id.ToLowerInvariant()}")}");
        if (random.NextDouble() < 0.8)
        {
            sb.AppendLine("  classifications opcs-4.10, icd-10-5");
        }
        if (random.NextDouble() < 0.3)
        {
            sb.AppendLine($"  note {Quote(Pick(Notes))}");
        }

        // Which section carries the planted mistake: the first procedure section.
        var variants = random.NextDouble() < 0.25 ? random.Next(2, 4) : 1;
        var names = VariantNames.OrderBy(_ => random.Next()).Take(variants).ToArray();
        for (var v = 0; v < variants; v++)
        {
            sb.AppendLine();
            var sectionMain = v == 0 ? main : Pick(pools.OpcsMain);
            WriteProcedure(sb, variants == 1 ? null : names[v], sectionMain, v == 0 ? mistake : Mistake.None);
        }

        sb.AppendLine();
        WriteDiagnosis(sb);
        sb.AppendLine("}");
        return sb.ToString();
    }

    private void WriteProcedure(StringBuilder sb, string? variant, TitledCode main, Mistake mistake)
    {
        sb.AppendLine(variant is null ? "  procedure {" : $"  procedure {Quote(variant)} {{");
        var snomed = random.NextDouble();
        if (snomed < 0.4)
        {
            sb.AppendLine("    snomed pending");
        }
        else if (snomed < 0.6)
        {
            sb.AppendLine($"    snomed {ConceptId()} {Quote(Sentence(main.Title))}");
        }

        sb.Append($"    opcs {CodeText(main, mistake)}");
        if (random.NextDouble() < 0.3)
        {
            var alternative = Pick(pools.OpcsMain);
            if (alternative.Code != main.Code)
            {
                sb.AppendLine();
                sb.Append($"      or {CodeText(alternative, Mistake.None)}");
            }
        }
        sb.AppendLine();

        var imageGuided = mistake == Mistake.MissingImageControl || random.NextDouble() < 0.4;
        if (imageGuided)
        {
            if (random.NextDouble() < 0.5)
            {
                sb.AppendLine("    percutaneous");
            }
            sb.AppendLine("    image-guided");
            if (mistake != Mistake.MissingImageControl)
            {
                WriteImageControl(sb);
            }
        }

        if (random.NextDouble() < 0.25)
        {
            sb.AppendLine($"    opcs {CodeText(Pick(pools.OtherSubsidiary), Mistake.None)} optional");
        }
        if (random.NextDouble() < 0.1)
        {
            var first = Pick(pools.OpcsMain);
            var second = Pick(pools.OpcsMain);
            if (first.Code != second.Code && first.Code != main.Code && second.Code != main.Code)
            {
                sb.AppendLine($"    opcs {CodeText(first, Mistake.None)}");
                sb.AppendLine($"      or {CodeText(second, Mistake.None)}");
                sb.AppendLine($"      if {Quote(Pick(Conditions))}");
            }
        }
        if (random.NextDouble() < 0.4)
        {
            sb.AppendLine($"    note {Quote(Pick(Notes))}");
        }
        sb.AppendLine("  }");
    }

    /// <summary>The image-control line as NICE writes it: a category pair, a category, or a stated method.</summary>
    private void WriteImageControl(StringBuilder sb)
    {
        var shape = random.NextDouble();
        if (shape < 0.4)
        {
            sb.AppendLine($"    opcs {CodeText(pools.ImageControlCategories[0], Mistake.None)}");
            sb.AppendLine($"      or {CodeText(pools.ImageControlCategories[1], Mistake.None)}");
        }
        else if (shape < 0.6)
        {
            sb.AppendLine($"    opcs {CodeText(Pick(pools.ImageControlCategories), Mistake.None)}");
        }
        else
        {
            sb.AppendLine($"    opcs {CodeText(Pick(pools.ImageControl), Mistake.None)}");
        }
    }

    private void WriteDiagnosis(StringBuilder sb)
    {
        sb.AppendLine("  diagnosis {");
        var first = Pick(pools.IcdStarter);
        sb.Append($"    icd10 {CodeText(first, Mistake.None)}");
        var shape = random.NextDouble();
        if (shape < 0.3)
        {
            sb.AppendLine();
            sb.Append($"      and {CodeText(Pick(pools.IcdStarterCategories), Mistake.None)}");
        }
        else if (shape < 0.55)
        {
            var other = Pick(pools.IcdStarter);
            if (other.Code != first.Code)
            {
                sb.AppendLine();
                sb.Append($"      or {CodeText(other, Mistake.None)}");
            }
        }
        sb.AppendLine();

        // A category outside the starter table: information-level "not in the loaded table", as a
        // user without a full ICD-10 table sees it.
        if (pools.IcdWhoCategories.Count > 0 && random.NextDouble() < 0.35)
        {
            sb.AppendLine($"    icd10 {CodeText(Pick(pools.IcdWhoCategories), Mistake.None)}");
        }
        sb.AppendLine("  }");
    }

    private string CodeText(TitledCode code, Mistake mistake) => mistake switch
    {
        Mistake.WrongTitle => $"{code.Code} {Quote(WrongTitle(code.Title))}",
        Mistake.MalformedCode => $"{Malformed(code.Code)} {Quote(code.Title)}",
        _ => random.NextDouble() < 0.1 ? code.Code : $"{code.Code} {Quote(code.Title)}",
    };

    /// <summary>A plausible slip: a word dropped, or two swapped.</summary>
    private string WrongTitle(string title)
    {
        var words = title.Split(' ');
        if (words.Length < 3)
        {
            return title + " procedure";
        }
        var i = random.Next(1, words.Length);
        return string.Join(' ', words.Where((_, j) => j != i));
    }

    private string Malformed(string code) =>
        random.NextDouble() < 0.5 ? code.Replace(".", string.Empty, StringComparison.Ordinal) : code.ToLowerInvariant();

    /// <summary>A structurally valid SNOMED CT concept id: item id, partition 00, Verhoeff check digit.</summary>
    private string ConceptId()
    {
        var body = random.Next(100_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "00";
        return body + Verhoeff.Compute(body);
    }

    private static string Sentence(string title) => title.Length == 0 ? title : char.ToUpperInvariant(title[0]) + title[1..];

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
