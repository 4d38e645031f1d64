using System.Globalization;
using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Rules;

namespace CodingDsl.Language.Evaluation;

/// <summary>
/// Judges a dated episode by the release in force on its date (the configured release with the latest
/// `inForceFrom` on or before it; the default table when none is). Each code is looked up there: a
/// code that only a later release has is coded before its release (CDSL0706), one that only an
/// earlier release has is retired (CDSL0707), one in no release is unknown. The episode's codes are
/// read again against that release, so rules see its entries (dagger/asterisk usage).
/// </summary>
internal static class ReleaseByDate
{
    /// <summary>The episode as the release in force reads it, and that release's name per system (null for a system without dated releases).</summary>
    public sealed record Judgement(Episode Episode, string? Opcs, string? Icd10)
    {
        public string Releases => string.Join(", ", new[] { Opcs, Icd10 }.OfType<string>());
    }

    public static Judgement? Judge(ClassificationSet tables, Episode episode, List<EpisodeFinding> findings)
    {
        if (episode.Date is not { } date || !(tables.HasDates(CodeSystem.Opcs4) || tables.HasDates(CodeSystem.Icd10)))
        {
            return null;
        }
        var (opcs, opcsName) = Read(tables, CodeSystem.Opcs4, episode.Opcs, date, findings);
        var (icd10, icd10Name) = Read(tables, CodeSystem.Icd10, episode.Icd10, date, findings);
        return new Judgement(new Episode(episode.Id, episode.Line, opcs, icd10) { Date = date }, opcsName, icd10Name);
    }

    private static (IReadOnlyList<RecordedCode> Codes, string? Release) Read(
        ClassificationSet tables, CodeSystem system, IReadOnlyList<RecordedCode> codes, DateOnly date, List<EpisodeFinding> findings)
    {
        if (!tables.HasDates(system))
        {
            EpisodeEvaluator.CheckUnknownCodes(tables, [.. codes], findings);
            return (codes, null);
        }
        var inForce = tables.InForceOn(system, date);
        var table = inForce ?? tables.GetDefault(system);
        var name = inForce is null ? $"{table.DisplayName} (no configured release is in force on {Text(date)})" : table.DisplayName;
        var read = new RecordedCode[codes.Count];
        for (var i = 0; i < codes.Count; i++)
        {
            var code = codes[i];
            var entry = table.Find(code.Pattern.Code);
            read[i] = new RecordedCode(code.Pattern, entry ?? code.Entry);
            if (entry is not null)
            {
                continue;
            }
            var others = tables.Releases(system).Where(r => r != table && r.Find(code.Pattern.Code) is not null).ToArray();
            var later = others.Where(r => tables.InForceFrom(r) > date).OrderBy(r => tables.InForceFrom(r)).FirstOrDefault();
            if (later is not null)
            {
                findings.Add(DiagnosticFactory.CodeBeforeItsRelease(code.Pattern.Text, later.DisplayName, Text(tables.InForceFrom(later)!.Value), Text(date), name) with { Release = name });
            }
            else if (others.FirstOrDefault() is { } earlier)
            {
                findings.Add(DiagnosticFactory.RetiredCodeOnEpisode(code.Pattern.Text, name, Text(date), earlier.DisplayName) with { Release = name });
            }
            else if (table.IsComplete)
            {
                findings.Add(DiagnosticFactory.UnknownCodeOnEpisode(code.Pattern.Text, name) with { Release = name });
            }
        }
        return (read, name);
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
