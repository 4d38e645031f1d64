using Newtonsoft.Json.Linq;
using CodingDsl.Language.Services;
using CodingDsl.Language.Text;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;
using CodingDsl.LanguageServer.Transport;
using CoreItem = CodingDsl.Language.Services.CompletionItem;

namespace CodingDsl.LanguageServer.Features.Completion;

/// <summary>
/// textDocument/completion over the core's <see cref="CompletionService"/>: codes by code prefix or by
/// words of the title (a bounded list, marked incomplete so the client asks again as the user types),
/// keywords, snippets, set and rule names, versions and `use` paths. Items carry no documentation: the
/// client asks for the selected item's through completionItem/resolve (<see cref="CompletionResolveHandler"/>).
/// </summary>
public sealed class CompletionHandler : LspHandler<CompletionParams, SerializedResult>
{
    /// <summary>"." continues a code (J12.), a quote opens a title or a `use` path, "/" continues a path.</summary>
    public static readonly IReadOnlyList<string> TriggerCharacters = [".", "\"", "/"];

    private readonly ServerServices services;
    private readonly CompletionDocumentation documentation;

    public CompletionHandler(ServerServices services, CompletionDocumentation documentation)
        : base(LspMethods.Completion)
    {
        this.services = services;
        this.documentation = documentation;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.CompletionProvider = new CompletionOptions(TriggerCharacters, ResolveProvider: true);

    protected override async Task<SerializedResult> HandleRequestAsync(CompletionParams parameters, CancellationToken cancellationToken)
    {
        // The analysis of the keystroke this completion came with lets it go first (it never waits for that
        // analysis). Not for a document that is not open: its completion waits for a run, which would wait for it.
        using var interactive = services.Documents.Get(parameters.TextDocument.Uri) is null ? null : services.Analysis.Interactive.Begin();
        var document = await services.Analysis.GetSyntaxAsync(parameters.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return SerializedResult.Of(new Protocol.CompletionList(false, []));
        }
        var text = document.Analysis.Text;
        var offset = LspConvert.ToOffset(text, parameters.Position);
        var list = CompletionService.GetCompletions(document.Analysis, offset, services.Analysis.Resolver);
        var client = services.Client.Capabilities;
        var listId = documentation.Keep(list.Items.Select(i => i.Documentation).ToArray());
        // One range for the whole list when every item replaces the same text (the usual case: the
        // partly typed code or word), sent once instead of in each of up to 50 items.
        var sharedRange = client.CompletionEditRangeDefault && list.Items.Count > 0 && list.Items.All(i => i.Edit.Span == list.Items[0].Edit.Span)
            ? LspConvert.ToTextEdit(text, list.Items[0].Edit).Range
            : null;
        var items = new Protocol.CompletionItem[list.Items.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Map(text, list.Items[i], client.CompletionLabelDetails, sharedRange is not null, list.Items[i].Documentation is null ? null : new JObject { ["list"] = listId, ["item"] = i });
        }
        // Written here, not by the message formatter through two JToken trees (see SerializedResult).
        return SerializedResult.Of(new Protocol.CompletionList(list.IsIncomplete, items, sharedRange is null ? null : new CompletionItemDefaults(sharedRange)));
    }

    // VS Code shows `detail` only beside the selected row; labelDetails.description is on every row, so
    // a list of codes reads as codes with their titles. Items without a detail (keywords) say what they are.
    // Defaults are left out (plain text, filter text = label): a fifth of a list's bytes.
    private static Protocol.CompletionItem Map(SourceText text, CoreItem item, bool labelDetails, bool sharedRange, JObject? data)
    {
        var edit = LspConvert.ToTextEdit(text, item.Edit);
        return new(
            item.Label,
            Kind(item.Kind),
            item.Detail,
            null,
            item.IsSnippet ? InsertTextFormat.Snippet : null,
            sharedRange ? null : edit,
            item.FilterText == item.Label ? null : item.FilterText,
            item.SortText,
            labelDetails ? new CompletionItemLabelDetails(null, item.Detail ?? KindName(item.Kind)) : null,
            data,
            sharedRange && edit.NewText != item.Label ? edit.NewText : null);
    }

    private static string KindName(CompletionKind kind) => kind switch
    {
        CompletionKind.Code => "code",
        CompletionKind.Keyword => "keyword",
        CompletionKind.Snippet => "snippet",
        CompletionKind.Set => "set",
        CompletionKind.Rule => "rule",
        CompletionKind.File => "file",
        CompletionKind.Fact => "fact",
        CompletionKind.Value => "value",
        _ => "text",
    };

    private static CompletionItemKind Kind(CompletionKind kind) => kind switch
    {
        CompletionKind.Code => CompletionItemKind.EnumMember,
        CompletionKind.Keyword => CompletionItemKind.Keyword,
        CompletionKind.Snippet => CompletionItemKind.Snippet,
        CompletionKind.Set => CompletionItemKind.Variable,
        CompletionKind.Rule => CompletionItemKind.Function,
        CompletionKind.File => CompletionItemKind.File,
        CompletionKind.Fact => CompletionItemKind.Property,
        CompletionKind.Value => CompletionItemKind.Value,
        _ => CompletionItemKind.Text,
    };
}
