using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;
using Sprache;

namespace CodingDsl.Language.Syntax;

/// <summary>
/// Parses a document with error recovery. The block structure (guidance, sections, rules) is walked
/// here; each statement is parsed with its Sprache grammar where it starts. A statement that fails
/// is reported in words a terminologist understands and skipped up to the next line that starts a
/// statement, so one mistake costs one diagnostic and the rest of the file is still parsed.
/// </summary>
internal sealed class Parser
{
    public const int MaxSyntaxErrors = 100;

    private readonly SourceText source;
    private readonly string text;
    private readonly List<Diagnostic> diagnostics = [];

    /// <summary>For each top-level declaration, how many errors were reported before it and after it (in the whole document).</summary>
    private readonly List<(int Before, int After)> declarationErrors = [];
    private int position;

    /// <summary>Where the unit being parsed starts: the spans of the nodes and tokens made are relative to it (see <see cref="SourceInput"/>).</summary>
    private int unitStart;
    private int stoppedAt = -1;
    private int errorCount;

    /// <summary>What error recovery passed over in the block being parsed (or at the top level), in document spans; null until something is.</summary>
    private List<TextSpan>? skipped;

    private Parser(SourceText source)
    {
        this.source = source;
        text = source.Text;
    }

    public static SyntaxTree Parse(SourceText source)
    {
        var parser = new Parser(source);
        var offsets = new List<int>();
        var declarations = parser.ParseFile(offsets);
        var units = UnitList.Declarations(source.Text, declarations, offsets);
        var root = new CompilationUnit(new TextSpan(0, source.Length), declarations, offsets, UnitComments.All(units), UnitComments.End(units))
        {
            SkippedSpans = parser.Skipped(0),
        };
        return new SyntaxTree(source, root, parser.diagnostics) { DeclarationErrors = parser.declarationErrors };
    }

    /// <summary>What <see cref="ResumeAt"/> read: the declarations, and where it stopped (-1 at the end of the text).</summary>
    /// <param name="Skipped">What it passed over between declarations, in document spans.</param>
    internal sealed record Resumed(
        List<SyntaxNode> Declarations, List<int> Offsets, List<Diagnostic> Diagnostics, List<(int Before, int After)> DeclarationErrors, int StoppedAt, IReadOnlyList<TextSpan> Skipped);

    /// <summary>
    /// Goes on with a whole-file parse from the top-level position <paramref name="start"/>, with
    /// <paramref name="errorCount"/> errors reported before it, until a top-level position where
    /// <paramref name="stop"/> says the previous parse can be taken over. Error counts are from the
    /// start of the document.
    /// </summary>
    internal static Resumed ResumeAt(SourceText source, int start, int errorCount, Func<int, bool> stop)
    {
        var parser = new Parser(source) { position = start, errorCount = errorCount };
        var offsets = new List<int>();
        var declarations = parser.ParseFile(offsets, stop);
        return new Resumed(declarations, offsets, parser.diagnostics, parser.declarationErrors, parser.stoppedAt, parser.Skipped(0));
    }

    /// <summary>
    /// Parses the one block (guidance, rule or section) that starts at <paramref name="start"/>, as the
    /// whole-file parse would: blocks are parsed without regard to what surrounds them. The block is a
    /// unit: its spans are relative to <paramref name="start"/>.
    /// </summary>
    internal static (SyntaxNode? Block, IReadOnlyList<Diagnostic> Diagnostics) ParseBlockAt(SourceText source, int start)
    {
        var parser = new Parser(source) { position = start, unitStart = start };
        var form = StatementGrammar.FormOf(Lexical.PeekWord(source.Text, start)?.Text ?? string.Empty);
        var block = form is { Block: not BlockForm.None } ? parser.ParseBlockForm(form.Block) : null;
        return (block, parser.diagnostics);
    }

    /// <summary>What <see cref="ResumeGuidanceItems"/> read: the items, and the guidance's `}` or where it stopped (-1 when neither).</summary>
    /// <param name="Offsets">Each item's start, relative to the guidance's.</param>
    /// <param name="Close">The guidance's `}`, relative to the guidance's start.</param>
    /// <param name="Skipped">What it passed over between items, relative to the guidance's start.</param>
    internal sealed record ResumedItems(List<SyntaxNode> Items, List<int> Offsets, List<Diagnostic> Diagnostics, SyntaxToken? Close, int StoppedAt, IReadOnlyList<TextSpan> Skipped);

