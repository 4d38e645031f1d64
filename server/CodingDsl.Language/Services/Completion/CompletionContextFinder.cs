using System.Text.RegularExpressions;
using CodingDsl.Language.Classifications;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

/// <summary>
/// Decides what may be typed at a position, so half-typed and unparsable lines still complete: the
/// current line up to the cursor (in a comment? in a string?), the braces of the enclosing block, and the
/// tokens of the current statement (which may start on an earlier line when this one continues it with
/// `or`, `and` or a modifier). The tree gives where the caret's unit starts (<see cref="CaretUnit"/>); the
/// text from there to the cursor is read cut at the cursor (<see cref="CaretReading"/>).
/// </summary>
internal static partial class CompletionContextFinder
{
    /// <param name="scanFrom">Where the block scan may start, from the tree (<see cref="CaretUnit"/>); the default scans from the top.</param>
    public static CompletionContext Find(SourceText source, int offset, CaretUnit scanFrom = default)
    {
        var text = source.Text;
        offset = Math.Clamp(offset, 0, text.Length);
        var line = source.GetPosition(offset).Line;
        var lineStart = source.GetLineStart(line);
        var lineEnd = source.GetLineEnd(line);

        var (commentStart, stringStart) = CaretReading.OpenTokenAt(text, lineStart, offset);
        if (commentStart >= 0)
        {
            return InComment(text, commentStart, offset, lineEnd);
        }

        var (partialStart, wordEnd) = Lexer.WordAround(text, lineStart, lineEnd, offset);
        if (stringStart >= 0)
        {
            partialStart = stringStart;
        }

        var (block, _, sectionOpen, lastBrace) = ScanFrom(text, scanFrom, partialStart);
        var statementStart = FindStatementStart(source, line, Math.Max(lastBrace + 1, 0), partialStart);
        var tokens = CaretReading.Tokens(text, statementStart, partialStart);
        var replace = TextSpan.FromBounds(partialStart, wordEnd);
        var query = text[partialStart..offset];

        if (stringStart >= 0)
        {
            return InString(text, tokens, stringStart, offset, lineEnd, block);
        }

        var inSection = block is BlockKind.Procedure or BlockKind.Diagnosis;
        var context = new CompletionContext(CompletionPosition.None, replace, query, block, InSection: inSection);
        if (tokens.Count == 0)
        {
            return block switch
            {
                BlockKind.TopLevel => context with { Position = CompletionPosition.TopLevelStatement },
                BlockKind.Guidance => context with { Position = CompletionPosition.GuidanceItem },
                BlockKind.Procedure or BlockKind.Diagnosis => context with
                {
                    Position = CompletionPosition.SectionItem,
                    AfterRequirement = PreviousStatementIsRequirement(text, Math.Max(lastBrace + 1, 0), statementStart),
                },
                BlockKind.Rule => context with { Position = CompletionPosition.RuleClause },
                _ => context,
            };
        }

        var first = tokens[0].Text;
        switch (block)
        {
            case BlockKind.TopLevel when first == "set":
                return SetStatement(tokens, context);
            case BlockKind.TopLevel when first == "use" && tokens.Count == 1:
                return context with { Position = CompletionPosition.UsePath };
            case BlockKind.Guidance when first is "procedure" or "diagnosis" && tokens.Count == 2 && tokens[1].Kind == TokenKind.String:
                return context with { Position = CompletionPosition.AfterVariantName };
            case BlockKind.Guidance when first == "classifications":
                return tokens[^1].Is("classifications") || tokens[^1].Is(",") ? context with { Position = CompletionPosition.Versions } : context;
            case BlockKind.Procedure or BlockKind.Diagnosis when first == "snomed":
                return tokens.Count == 1 ? context with { Position = CompletionPosition.SnomedValue } : context;
            case BlockKind.Procedure or BlockKind.Diagnosis when first is "opcs" or "icd10" || Keywords.ContinuesStatement(first):
                var (approach, image) = block == BlockKind.Procedure ? ApproachExpected(text, sectionOpen, statementStart) : (false, false);
                return Expression(source, tokens, 0, context, withModifiers: true, approach, image, offset);
            case BlockKind.Rule:
                return RuleClause(source, tokens, context, offset);
        }
        return context;
    }

