using CodingDsl.Language.Classifications;
using CodingDsl.Language.Rules;

namespace CodingDsl.Language.Evaluation;

/// <summary>
/// One coded hospital episode as read: its id, the line it starts on, and its OPCS-4 and ICD-10 codes
/// in recorded order (already read into patterns, with their table entries).
/// </summary>
/// <remarks>
/// The CSV reader of <see cref="EpisodeSource"/> fills one reusable episode per slot again and again
/// (its code lists and id characters are buffers), so reading a million rows allocates nothing per
/// row; <see cref="Id"/> becomes a string only when someone asks for it (a report line). Such an episode
/// is valid until its slot is filled again: keep <see cref="Copy"/> of it, not it.
/// </remarks>
public sealed class Episode
{
    private readonly CodeBuffer? opcsBuffer;
    private readonly CodeBuffer? icd10Buffer;
    private readonly CodeBuffer? allBuffer;
    private readonly RecordedCode[]? allCodes;
    private char[] idChars = [];
    private int idLength;
    private string? id;
    private DateOnly? date;

    public Episode(string id, long line, IReadOnlyList<RecordedCode> opcs, IReadOnlyList<RecordedCode> icd10)
    {
        this.id = id;
        Line = line;
        Opcs = opcs;
        Icd10 = icd10;
        AllCodes = allCodes = [.. opcs, .. icd10];
    }

    private Episode()
    {
        Opcs = opcsBuffer = new CodeBuffer();
        Icd10 = icd10Buffer = new CodeBuffer();
        AllCodes = allBuffer = new CodeBuffer();
    }

    /// <summary>An episode for a reader to fill row after row (<see cref="EpisodeSlot"/>).</summary>
    internal static Episode CreateReusable() => new();

    public string Id => id ??= new string(idChars, 0, idLength);

    /// <summary>The id without making a string of it.</summary>
    public ReadOnlySpan<char> IdSpan => id is not null ? id.AsSpan() : idChars.AsSpan(0, idLength);

    public long Line { get; private set; }

    public IReadOnlyList<RecordedCode> Opcs { get; }

    public IReadOnlyList<RecordedCode> Icd10 { get; }

    /// <summary>All codes as the rule engine sees them: OPCS-4 then ICD-10, each in recorded order.</summary>
    public IReadOnlyList<RecordedCode> AllCodes { get; }

    /// <summary><see cref="AllCodes"/> as a span, for the rules' loops.</summary>
    internal ReadOnlySpan<RecordedCode> AllCodesSpan => allBuffer is not null ? allBuffer.AsSpan() : allCodes;

    /// <summary>The episode's date (`date`, HES `epistart` or `admidate`): it is judged by the release in force then. Null when the file gives none.</summary>
    public DateOnly? Date
    {
        get => date;
        init => date = value;
    }

    /// <summary>An episode of its own with the same id, line, codes and date (for keeping past its slot's next row).</summary>
    public Episode Copy() => new(Id, Line, Opcs.ToArray(), Icd10.ToArray()) { Date = Date };

    /// <summary>Starts the next row: no id, no codes.</summary>
    internal void Reset(long line, ReadOnlySpan<char> newId)
    {
        Line = line;
        id = null;
        if (idChars.Length < newId.Length)
        {
            idChars = new char[Math.Max(newId.Length, 32)];
        }
        newId.CopyTo(idChars);
        idLength = newId.Length;
        opcsBuffer!.Clear();
        icd10Buffer!.Clear();
        allBuffer!.Clear();
        date = null;
    }

    internal void Add(CodeSystem system, RecordedCode code) =>
        (system == CodeSystem.Icd10 ? icd10Buffer! : opcsBuffer!).Add(code);

    /// <summary>Ends the row: its date, and all codes (OPCS-4 then ICD-10) for the rules.</summary>
    internal void Complete(DateOnly? rowDate)
    {
        date = rowDate;
        allBuffer!.AddRange(opcsBuffer!);
        allBuffer.AddRange(icd10Buffer!);
    }
}
