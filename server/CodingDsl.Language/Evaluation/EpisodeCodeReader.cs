using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Rules;
using CodingDsl.Language.Semantics;

namespace CodingDsl.Language.Evaluation;

/// <summary>
/// Reads a code as episode data records it: dotted as printed (`J12.4`, `C78.7`, `I48.X`) or undotted
/// as Hospital Episode Statistics store it (`J124`, `C787`, `I48X`, `M8008`), with an optional dagger
/// or asterisk mark (`†`, `+`, `D`; `*`, `A` after the fourth character). Readings are cached: an
/// extract has a few thousand distinct codes and millions of rows.
/// </summary>
public sealed class EpisodeCodeReader(ClassificationSet tables)
{
    private const int MaxCached = 200_000;

    private readonly Dictionary<string, Reading> opcs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Reading> icd10 = new(StringComparer.Ordinal);
    private Dictionary<string, Reading>.AlternateLookup<ReadOnlySpan<char>>? opcsLookup;
    private Dictionary<string, Reading>.AlternateLookup<ReadOnlySpan<char>>? icd10Lookup;
    // A field of at most seven characters below U+0100 (every HES code: `C787`, `I10X`, `M8008`) is
    // cached under its characters packed into one number: as a string key, hashing and comparing the
    // field was a quarter of the reading thread's CPU (perf, 1M HES rows).
    private readonly PackedCodeCache opcsShort = new();
    private readonly PackedCodeCache icd10Short = new();

    /// <summary>A code read, or why it could not be.</summary>
    public readonly record struct Reading(RecordedCode? Code, string? Problem);

    /// <summary>True for the markers of "no code" in a field: empty, `-`, `&amp;` (HES: not known).</summary>
    public static bool IsEmpty(ReadOnlySpan<char> field)
    {
        if (field.Length == 1)
        {
            return field[0] is '-' or '&' or ' ';
        }
        var t = field.Trim();
        return t.IsEmpty || t is "-" or "&" or "--" or "-&";
    }

    public Reading Read(CodeSystem system, ReadOnlySpan<char> field)
    {
        if (TryPack(field, out var key))
        {
            var packed = system == CodeSystem.Icd10 ? icd10Short : opcsShort;
            if (packed.TryGetValue(key, out var hit))
            {
                return hit;
            }
            var read = ReadUncached(system, field.ToString());
            if (packed.Count >= MaxCached)
            {
                packed.Clear();
            }
            packed.Add(key, read);
            return read;
        }
        var cache = system == CodeSystem.Icd10 ? icd10 : opcs;
        var lookup = system == CodeSystem.Icd10
            ? icd10Lookup ??= icd10.GetAlternateLookup<ReadOnlySpan<char>>()
            : opcsLookup ??= opcs.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(field, out var cached))
        {
            return cached;
        }
        var text = field.ToString();
        var reading = ReadUncached(system, text);
        if (cache.Count >= MaxCached)
        {
            cache.Clear(); // Bounded memory even on a file of random text.
        }
        cache[text] = reading;
        return reading;
    }

    /// <summary>
    /// The field's length, then each character in a byte: one number per field, never the same for two
    /// fields (the length keeps `A` apart from `\0A`). False for a longer field or a wider character.
    /// </summary>
    private static bool TryPack(ReadOnlySpan<char> field, out ulong key)
    {
        key = (ulong)field.Length;
        if (field.Length > 7)
        {
            return false;
        }
        foreach (var c in field)
        {
            if (c > 0xFF)
            {
                return false;
            }
            key = (key << 8) | c;
        }
        return true;
    }

    private Reading ReadUncached(CodeSystem system, string raw)
    {
        var dotted = Dotted(system, raw.Trim().ToUpperInvariant());
        var outcome = CodePatternReader.Read(system, dotted);
        if (outcome.Pattern is not { Kind: PatternKind.Code } pattern)
        {
            var name = CodeSystems.Of(system).DisplayName;
            return new Reading(null, $"'{raw}' is not an {name} code");
        }
        var entry = tables.GetDefault(system).Find(pattern.Code);
        return new Reading(new RecordedCode(pattern, entry), null);
    }

    /// <summary>`J124` → `J12.4`; `C787` → `C78.7`; `I48X` → `I48.X`; `M8008` → `M80.08`; `G01XD` → `G01.X†`; `H198A` stays an asterisk code `H19.8A`.</summary>
    private static string Dotted(CodeSystem system, string code)
    {
        var mark = "";
        if (code.Length > 1 && code[^1] is '†' or '+' or '*')
        {
            mark = code[^1] == '*' ? "*" : "†";
            code = code[..^1];
        }
        if (code.Length < 4 || code.Contains('.') || !char.IsAsciiLetter(code[0]) || !char.IsAsciiDigit(code[1]) || !char.IsAsciiDigit(code[2]))
        {
            return code + mark;
        }
        var rest = code[3..];
        if (system == CodeSystem.Icd10 && rest.Length >= 2 && rest[^1] == 'D')
        {
            mark = "†";
            rest = rest[..^1];
        }
        if (system == CodeSystem.Icd10 && rest.Length >= 2 && rest[^1] == 'A')
        {
            return $"{code[..3]}.{rest}{mark}"; // the NHS asterisk suffix: H19.8A
        }
        if (system == CodeSystem.Icd10 && rest.Length == 2 && rest[0] == 'X' && rest[1] == '-')
        {
            rest = "X";
        }
        rest = rest.TrimEnd('-');
        return rest.Length == 0 ? code[..3] + mark : $"{code[..3]}.{rest}{mark}";
    }
}
