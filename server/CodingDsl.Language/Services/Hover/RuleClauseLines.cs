using System.Text;
using CodingDsl.Language.Syntax;

namespace CodingDsl.Language.Services;

/// <summary>
/// A rule's hover body: one line per clause in source order (when, require, severity, code, fix), then
/// its message. A clause kind with nothing to show needs no case here.
/// </summary>
internal sealed class RuleClauseLines : SyntaxWalker
{
    private readonly StringBuilder md;
    private string? message;

    private RuleClauseLines(StringBuilder md) => this.md = md;

    public static void Append(RuleDeclaration rule, StringBuilder md)
    {
        var lines = new RuleClauseLines(md);
        lines.Visit(rule);
        if (lines.message is not null)
        {
            md.Append($"\n{lines.message}");
        }
    }

    // Each clause is one line: its parts are not visited.
    protected internal override void VisitWhenClause(WhenClause node) => md.Append($"- when `{ConditionPrinter.Print(node.Condition)}`\n");

    protected internal override void VisitRequireClause(RequireClause node) => md.Append($"- require `{ConditionPrinter.Print(node.Condition)}`\n");

    protected internal override void VisitSeverityClause(SeverityClause node) => md.Append($"- severity {node.Level.Text}\n");

    protected internal override void VisitCodeClause(CodeClause node) => md.Append($"- code {node.DiagnosticCode.Text}\n");

    protected internal override void VisitFixClause(FixClause node) => md.Append($"- fix: add `{CodeExpressionPrinter.Print(node.Expression)}`\n");

    /// <summary>The first message is the rule's; it goes below the list.</summary>
    protected internal override void VisitMessageClause(MessageClause node) => message ??= node.Text.Value;
}