    /// <summary>
    /// Goes on with the items of a guidance block from <paramref name="start"/>, a position between two
    /// of its items, until its `}` or an item's start where <paramref name="stop"/> says the previous
    /// parse can be taken over. <paramref name="guidanceStart"/> is where the guidance starts.
    /// </summary>
    internal static ResumedItems ResumeGuidanceItems(SourceText source, int guidanceStart, int start, int errorCount, Func<int, bool> stop)
    {
        var parser = new Parser(source) { position = start, errorCount = errorCount, unitStart = guidanceStart };
        var items = new List<SyntaxNode>();
        var offsets = new List<int>();
        var close = parser.ParseItems("guidance", items, offsets, parser.ParseGuidanceItem, stop);
        return new ResumedItems(items, offsets, parser.diagnostics, close, parser.stoppedAt, parser.Skipped(guidanceStart));
    }

    private bool GaveUp => errorCount > MaxSyntaxErrors;

    /// <param name="offsets">Receives each declaration's start: a top-level declaration is a unit.</param>
    private List<SyntaxNode> ParseFile(List<int> offsets, Func<int, bool>? stop = null)
    {
        var declarations = new List<SyntaxNode>();
        while (!GaveUp)
        {
            position = Lexer.SkipTrivia(text, position);
            if (position >= text.Length)
            {
                break;
            }
            if (stop is not null && stop(position))
            {
                stoppedAt = position;
                break;
            }
            var count = declarations.Count;
            var before = errorCount;
            var start = position;
            unitStart = start;
            ParseTopLevel(declarations);
            if (declarations.Count > count)
            {
                declarationErrors.Add((before, errorCount));
                offsets.Add(start);
            }
        }
        return declarations;
    }

    private void ParseTopLevel(List<SyntaxNode> declarations)
    {
        var word = Lexical.PeekWord(text, position);
        if (ParseForm(word?.Text, WordPlaces.TopLevel, declarations))
        {
            return;
        }
        if (text[position] == '}')
        {
            Report(DiagnosticFactory.UnexpectedCloseBrace(new TextSpan(position, 1)));
            Skip(position, position + 1);
            position++;
        }
        else
        {
            ReportUnknownStatement(word, "at the top of a file", Keywords.TopLevel);
            Resync();
        }
    }

    /// <summary>Parses the statement or block <paramref name="word"/> starts in <paramref name="place"/> (see <see cref="StatementGrammar.Forms"/>); false when it starts none there.</summary>
    private bool ParseForm(string? word, WordPlaces place, List<SyntaxNode> into)
    {
        switch (StatementGrammar.FormStarting(word, place))
        {
            case null:
                return false;
            case { Grammar: { } grammar }:
                Statement(grammar, into);
                return true;
            case var form:
                into.Add(ParseBlockForm(form.Block));
                return true;
        }
    }

    private SyntaxNode ParseBlockForm(BlockForm block) => block switch
    {
        BlockForm.Guidance => ParseGuidance(),
        BlockForm.Section => ParseSection(),
        BlockForm.Rule => ParseRule(),
        BlockForm.None => throw new ArgumentOutOfRangeException(nameof(block), "A statement form without a grammar must name its block."),
    };

    private GuidanceDeclaration ParseGuidance()
    {
        var start = position;
        var outer = skipped;
        skipped = null;
        var header = StatementGrammar.GuidanceHeader(new SourceInput(text, position, unitStart));
        SyntaxToken keyword;
        SyntaxToken id;
        StringLiteral? title = null;
        if (header.WasSuccessful)
        {
            (keyword, id, title) = header.Value;
            position = header.Remainder.Position;
        }
        else
        {
            ReportFailure(header);
            keyword = KeywordAt(position);
            id = new SyntaxToken(new TextSpan(keyword.LocalSpan.End, 0), string.Empty);
            position = unitStart + keyword.LocalSpan.End;
            SkipToOpenBraceOnLine();
        }
        var offsets = new List<int>();
        var (items, close) = ParseBlock($"guidance {id.Text}".TrimEnd(), keyword, ParseGuidanceItem, offsets);
        var guidance = new GuidanceDeclaration(UnitSpan(start, close), keyword, id, title, items, offsets, close) { SkippedSpans = Skipped(start) };
        skipped = outer;
        return guidance with { ItemComments = UnitComments.All(UnitList.Items(text, guidance, start)) };
    }

