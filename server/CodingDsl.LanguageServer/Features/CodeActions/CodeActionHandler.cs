using CodingDsl.Language.Text;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Documents;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;
using CoreDiagnostic = CodingDsl.Language.Diagnostics.Diagnostic;
using CoreTextEdit = CodingDsl.Language.Text.TextEdit;

namespace CodingDsl.LanguageServer.Features.CodeActions;

/// <summary>
/// Quick fixes for the diagnostics under the cursor (the fixes the core attaches, and "suppress on this
/// line"), and the "fix all" source action.
/// </summary>
public sealed class CodeActionHandler : LspHandler<CodeActionParams>
{
    private readonly ServerServices services;

    public CodeActionHandler(ServerServices services)
        : base(LspMethods.CodeAction)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.CodeActionProvider = new CodeActionOptions(new[] { CodeActionKinds.QuickFix, CodeActionKinds.SourceFixAll });

    protected override async Task<object?> HandleAsync(CodeActionParams parameters, CancellationToken cancellationToken)
    {
        var uri = parameters.TextDocument.Uri;
        var analysis = await services.Analysis.GetCurrentAsync(cancellationToken).ConfigureAwait(false);
        var document = analysis.Find(DocumentUri.ToPath(uri));
        var actions = new List<CodeAction>();
        if (document is null)
        {
            return actions;
        }
        var text = document.Analysis.Text;
        var diagnostics = document.Analysis.Diagnostics.Where(d => d.Level != Language.Diagnostics.DiagnosticLevel.Off).ToArray();
        var only = parameters.Context?.Only;

        if (Wants(only, CodeActionKinds.QuickFix, includeWhenUnfiltered: true))
        {
            var range = LspConvert.ToSpan(text, parameters.Range);
            foreach (var diagnostic in diagnostics.Where(d => Touches(d.Span, range)))
            {
                var lspDiagnostic = LspConvert.ToDiagnostic(text, diagnostic);
                foreach (var fix in diagnostic.Fixes)
                {
                    actions.Add(new CodeAction(fix.Title, CodeActionKinds.QuickFix, new[] { lspDiagnostic }, fix.IsPreferred, Edit(uri, text, fix.Edits)));
                }
                var suppression = SuppressionComment.Create(text, text.GetPosition(diagnostic.Span.Start).Line, diagnostic.Code);
                actions.Add(new CodeAction($"Suppress {diagnostic.Code} on this line", CodeActionKinds.QuickFix, new[] { lspDiagnostic }, null, Edit(uri, text, new[] { suppression })));
            }
        }

        // Source actions only when asked for by kind (the "Source Action…" menu, code actions on save), as is usual.
        if (only is not null && Wants(only, CodeActionKinds.SourceFixAll, includeWhenUnfiltered: false))
        {
            var edits = FixAll.Collect(diagnostics);
            if (edits.Count > 0)
            {
                actions.Add(new CodeAction("Fix all CodingDsl problems in this file", CodeActionKinds.SourceFixAll, null, null, Edit(uri, text, edits)));
            }
        }
        return actions;
    }

    private static bool Touches(TextSpan diagnostic, TextSpan range) =>
        diagnostic.Start <= range.End && range.Start <= diagnostic.End;

    /// <summary>LSP: a kind is wanted when `only` lists it or one of its parents ("source" covers "source.fixAll").</summary>
    private static bool Wants(IReadOnlyList<string>? only, string kind, bool includeWhenUnfiltered) =>
        only is null ? includeWhenUnfiltered : only.Any(o => kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));

    private static WorkspaceEdit Edit(string uri, SourceText text, IEnumerable<CoreTextEdit> edits) =>
        new(new Dictionary<string, IReadOnlyList<Protocol.TextEdit>>
        {
            [uri] = edits.Select(e => LspConvert.ToTextEdit(text, e)).ToArray(),
        });
}
