using System.Text.RegularExpressions;
using CodingDsl.Language.Classifications;

namespace CodingDsl.Language.Semantics;

/// <summary>Reads a pattern as written for a system; says when it is malformed and, when the intent is clear, how to write it.</summary>
public static partial class CodePatternReader
{
    public sealed record Outcome(CodePattern? Pattern, string? Problem, string? Correction);

    [GeneratedRegex(@"^(?<l>[A-Z])(?<n>\d{2})\.(?<d>\d)$")]
    private static partial Regex OpcsCode();

    [GeneratedRegex(@"^(?<l>[A-Z])(?<n>\d{2})(\.(?<d>\d{1,2}|X))?(?<a>A)?$")]
    private static partial Regex IcdCode();

    [GeneratedRegex(@"^(?<l>[A-Z])(?<n>\d{2})\.-$")]
    private static partial Regex Category();

    [GeneratedRegex(@"^(?<l>[A-Z])(?<n>\d{2})$")]
    private static partial Regex Bare();

    [GeneratedRegex(@"^(?<l>[A-Z])(?<a>\d{2})-(?<l2>[A-Z])(?<b>\d{2})$")]
    private static partial Regex Range();

    [GeneratedRegex(@"^[a-z][a-z0-9-]*$")]
    private static partial Regex Name();

    [GeneratedRegex(@"^(?<l>[A-Za-z])(?<n>\d{2})(?<d>[0-9X])(?<a>A)?$")]
    private static partial Regex Undotted();

    // The same few hundred codes are read on every keystroke in the editor: reading is pure, so each
    // spelling is read once (bounded, cleared when full; a workspace has far fewer distinct codes).
    private const int CacheLimit = 50_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(CodeSystem, string, bool), Outcome> Cache = new();

    public static Outcome Read(CodeSystem system, string text, bool chapter = false)
    {
        if (Cache.TryGetValue((system, text, chapter), out var cached))
        {
            return cached;
        }
        if (Cache.Count >= CacheLimit)
        {
            Cache.Clear();
        }
        return Cache[(system, text, chapter)] = ReadUncached(system, text, chapter);
    }

    private static Outcome ReadUncached(CodeSystem system, string text, bool chapter)
    {
        var mark = CodeMark.None;
        var body = text;
        if (body.Length > 1 && body[^1] is '†' or '+' or '*')
        {
            mark = body[^1] == '*' ? CodeMark.Asterisk : CodeMark.Dagger;
            body = body[..^1];
        }
        var systemName = CodeSystems.Of(system).DisplayName;
        if (chapter)
        {
            return body.Length == 1 && char.IsAsciiLetterUpper(body[0])
                ? new Outcome(new CodePattern(system, PatternKind.Chapter, $"chapter {body}", body[0]), null, null)
                : new Outcome(null, $"'{text}' is not a chapter: write one upper-case letter, as in 'chapter Z'.", null);
        }
        if (mark != CodeMark.None && system != CodeSystem.Icd10)
        {
            return new Outcome(null, $"'{text}': dagger and asterisk marks belong to ICD-10 codes, not {systemName}.", body);
        }

        Match m;
        if ((m = Category().Match(body)).Success)
        {
            return Ok(system, PatternKind.Category, text, m, m, mark);
        }
        if ((m = Range().Match(body)).Success)
        {
            var from = int.Parse(m.Groups["a"].Value);
            var to = int.Parse(m.Groups["b"].Value);
            if (m.Groups["l"].Value != m.Groups["l2"].Value || from > to)
            {
                return new Outcome(null, $"'{text}' is not a range: both ends need the same letter, the lower first, as in C71-C74.", null);
            }
            return new Outcome(new CodePattern(system, PatternKind.Range, text, m.Groups["l"].Value[0], from, to), null, null);
        }
        if (system == CodeSystem.Opcs4)
        {
            if ((m = OpcsCode().Match(body)).Success)
            {
                var n = int.Parse(m.Groups["n"].Value);
                return new Outcome(new CodePattern(system, PatternKind.Code, text, m.Groups["l"].Value[0], n, n, body), null, null);
            }
            if ((m = Bare().Match(body)).Success)
            {
                var n = int.Parse(m.Groups["n"].Value);
                return new Outcome(new CodePattern(system, PatternKind.Code, text, m.Groups["l"].Value[0], n, n, body), null, null);
            }
        }
        else if ((m = IcdCode().Match(body)).Success)
        {
            var n = int.Parse(m.Groups["n"].Value);
            var fourth = m.Groups["d"].Value;
            var asteriskSuffix = m.Groups["a"].Success;
            if (asteriskSuffix && (fourth.Length != 1 || fourth == "X"))
            {
                return new Outcome(null, $"'{text}': the NHS asterisk suffix 'A' follows a fourth character, as in H19.8A.", null);
            }
            var key = fourth is "" or "X" ? $"{m.Groups["l"].Value}{m.Groups["n"].Value}" : $"{m.Groups["l"].Value}{m.Groups["n"].Value}.{fourth}";
            return new Outcome(
                new CodePattern(system, PatternKind.Code, text, m.Groups["l"].Value[0], n, n, key, asteriskSuffix ? CodeMark.Asterisk : mark, fourth == "X"),
                null, null);
        }
        if (Name().IsMatch(body) && mark == CodeMark.None && !char.IsAsciiDigit(body.Length > 1 ? body[1] : 'x'))
        {
            return new Outcome(new CodePattern(system, PatternKind.Name, text), null, null);
        }
        return new Outcome(null, MalformedMessage(system, text), Correct(system, body, text[body.Length..]));
    }

    private static Outcome Ok(CodeSystem system, PatternKind kind, string text, Match m, Match _, CodeMark mark)
    {
        var n = int.Parse(m.Groups["n"].Value);
        return new Outcome(new CodePattern(system, kind, text, m.Groups["l"].Value[0], n, n, $"{m.Groups["l"].Value}{m.Groups["n"].Value}", mark), null, null);
    }

    private static string MalformedMessage(CodeSystem system, string text) => system == CodeSystem.Icd10
        ? $"'{text}' is not an ICD-10 code: write a capital letter, two digits, a dot and the fourth character, as in C78.7 (or C18.- for a code from the category)."
        : $"'{text}' is not an OPCS-4 code: write a capital letter, two digits, a dot and the fourth digit, as in J12.4 (or Y53.- for a code from the category).";

    /// <summary>The well-formed spelling of a near miss (`j12.4`, `J124`, `C787`, `I48X`), or null.</summary>
    private static string? Correct(CodeSystem system, string body, string marks)
    {
        var upper = body.ToUpperInvariant();
        if (upper != body && Read(system, upper + marks).Pattern is { Kind: not PatternKind.Name })
        {
            return upper + marks;
        }
        var m = Undotted().Match(body);
        if (m.Success)
        {
            var dotted = $"{m.Groups["l"].Value.ToUpperInvariant()}{m.Groups["n"].Value}.{m.Groups["d"].Value}{m.Groups["a"].Value}";
            if (Read(system, dotted + marks).Pattern is not null)
            {
                return dotted + marks;
            }
        }
        return null;
    }
}