    private bool ParseGuidanceItem(string word, List<SyntaxNode> items) => ParseForm(word, WordPlaces.GuidanceItem, items);

    private SectionDeclaration ParseSection()
    {
        var start = position;
        var outer = skipped;
        skipped = null;
        unitStart = start;
        var header = StatementGrammar.SectionHeader(new SourceInput(text, position, unitStart));
        SyntaxToken keyword;
        StringLiteral? name = null;
        IfModifier? condition = null;
        if (header.WasSuccessful)
        {
            (keyword, name, condition) = header.Value;
            position = header.Remainder.Position;
        }
        else
        {
            ReportFailure(header);
            keyword = KeywordAt(position);
            position = unitStart + keyword.LocalSpan.End;
            SkipToOpenBraceOnLine();
        }
        var kind = keyword.Text == "diagnosis" ? SectionKind.Diagnosis : SectionKind.Procedure;
        var (items, close) = ParseBlock(keyword.Text, keyword, ParseSectionItem, offsets: null);
        var section = new SectionDeclaration(UnitSpan(start, close), keyword, kind, name, items, close, condition) { SkippedSpans = Skipped(start) };
        skipped = outer;
        return section;
    }

    private bool ParseSectionItem(string word, List<SyntaxNode> items) => ParseForm(word, WordPlaces.SectionItem, items);

    private RuleDeclaration ParseRule()
    {
        var start = position;
        var outer = skipped;
        skipped = null;
        var header = StatementGrammar.RuleHeader(new SourceInput(text, position, unitStart));
        SyntaxToken keyword;
        SyntaxToken name;
        StringLiteral? title = null;
        if (header.WasSuccessful)
        {
            (keyword, name, title) = header.Value;
            position = header.Remainder.Position;
        }
        else
        {
            ReportFailure(header);
            keyword = KeywordAt(position);
            name = new SyntaxToken(new TextSpan(keyword.LocalSpan.End, 0), string.Empty);
            position = unitStart + keyword.LocalSpan.End;
            SkipToOpenBraceOnLine();
        }
        var (clauses, close) = ParseBlock($"rule {name.Text}".TrimEnd(), keyword, (word, list) => ParseForm(word, WordPlaces.RuleClause, list), offsets: null);
        var rule = new RuleDeclaration(UnitSpan(start, close), keyword, name, title, clauses, close) { SkippedSpans = Skipped(start) };
        skipped = outer;
        return rule;
    }

    /// <summary>The span of the block unit that started at <paramref name="start"/>, relative to it: to its `}`, else to where its parse stopped.</summary>
    private TextSpan UnitSpan(int start, SyntaxToken? close) => TextSpan.FromBounds(0, close?.LocalSpan.End ?? position - start);

    /// <summary>The keyword at <paramref name="at"/> as a token of the current unit (a header that failed to parse keeps its keyword).</summary>
    private SyntaxToken KeywordAt(int at)
    {
        var word = Lexical.PeekWord(text, at)!;
        return new SyntaxToken(new TextSpan(word.Span.Start - unitStart, word.Span.Length), word.Text);
    }

    /// <summary>A token of the current unit where it stands in the document, for a diagnostic (the parser's diagnostics are in document offsets).</summary>
    private TextSpan DocumentSpan(SyntaxToken token) => new(unitStart + token.LocalSpan.Start, token.LocalSpan.Length);

