using CodingDsl.Language.Services;
using CodingDsl.Language.Text;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;
using CoreCodeAction = CodingDsl.Language.Services.CodeAction;
using CoreTextEdit = CodingDsl.Language.Text.TextEdit;

namespace CodingDsl.LanguageServer.Features.CodeActions;

/// <summary>
/// textDocument/codeAction over the core's <see cref="CodeActionService"/>: the fixes of the diagnostics
/// under the range, "silence on this line", and "fix all in file" (a source action, offered when the
/// client asks for source actions: the Source Action menu, code actions on save), and "Upgrade this file
/// to OPCS-4.11" for each newer configured release (source.upgrade.codingdsl, the same edits as
/// `codingdsl upgrade --write`).
/// </summary>
public sealed class CodeActionHandler : LspHandler<CodeActionParams, IReadOnlyList<Protocol.CodeAction>>
{
    private readonly ServerServices services;

    public CodeActionHandler(ServerServices services)
        : base(LspMethods.CodeAction)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.CodeActionProvider = new CodeActionOptions(new[] { CodeActionKinds.QuickFix, CodeActionKinds.SourceFixAll, CodeActionKinds.SourceUpgrade });

    protected override async Task<IReadOnlyList<Protocol.CodeAction>> HandleRequestAsync(CodeActionParams parameters, CancellationToken cancellationToken)
    {
        var uri = parameters.TextDocument.Uri;
        var document = await services.Analysis.GetAnalyzedAsync(uri, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return Array.Empty<Protocol.CodeAction>();
        }
        var analysis = document.Analysis;
        var only = parameters.Context?.Only;
        return CodeActionService.GetCodeActions(analysis, LspConvert.ToSpan(analysis.Text, parameters.Range))
            .Select(a => (Action: a, Kind: Kind(a.Kind)))
            .Where(a => Wants(only, a.Kind, includeWhenUnfiltered: a.Kind == CodeActionKinds.QuickFix))
            .Select(a => Map(uri, analysis.Text, a.Action, a.Kind))
            .ToArray();
    }

    private static string Kind(CodeActionKind kind) => kind switch
    {
        CodeActionKind.SourceFixAll => CodeActionKinds.SourceFixAll,
        CodeActionKind.SourceUpgrade => CodeActionKinds.SourceUpgrade,
        _ => CodeActionKinds.QuickFix,
    };

    /// <summary>LSP: a kind is wanted when `only` lists it or one of its parents ("source" covers "source.fixAll").</summary>
    private static bool Wants(IReadOnlyList<string>? only, string kind, bool includeWhenUnfiltered) =>
        only is null ? includeWhenUnfiltered : only.Any(o => kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));

    private static Protocol.CodeAction Map(string uri, SourceText text, CoreCodeAction action, string kind) => new(
        action.Title,
        kind,
        kind == CodeActionKinds.QuickFix ? LspConvert.ToDiagnostics(text, action.Diagnostics) : null,
        action.IsPreferred ? true : null,
        Edit(uri, text, action.Edits));

    private static WorkspaceEdit Edit(string uri, SourceText text, IEnumerable<CoreTextEdit> edits) =>
        new(new Dictionary<string, IReadOnlyList<Protocol.TextEdit>>
        {
            [uri] = edits.Select(e => LspConvert.ToTextEdit(text, e)).ToArray(),
        });
}
