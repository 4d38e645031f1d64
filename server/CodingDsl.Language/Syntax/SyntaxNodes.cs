using CodingDsl.Language.Classifications;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Syntax;

/// <summary>A word or literal as it stands in the source.</summary>
public sealed record SyntaxToken(TextSpan Span, string Text);

/// <summary>A string literal: <see cref="Value"/> is unescaped, <see cref="Span"/> includes the quotes.</summary>
public sealed record StringLiteral(TextSpan Span, string Value);

public abstract record SyntaxNode(TextSpan Span);

/// <summary>A whole `.coding` file.</summary>
public sealed record CompilationUnit(
    TextSpan Span,
    IReadOnlyList<SyntaxNode> Declarations,
    IReadOnlyList<Comment> Comments) : SyntaxNode(Span);

public sealed record Comment(TextSpan Span, string Text);

public sealed record UseDeclaration(TextSpan Span, SyntaxToken Keyword, StringLiteral? Path) : SyntaxNode(Span);

/// <summary>`guidance IPG327 "title" { … }`. <see cref="CloseBrace"/> is null when the block is not closed.</summary>
public sealed record GuidanceDeclaration(
    TextSpan Span,
    SyntaxToken Keyword,
    SyntaxToken Id,
    StringLiteral? Title,
    IReadOnlyList<SyntaxNode> Items,
    SyntaxToken? CloseBrace) : SyntaxNode(Span);

public sealed record SourceStatement(TextSpan Span, SyntaxToken Keyword, StringLiteral Url) : SyntaxNode(Span);

public sealed record ClassificationsStatement(TextSpan Span, SyntaxToken Keyword, IReadOnlyList<SyntaxToken> Versions) : SyntaxNode(Span);

public sealed record NoteStatement(TextSpan Span, SyntaxToken Keyword, StringLiteral Text) : SyntaxNode(Span);

public enum SectionKind
{
    Procedure,
    Diagnosis,
}

/// <summary>
/// `procedure "Percutaneous" { … }` or `diagnosis { … }`. <see cref="Condition"/> is the variant's
/// `if "a rigid bronchoscope is used"`: the clinical condition under which this variant is the one coded.
/// </summary>
public sealed record SectionDeclaration(
    TextSpan Span,
    SyntaxToken Keyword,
    SectionKind Kind,
    StringLiteral? VariantName,
    IReadOnlyList<SyntaxNode> Items,
    SyntaxToken? CloseBrace,
    IfModifier? Condition = null) : SyntaxNode(Span);

/// <summary>`snomed pending` (<see cref="Pending"/> set) or `snomed 87628006 "term"`.</summary>
public sealed record SnomedStatement(TextSpan Span, SyntaxToken Keyword, SyntaxToken? Pending, SyntaxToken? Id, StringLiteral? Term) : SyntaxNode(Span);

/// <summary>`image-guided`, `percutaneous` … : a fact about the procedure.</summary>
public sealed record FactStatement(TextSpan Span, SyntaxToken Name) : SyntaxNode(Span);

public sealed record CaseByCaseStatement(TextSpan Span, SyntaxToken Keyword, StringLiteral? Text) : SyntaxNode(Span);

/// <summary>`opcs J12.4 "title" or Y68.- optional`: codes to record, with modifiers.</summary>
public sealed record RequirementStatement(
    TextSpan Span,
    CodeExpression Expression,
    IReadOnlyList<RequirementModifier> Modifiers) : SyntaxNode(Span);

public abstract record CodeExpression(TextSpan Span) : SyntaxNode(Span);

/// <summary>One of the alternatives is recorded.</summary>
public sealed record AlternativeExpression(TextSpan Span, IReadOnlyList<CodeExpression> Alternatives, IReadOnlyList<SyntaxToken> Operators) : CodeExpression(Span);

/// <summary>All of the parts are recorded.</summary>
public sealed record CombinationExpression(TextSpan Span, IReadOnlyList<CodeExpression> Parts, IReadOnlyList<SyntaxToken> Operators) : CodeExpression(Span);

public sealed record ParenthesizedExpression(TextSpan Span, CodeExpression Inner) : CodeExpression(Span);