    /// <summary>
    /// Parses `{ items }`. A missing `{` is reported and the items are parsed anyway; a missing `}`
    /// is reported at the block's keyword when the file ends or a top-level declaration begins.
    /// </summary>
    /// <param name="offsets">For a guidance, receives each item's start relative to the guidance's (its items are units); null for a block whose items are not.</param>
    private (List<SyntaxNode> Items, SyntaxToken? Close) ParseBlock(string what, SyntaxToken keyword, Func<string, List<SyntaxNode>, bool> parseItem, List<int>? offsets)
    {
        var items = new List<SyntaxNode>();
        position = Lexer.SkipTrivia(text, position);
        if (position < text.Length && text[position] == '{')
        {
            position++;
        }
        else
        {
            Report(DiagnosticFactory.ExpectedOpenBrace(TokenSpanAt(position), what));
        }

        if (ParseItems(keyword.Text, items, offsets, parseItem, stop: null) is { } close)
        {
            return (items, close);
        }
        if (offsets is not null && MisalignedSection(items, offsets) is var (open, openStart))
        {
            // The guidance ran out because a section took its `}`: the `}` further left than the
            // section's line was meant for the guidance, so the section is the block left open. Only
            // the report moves; the tree stays as read, since layout carries no meaning.
            Report(DiagnosticFactory.MissingCloseBrace(open.Keyword.LocalSpan.Shift(openStart), open.Keyword.Text));
            return (items, null);
        }
        Report(DiagnosticFactory.MissingCloseBrace(DocumentSpan(keyword), what));
        return (items, null);
    }

    /// <summary>
    /// The items of a block up to its `}`, which it returns; null when the block runs out (the file
    /// ends or a declaration that cannot stand inside it begins) or <paramref name="stop"/> says the
    /// previous parse can be taken over at an item's start.
    /// </summary>
    private SyntaxToken? ParseItems(string keyword, List<SyntaxNode> items, List<int>? offsets, Func<string, List<SyntaxNode>, bool> parseItem, Func<int, bool>? stop)
    {
        var allowed = ItemsAllowedIn(keyword);
        while (!GaveUp)
        {
            position = Lexer.SkipTrivia(text, position);
            if (position >= text.Length)
            {
                break;
            }
            if (text[position] == '}')
            {
                var close = new SyntaxToken(new TextSpan(position - unitStart, 1), "}");
                position++;
                return close;
            }
            if (stop is not null && stop(position))
            {
                stoppedAt = position;
                break;
            }
            var word = Lexical.PeekWord(text, position);
            if (word is not null && ParseItem(word.Text, items, offsets, parseItem))
            {
                continue;
            }
            var sectionOutsideGuidance = keyword != "guidance" && word?.Text is "procedure" or "diagnosis";
            if (word is not null && Keywords.TopLevel.Contains(word.Text) || sectionOutsideGuidance)
            {
                // A declaration that cannot stand here: the block was most likely left open.
                break;
            }
            ReportUnknownStatement(word, $"inside {keyword}", allowed);
            Resync();
        }
        return null;
    }

    /// <summary>One item of a block; an item of a guidance is a unit of its own, placed by its offset from the guidance's start.</summary>
    private bool ParseItem(string word, List<SyntaxNode> items, List<int>? offsets, Func<string, List<SyntaxNode>, bool> parseItem)
    {
        if (offsets is null)
        {
            return parseItem(word, items);
        }
        var block = unitStart;
        var start = position;
        var count = items.Count;
        unitStart = start;
        var parsed = parseItem(word, items);
        unitStart = block;
        if (items.Count > count)
        {
            offsets.Add(start - block);
        }
        return parsed;
    }

    private static IReadOnlyList<string> ItemsAllowedIn(string blockKeyword) => blockKeyword switch
    {
        "guidance" => Keywords.GuidanceItems,
        "rule" => Keywords.RuleClauses,
        _ => Keywords.SectionItems,
    };

    private void Statement<T>(Parser<T> grammar, List<SyntaxNode> into)
        where T : SyntaxNode
    {
        var result = grammar(new SourceInput(text, position, unitStart));
        if (result.WasSuccessful)
        {
            into.Add(result.Value);
            position = result.Remainder.Position;
            return;
        }
        ReportFailure(result);
        Resync();
    }

