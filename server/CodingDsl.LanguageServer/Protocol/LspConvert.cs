using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;
using CoreDiagnostic = CodingDsl.Language.Diagnostics.Diagnostic;
using CoreTextEdit = CodingDsl.Language.Text.TextEdit;
using Lsp = CodingDsl.LanguageServer.Protocol;

namespace CodingDsl.LanguageServer.Protocol;

/// <summary>Maps the core's spans, edits and diagnostics to their LSP shapes.</summary>
public static class LspConvert
{
    public const string Source = "codingdsl";

    public static Lsp.Position ToPosition(LinePosition position) => new(position.Line, position.Character);

    /// <summary>The offset of a client position, clamped to the document: the one place positions become offsets.</summary>
    public static int ToOffset(SourceText text, Lsp.Position position) => text.GetOffset(new LinePosition(position.Line, position.Character));

    public static Lsp.Range ToRange(SourceText text, TextSpan span)
    {
        var range = text.GetRange(span);
        return new Lsp.Range(ToPosition(range.Start), ToPosition(range.End));
    }

    /// <summary>The span a client range covers, clamped to the document.</summary>
    public static TextSpan ToSpan(SourceText text, Lsp.Range range)
    {
        var start = ToOffset(text, range.Start);
        var end = ToOffset(text, range.End);
        return TextSpan.FromBounds(Math.Min(start, end), Math.Max(start, end));
    }

    public static Lsp.TextEdit ToTextEdit(SourceText text, CoreTextEdit edit) => new(ToRange(text, edit.Span), edit.NewText);

    public static Lsp.DiagnosticSeverity ToSeverity(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => Lsp.DiagnosticSeverity.Error,
        DiagnosticLevel.Warning => Lsp.DiagnosticSeverity.Warning,
        _ => Lsp.DiagnosticSeverity.Information,
    };

    public static Lsp.Diagnostic ToDiagnostic(SourceText text, CoreDiagnostic diagnostic) => new(
        ToRange(text, diagnostic.Span),
        ToSeverity(diagnostic.Level),
        diagnostic.Code,
        DiagnosticLinks.DescriptionOf(diagnostic.Code),
        Source,
        diagnostic.Message);

    /// <summary>The diagnostics a client should show: those switched off by configuration are left out.</summary>
    public static IReadOnlyList<Lsp.Diagnostic> ToDiagnostics(SourceText text, IEnumerable<CoreDiagnostic> diagnostics) =>
        diagnostics.Where(d => d.Level != DiagnosticLevel.Off).Select(d => ToDiagnostic(text, d)).ToArray();
}