/// <summary>
/// `opcs J12.4 "title"`. <see cref="SystemKeyword"/> is null when the system is inherited from the
/// code before it in the statement; <see cref="System"/> is always resolved. <see cref="Nice"/> is
/// `nice "…"` (the title as NICE printed it, when it differs from the official one) and
/// <see cref="Remark"/> is `remark "…"` (a note on this one code: "Includes: …").
/// </summary>
public sealed record CodeReference(
    TextSpan Span,
    SyntaxToken? SystemKeyword,
    CodeSystem System,
    Pattern Pattern,
    StringLiteral? Title,
    CodeAnnotation? Nice = null,
    CodeAnnotation? Remark = null) : CodeExpression(Span);

/// <summary>`nice "…"` or `remark "…"` after a code: text the guidance gives about that one code.</summary>
public sealed record CodeAnnotation(TextSpan Span, SyntaxToken Keyword, StringLiteral Text) : SyntaxNode(Span);

/// <summary>A code, category, range, chapter or name as written; classified by the binder.</summary>
/// <param name="ChapterKeyword">Set for `chapter Z`.</param>
public sealed record Pattern(TextSpan Span, SyntaxToken? ChapterKeyword, SyntaxToken Value) : SyntaxNode(Span);

public abstract record RequirementModifier(TextSpan Span, SyntaxToken Keyword) : SyntaxNode(Span);

public sealed record OptionalModifier(TextSpan Span, SyntaxToken Keyword) : RequirementModifier(Span, Keyword);

public sealed record IfModifier(TextSpan Span, SyntaxToken Keyword, StringLiteral Condition) : RequirementModifier(Span, Keyword);

public sealed record PositionModifier(TextSpan Span, SyntaxToken Keyword, SyntaxToken Position) : RequirementModifier(Span, Keyword);

public sealed record DefaultModifier(TextSpan Span, SyntaxToken Keyword, CodeReference Code) : RequirementModifier(Span, Keyword);

/// <summary>`set name = opcs U21.-, Y53.4`.</summary>
public sealed record SetDeclaration(
    TextSpan Span,
    SyntaxToken Keyword,
    SyntaxToken Name,
    SyntaxToken SystemKeyword,
    CodeSystem System,
    IReadOnlyList<Pattern> Items) : SyntaxNode(Span);

/// <summary>`rule name "title" { when … require … }`.</summary>
public sealed record RuleDeclaration(
    TextSpan Span,
    SyntaxToken Keyword,
    SyntaxToken Name,
    StringLiteral? Title,
    IReadOnlyList<SyntaxNode> Clauses,
    SyntaxToken? CloseBrace) : SyntaxNode(Span);

public sealed record WhenClause(TextSpan Span, SyntaxToken Keyword, Condition Condition) : SyntaxNode(Span);

public sealed record RequireClause(TextSpan Span, SyntaxToken Keyword, Condition Condition) : SyntaxNode(Span);

public sealed record SeverityClause(TextSpan Span, SyntaxToken Keyword, SyntaxToken Level) : SyntaxNode(Span);

public sealed record MessageClause(TextSpan Span, SyntaxToken Keyword, StringLiteral Text) : SyntaxNode(Span);

public sealed record CodeClause(TextSpan Span, SyntaxToken Keyword, SyntaxToken DiagnosticCode) : SyntaxNode(Span);

public sealed record FixClause(TextSpan Span, SyntaxToken Keyword, SyntaxToken AddKeyword, CodeExpression Expression) : SyntaxNode(Span);

public abstract record Condition(TextSpan Span) : SyntaxNode(Span);

public sealed record OrCondition(TextSpan Span, IReadOnlyList<Condition> Operands) : Condition(Span);

public sealed record AndCondition(TextSpan Span, IReadOnlyList<Condition> Operands) : Condition(Span);

public sealed record NotCondition(TextSpan Span, SyntaxToken Keyword, Condition Operand) : Condition(Span);

public sealed record FactCondition(TextSpan Span, SyntaxToken Name) : Condition(Span);

/// <summary>`has opcs Y53.-`, `first opcs subsidiary`, `second opcs V55.-` or `position 3 opcs Z94.-` (<see cref="Place"/> holds the 3).</summary>
public sealed record CodeCondition(TextSpan Span, SyntaxToken Keyword, SyntaxToken SystemKeyword, CodeSystem System, Pattern Selector, SyntaxToken? Place = null) : Condition(Span);
