using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Completion;

/// <summary>
/// completionItem/resolve: adds the documentation the completion list left out (see
/// <see cref="CompletionDocumentation"/>) to the item the client sends back; everything else is returned
/// as it came. An item of an older list, or one with no documentation, comes back unchanged.
/// </summary>
public sealed class CompletionResolveHandler : LspHandler<JObject, JObject>
{
    private readonly CompletionDocumentation documentation;

    public CompletionResolveHandler(CompletionDocumentation documentation)
        : base(LspMethods.CompletionResolve)
    {
        this.documentation = documentation;
    }

    protected override Task<JObject> HandleRequestAsync(JObject item, CancellationToken cancellationToken)
    {
        if (item["data"] is JObject { } data
            && data["list"]?.Type == JTokenType.Integer && data["item"]?.Type == JTokenType.Integer
            && documentation.Find((long)data["list"]!, (long)data["item"]!) is { } text)
        {
            item["documentation"] = new JObject { ["kind"] = MarkupKind.Markdown, ["value"] = text };
        }
        return Task.FromResult(item);
    }
}
