using CodingDsl.Language.Formatter;
using CodingDsl.Language.Syntax;
using CodingDsl.LanguageServer.Server;
using Lsp = CodingDsl.LanguageServer.Protocol;

namespace CodingDsl.LanguageServer.Features.Formatting;

/// <summary>Shared by whole-document and range formatting: options in, the core's edits out as LSP edits.</summary>
internal static class FormattingEdits
{
    public static FormattingOptions ToCore(Lsp.FormattingOptions? options) =>
        options is null
            ? FormattingOptions.Default
            // A tab size of 0 or less would make no indentation at all; fall back to the house default.
            : new FormattingOptions(options.TabSize > 0 ? options.TabSize : FormattingOptions.Default.TabSize, options.InsertSpaces);

    /// <summary>
    /// The result's edits mapped to LSP ranges. A document that cannot be formatted (syntax errors)
    /// gets no edits, and the reason goes to the output channel so the user learns why nothing happened.
    /// </summary>
    public static Lsp.TextEdit[] ToLsp(SyntaxTree tree, FormattingResult result, ServerLog log, string uri)
    {
        if (!result.CanFormat)
        {
            log.Info($"{uri}: {result.NotFormattedReason}");
            return [];
        }
        return result.Edits.Select(e => Lsp.LspConvert.ToTextEdit(tree.Text, e)).ToArray();
    }
}