    private static CompletionContext InComment(string text, int commentStart, int offset, int lineEnd)
    {
        var none = new CompletionContext(CompletionPosition.None, new TextSpan(offset, 0), string.Empty, BlockKind.Unknown);
        var m = Directive().Match(text, commentStart, offset - commentStart);
        if (!m.Success)
        {
            return none;
        }
        var start = offset;
        while (start > commentStart && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] == '-'))
        {
            start--;
        }
        if (start < commentStart + m.Length)
        {
            return none;
        }
        var end = offset;
        while (end < lineEnd && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '-'))
        {
            end++;
        }
        return new CompletionContext(CompletionPosition.Suppression, TextSpan.FromBounds(start, end), text[start..offset], BlockKind.Unknown);
    }

    private static CompletionContext InString(string text, List<LexedToken> tokens, int stringStart, int offset, int lineEnd, BlockKind block)
    {
        var close = text.IndexOf('"', offset, lineEnd - offset);
        var replace = TextSpan.FromBounds(stringStart + 1, close >= 0 ? close : lineEnd);
        var query = text[(stringStart + 1)..offset];
        if (tokens.Count == 1 && tokens[0].Is("use") && block == BlockKind.TopLevel)
        {
            return new CompletionContext(CompletionPosition.UsePath, replace, query, block, InQuotes: true);
        }
        // A title right after a code: `opcs J12.4 "Perc|`.
        if (tokens.Count >= 1 && tokens[^1].Kind == TokenKind.Word && LooksLikeCode(tokens[^1].Text)
            && tokens.Any(t => t.Is("opcs") || t.Is("icd10") || t.Is("or") || t.Is("and") || t.Is("default")))
        {
            var system = tokens.LastOrDefault(t => t.Is("opcs") || t.Is("icd10"))?.Text == "icd10" ? CodeSystem.Icd10 : CodeSystem.Opcs4;
            return new CompletionContext(CompletionPosition.Title, replace, query, block, system, TitleCode: tokens[^1].Text);
        }
        return new CompletionContext(CompletionPosition.None, new TextSpan(offset, 0), string.Empty, block);
    }

    /// <summary>
    /// The blocks open at <paramref name="end"/>. In a guidance, the scan starts at the item the caret is
    /// in or after, not at the declaration: the 50,000-line guidance is one declaration, and every
    /// keystroke in it would read the items above. The state at an item's start is the guidance's block
    /// alone (the parser and the scan close blocks at the same braces and top-level words), known once the
    /// guidance's head is read up to its first item: a head without its `{` scans from the declaration.
    /// </summary>
    private static (BlockKind Block, int Open, int SectionOpen, int LastBrace) ScanFrom(string text, CaretUnit unit, int end)
    {
        var declaration = Math.Clamp(unit.Declaration, 0, end);
        if (unit.Item > declaration && unit.Item <= end && unit.FirstItem > declaration && unit.FirstItem <= unit.Item)
        {
            var head = ScanBlocks(text, declaration, unit.FirstItem, seed: null);
            if (head is { Block: BlockKind.Guidance, Depth: 1 })
            {
                var lastBrace = unit.Item == unit.FirstItem ? head.LastBrace : unit.Item - 1;
                var scan = ScanBlocks(text, unit.Item, end, (head.Open, lastBrace));
                return (scan.Block, scan.Open, scan.SectionOpen, scan.LastBrace);
            }
        }
        var whole = ScanBlocks(text, declaration, end, seed: null);
        return (whole.Block, whole.Open, whole.SectionOpen, whole.LastBrace);
    }

    /// <summary>
    /// A forward scan to the cursor: a stack of blocks opened by `{` (named by the block word that
    /// began their statement), popped by `}`; a top-level word at the start of a line closes blocks
    /// left open, as the parser does. Allocates nothing per word: it runs on every keystroke.
    /// </summary>
    /// <param name="seed">When the scan starts inside a guidance's block (at one of its items): where its `{` is, and the floor of the statement search (the last brace before the item).</param>
    private static (BlockKind Block, int Open, int SectionOpen, int LastBrace, int Depth) ScanBlocks(string text, int from, int end, (int Open, int LastBrace)? seed)
    {
        var stack = new List<(BlockKind Kind, int Open)>();
        var header = BlockKind.Unknown;
        var hasHeader = false;
        var lastBrace = -1;
        if (seed is var (open, floor))
        {
            stack.Add((BlockKind.Guidance, open));
            lastBrace = floor;
        }
        foreach (var token in CaretReading.Tokens(text, from, end))
        {
            if (token.Kind == TokenKind.Word)
            {
                var word = token.Text.AsSpan();
                var startsLine = LineStartsAt(text, token.Span.Start);
                if (startsLine && stack.Count > 0 && (word.SequenceEqual("guidance") || word.SequenceEqual("rule") || word.SequenceEqual("set") || word.SequenceEqual("use")))
                {
                    stack.Clear();
                }
                var kind = BlockWordKind(word);
                if (kind != BlockKind.Unknown && (startsLine || !hasHeader))
                {
                    header = kind;
                    hasHeader = true;
                }
            }
            else if (token.IsSymbol('{'))
            {
                stack.Add((hasHeader ? header : BlockKind.Unknown, token.Span.Start));
                hasHeader = false;
                lastBrace = token.Span.Start;
            }
            else if (token.IsSymbol('}'))
            {
                if (stack.Count > 0)
                {
                    stack.RemoveAt(stack.Count - 1);
                }
                hasHeader = false;
                lastBrace = token.Span.Start;
            }
        }
        if (stack.Count == 0)
        {
            return (BlockKind.TopLevel, -1, -1, lastBrace, 0);
        }
        var top = stack[^1];
        return (top.Kind, top.Open, top.Kind is BlockKind.Procedure or BlockKind.Diagnosis ? top.Open : -1, lastBrace, stack.Count);
    }

    private static BlockKind BlockWordKind(ReadOnlySpan<char> word) => word switch
    {
        "guidance" => BlockKind.Guidance,
        "procedure" => BlockKind.Procedure,
        "diagnosis" => BlockKind.Diagnosis,
        "rule" => BlockKind.Rule,
        _ => BlockKind.Unknown,
    };

    private static bool LineStartsAt(string text, int position)
    {
        var i = position - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }
        return i < 0 || text[i] is '\n' or '\r';
    }

    /// <summary>
    /// The start of the statement the cursor is in: the nearest line at or above the cursor whose
    /// first word does not continue the statement above (`or`, `and`, a modifier), never before the
    /// enclosing brace.
    /// </summary>
    private static int FindStatementStart(SourceText source, int line, int floor, int cursor)
    {
        var text = source.Text;
        for (var l = line; l >= 0; l--)
        {
            var start = Math.Max(source.GetLineStart(l), floor);
            var end = l == line ? cursor : source.GetLineEnd(l);
            if (start > end)
            {
                return floor;
            }
            var first = CaretReading.Tokens(text, start, end).FirstOrDefault();
            if (first is null && l == line)
            {
                // Nothing typed on the cursor's line before it: a new statement starts here
                // (continuations of the one above are offered separately).
                return cursor;
            }
            if (first is null)
            {
                if (start <= floor)
                {
                    return floor;
                }
                continue;
            }
            if (first.Kind == TokenKind.Word && Keywords.ContinuesStatement(first.Text) && start > floor)
            {
                continue;
            }
            return first.Span.Start;
        }
        return floor;
    }

    /// <summary>True when the statement above the current one in the block is a requirement (so `or`, `and` and modifiers may continue it).</summary>
    private static bool PreviousStatementIsRequirement(string text, int blockStart, int statementStart)
    {
        var tokens = CaretReading.Tokens(text, blockStart, statementStart);
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            if (tokens[i].Kind == TokenKind.Word && LineStartsAt(text, tokens[i].Span.Start) && !Keywords.ContinuesStatement(tokens[i].Text))
            {
                return tokens[i].Is("opcs") || tokens[i].Is("icd10");
            }
        }
        return false;
    }

    /// <summary>
    /// The rule of thumb for "an approach is expected" (chapter Y codes first): in a procedure section,
    /// a statement below an `image-guided` fact or below a main OPCS-4 code (chapters A–X) of an
    /// earlier statement. Returns whether image-guided was seen (then Y53/Y68 lead).
    /// </summary>
    private static (bool Approach, bool Image) ApproachExpected(string text, int sectionOpen, int statementStart)
    {
        if (sectionOpen < 0)
        {
            return (false, false);
        }
        var image = false;
        var main = false;
        var system = "opcs";
        foreach (var token in CaretReading.Tokens(text, sectionOpen + 1, statementStart))
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }
            if (token.Text is "opcs" or "icd10")
            {
                system = token.Text;
            }
            else if (token.Text == "image-guided")
            {
                image = true;
            }
            else if (system == "opcs" && token.Text.Length >= 3 && token.Text[0] is >= 'A' and <= 'X' && char.IsAsciiDigit(token.Text[1]))
            {
                main = true;
            }
        }
        return (image || main, image);
    }

    private static CompletionContext SetStatement(List<LexedToken> tokens, CompletionContext context)
    {
        // set name = opcs A, B
        var equals = tokens.FindIndex(t => t.Is("="));
        if (equals < 0)
        {
            return context;
        }
        if (equals == tokens.Count - 1)
        {
            return context with { Position = CompletionPosition.System };
        }
        var system = tokens[equals + 1].Is("icd10") ? CodeSystem.Icd10 : CodeSystem.Opcs4;
        var last = tokens[^1];
        return last.Is(",") || (tokens.Count == equals + 2 && (last.Is("opcs") || last.Is("icd10")))
            ? context with { Position = CompletionPosition.Code, System = system }
            : context;
    }

    /// <summary>
    /// Reads a code expression from <paramref name="from"/>: after a system keyword, `or`, `and`, `(`
    /// or `default` a code is expected; words typed there that are not codes are words of a title
    /// ("opcs liver abl"), and the completion replaces all of them.
    /// </summary>
    private static CompletionContext Expression(SourceText source, List<LexedToken> tokens, int from, CompletionContext context, bool withModifiers, bool approach, bool image, int offset)
    {
        var system = CodeSystem.Opcs4;
        var expectCode = false;
        var afterCode = false;
        var titleStart = -1;
        for (var i = from; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Is("opcs") || t.Is("icd10"))
            {
                system = t.Text == "icd10" ? CodeSystem.Icd10 : CodeSystem.Opcs4;
                (expectCode, afterCode, titleStart) = (true, false, -1);
            }
            else if (t.Is("or") || t.Is("and") || t.Is("(") || t.Is("default"))
            {
                (expectCode, afterCode, titleStart) = (true, false, -1);
            }
            else if (t.Is("if") || t.Is("position") || t.Is("nice") || t.Is("remark"))
            {
                (expectCode, afterCode, titleStart) = (false, false, -1);
            }
            else if (t.Kind == TokenKind.String || t.Is(")") || t.Is("optional") || t.Kind == TokenKind.Word && t.Text.All(char.IsAsciiDigit))
            {
                (expectCode, afterCode, titleStart) = (false, true, -1);
            }
            else if (t.Kind == TokenKind.Word && expectCode && LooksLikeCode(t.Text))
            {
                (expectCode, afterCode, titleStart) = (false, true, -1);
            }
            else if (t.Kind == TokenKind.Word && expectCode && !Keywords.IsReserved(t.Text))
            {
                titleStart = titleStart < 0 ? t.Span.Start : titleStart;
            }
            else if (t.Is("chapter"))
            {
                (expectCode, afterCode, titleStart) = (false, false, -1);
            }
        }
        context = context with { System = system };
        if (expectCode)
        {
            if (titleStart >= 0)
            {
                // The typed title words, within the cursor's line (LSP edits stay on one line).
                var lineStart = source.GetLineStart(source.GetPosition(offset).Line);
                var start = Math.Max(titleStart, lineStart);
                context = context with { Replace = TextSpan.FromBounds(start, context.Replace.End), Query = source.Text[start..offset] };
            }
            return context with { Position = CompletionPosition.Code, ApproachExpected = approach && system == CodeSystem.Opcs4, ImageGuided = image };
        }
        if (afterCode)
        {
            return context with { Position = CompletionPosition.AfterCode, InSection = withModifiers };
        }
        return context with { Position = CompletionPosition.None };
    }

    private static CompletionContext RuleClause(SourceText source, List<LexedToken> tokens, CompletionContext context, int offset)
    {
        var first = tokens[0].Text;
        switch (first)
        {
            case "severity":
                return tokens.Count == 1 ? context with { Position = CompletionPosition.Severity } : context;
            case "code":
                return tokens.Count == 1 ? context with { Position = CompletionPosition.DiagnosticCode } : context;
            case "fix":
                if (tokens.Count == 1)
                {
                    return context with { Position = CompletionPosition.FixAdd };
                }
                if (tokens.Count == 2 && tokens[1].Is("add"))
                {
                    return context with { Position = CompletionPosition.System };
                }
                return tokens[1].Is("add") ? Expression(source, tokens, 2, context, withModifiers: false, false, false, offset) : context;
            case "when":
            case "require":
                return Condition(tokens, context);
            default:
                return context;
        }
    }

    private static CompletionContext Condition(List<LexedToken> tokens, CompletionContext context)
    {
        var position = CompletionPosition.ConditionStart;
        var system = CodeSystem.Opcs4;
        for (var i = 1; i < tokens.Count; i++)
        {
            var t = tokens[i];
            position = position switch
            {
                _ when t.Is("and") || t.Is("or") || t.Is("not") || t.Is("(") => CompletionPosition.ConditionStart,
                _ when t.Is(")") => CompletionPosition.ConditionAfterAtom,
                CompletionPosition.ConditionStart when t.Is("has") || t.Is("first") || t.Is("second") => CompletionPosition.ConditionSystem,
                CompletionPosition.ConditionSystem when t.Is("opcs") || t.Is("icd10") => CompletionPosition.Selector,
                CompletionPosition.Selector when t.Is("chapter") => CompletionPosition.None,
                _ => CompletionPosition.ConditionAfterAtom,
            };
            if (t.Is("opcs") || t.Is("icd10"))
            {
                system = t.Text == "icd10" ? CodeSystem.Icd10 : CodeSystem.Opcs4;
            }
        }
        return context with { Position = position, System = system };
    }

    /// <summary>A code as typed so far: a letter then a digit ("J1", "j12.4", "C18.-").</summary>
    internal static bool LooksLikeCode(string word) =>
        word.Length >= 2 && char.IsAsciiLetter(word[0]) && char.IsAsciiDigit(word[1]);

    [GeneratedRegex(@"\G//\s*codingdsl-disable-(?:next-)?line\b")]
    private static partial Regex Directive();
}