    private void ReportFailure<T>(IResult<T> failure)
    {
        var at = Lexer.SkipTrivia(text, failure.Remainder.Position);
        var expected = failure.Expectations.Distinct().ToArray();
        if (expected.Any(e => e.StartsWith("a ", StringComparison.Ordinal) || e.StartsWith("the ", StringComparison.Ordinal)))
        {
            // A described expectation ("a code such as J12.4") says more than the punctuation and
            // keywords that could also have started that part.
            expected = expected.Where(e => !e.StartsWith('\'')).ToArray();
        }
        if (expected.Contains(Lexical.ClosingQuote))
        {
            var open = text.LastIndexOf('"', Math.Max(0, Math.Min(failure.Remainder.Position, text.Length) - 1));
            var span = TextSpan.FromBounds(Math.Max(0, open), failure.Remainder.Position);
            Report(DiagnosticFactory.UnterminatedString(span));
            return;
        }
        var previous = PreviousToken(failure.Remainder.Position);
        Report(DiagnosticFactory.Expected(TokenSpanAt(at), expected, previous, at >= text.Length ? null : Excerpt(TokenSpanAt(at))));
    }

    private void ReportUnknownStatement(Lexical.PeekedWord? word, string where, IReadOnlyList<string> allowed)
    {
        var span = TokenSpanAt(position);
        if (text[span.Start] == '"')
        {
            // A quoted text where a statement should start: usually the title of the code above,
            // left unterminated or separated from it.
            if (span.Length < 2 || text[span.End - 1] != '"')
            {
                Report(DiagnosticFactory.UnterminatedString(span));
            }
            else
            {
                Report(DiagnosticFactory.QuotedTextStartsStatement(span, where));
            }
            return;
        }
        var shown = word?.Text ?? Excerpt(span);
        if (word is not null && Keywords.CodeAnnotations.Contains(word.Text))
        {
            // `opcs J12.4 "…" optional nice "…"`: the annotation belongs to the code, not to the statement.
            Report(DiagnosticFactory.AnnotationOutOfPlace(span, word.Text));
            return;
        }
        if (word is not null && Keywords.ContinuesStatement(word.Text) && StatementGrammar.Continuation(new SourceInput(text, position, unitStart)) is { WasSuccessful: false } continuation)
        {
            // `and` at the end of a line with nothing after it, `position` without its number: say what is missing.
            ReportFailure(continuation);
            return;
        }
        var nearest = word is null ? null : Spelling.Nearest(word.Text, allowed.Concat(Keywords.TopLevel));
        var friendlier = word is not null && allowed.Contains("opcs") ? FriendlierHint(word, allowed) : null;
        var misplaced = word is not null && Keywords.RuleClauses.Contains(word.Text) || word?.Text is "or" or "and";
        Report(DiagnosticFactory.UnknownStatement(span, shown, where, allowed, misplaced, nearest, friendlier));
    }

    /// <summary>
    /// What a terminology author most likely meant by a word that starts no section statement:
    /// `when "…"`/`where "…"` for the `if` modifier, `image guided` for `image-guided`.
    /// </summary>
    private string? FriendlierHint(Lexical.PeekedWord word, IReadOnlyList<string> allowed)
    {
        var next = Lexer.SkipTrivia(text, word.Span.End);
        if (word.Text is "when" or "where" && next < text.Length && text[next] == '"')
        {
            return $" A condition on a code is written with 'if' after the code, on its statement: opcs U20.2 \"…\" if \"echocardiography is used\". Write 'if' for '{word.Text}'.";
        }
        if (Lexical.PeekWord(text, next) is { } second && text.IndexOf('\n', word.Span.End, next - word.Span.End) < 0
            && allowed.Contains($"{word.Text}-{second.Text}"))
        {
            return $" Did you mean '{word.Text}-{second.Text}'? The fact is one word, with a hyphen.";
        }
        return null;
    }

    /// <summary>The last section of a guidance's items whose `}` stands left of its keyword's line, with its document start; null when none.</summary>
    private (SectionDeclaration Section, int Start)? MisalignedSection(List<SyntaxNode> items, List<int> offsets)
    {
        for (var i = items.Count - 1; i >= 0; i--)
        {
            if (items[i] is SectionDeclaration { CloseBrace: { } close } section
                && Column(unitStart + offsets[i] + close.LocalSpan.Start) < Indentation(unitStart + offsets[i] + section.Keyword.LocalSpan.Start))
            {
                return (section, unitStart + offsets[i]);
            }
        }
        return null;
    }

    private int Column(int offset)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        return offset - lineStart;
    }

    /// <summary>The indentation of the line holding <paramref name="offset"/>.</summary>
    private int Indentation(int offset)
    {
        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        var i = lineStart;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }
        return i - lineStart;
    }

    private void Report(Diagnostic diagnostic)
    {
        var span = diagnostic.Span;
        errorCount++;
        if (errorCount == MaxSyntaxErrors + 1)
        {
            diagnostics.Add(DiagnosticFactory.TooManyErrors(span, MaxSyntaxErrors));
            return;
        }
        if (errorCount <= MaxSyntaxErrors)
        {
            diagnostics.Add(diagnostic);
        }
    }

    /// <summary>Skips the rest of the line, then whole lines until one starts a statement or holds a `}`, and records what it skipped.</summary>
    private void Resync()
    {
        var from = position;
        position = ResyncPosition();
        Skip(from, position);
    }

    private int ResyncPosition()
    {
        var line = source.GetPosition(Math.Min(position, text.Length)).Line;
        while (++line < source.LineCount)
        {
            var start = Lexer.SkipTrivia(text, source.GetLineStart(line));
            if (start >= text.Length)
            {
                break;
            }
            if (source.GetPosition(start).Line != line)
            {
                // The line was blank or a comment: SkipTrivia went on to a later line.
                line = source.GetPosition(start).Line - 1;
                continue;
            }
            if (text[start] == '}')
            {
                return start;
            }
            // Continuation lines (`or …`, modifiers, a stray quoted text) belong to the failed
            // statement; any other word starts a new one, known or not.
            var word = Lexical.PeekWord(text, start);
            if (word is not null && word.Span.Start == start && !Keywords.ContinuesStatement(word.Text))
            {
                return start;
            }
        }
        return text.Length;
    }

    private void SkipToOpenBraceOnLine()
    {
        var line = source.GetPosition(position).Line;
        var end = source.GetLineEnd(line);
        var brace = text.IndexOf('{', position, end - position);
        var from = position;
        position = brace >= 0 ? brace : end;
        Skip(from, position);
    }

    /// <summary>Records [from, to) as passed over (nothing when empty).</summary>
    private void Skip(int from, int to)
    {
        if (to > from)
        {
            (skipped ??= []).Add(TextSpan.FromBounds(from, to));
        }
    }

    /// <summary>What was skipped in the current block, relative to <paramref name="origin"/>; the shared empty list when nothing was.</summary>
    private IReadOnlyList<TextSpan> Skipped(int origin)
    {
        if (skipped is null)
        {
            return Array.Empty<TextSpan>();
        }
        var spans = new TextSpan[skipped.Count];
        for (var i = 0; i < spans.Length; i++)
        {
            spans[i] = skipped[i].Shift(-origin);
        }
        return spans;
    }

    /// <summary>The word or single character at <paramref name="at"/>, for ranges and messages.</summary>
    private TextSpan TokenSpanAt(int at)
    {
        at = Lexer.SkipTrivia(text, Math.Min(at, text.Length));
        if (at >= text.Length)
        {
            return new TextSpan(text.Length, 0);
        }
        if (text[at] == '"')
        {
            var lineEnd = source.GetLineEnd(source.GetPosition(at).Line);
            var close = text.IndexOf('"', at + 1, lineEnd - at - 1);
            return TextSpan.FromBounds(at, close >= 0 ? close + 1 : lineEnd);
        }
        var end = Lexer.ScanWord(text, at);
        if (end < text.Length && Lexer.IsMark(text[end]))
        {
            end++;
        }
        if (end == at)
        {
            end = at + (char.IsHighSurrogate(text[at]) && at + 1 < text.Length ? 2 : 1);
        }
        return TextSpan.FromBounds(at, end);
    }

    private string Excerpt(TextSpan span)
    {
        var value = source.GetText(span);
        value = new string(value.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return value.Length > 40 ? value[..37] + "..." : value;
    }

    /// <summary>The token before <paramref name="before"/> for a message, read back over comments too (<see cref="Lexer.TokenBefore"/>).</summary>
    private string? PreviousToken(int before)
    {
        if (Lexer.TokenBefore(text, before) is not { } token)
        {
            return null;
        }
        return text[token.Start] == '"' ? "the quoted text" : text.Substring(token.Start, token.Length);
    }
}
