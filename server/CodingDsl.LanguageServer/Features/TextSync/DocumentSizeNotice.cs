using CodingDsl.LanguageServer.Documents;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.TextSync;

/// <summary>Tells the user, once as a document grows past the limit, that it is not analysed and why.</summary>
internal static class DocumentSizeNotice
{
    public static void Check(ServerServices services, OpenDocument? before, OpenDocument? after)
    {
        if (after is null || !services.Documents.IsTooLarge(after) || (before is not null && services.Documents.IsTooLarge(before)))
        {
            return;
        }
        var message = $"{Path.GetFileName(after.Path)} is {after.Text.Length:N0} characters, more than the {services.Documents.MaxDocumentLength:N0} "
            + "set by codingdsl.maxDocumentSizeMB: it is not analysed (no diagnostics, completion or navigation) until it is smaller.";
        services.Log.Warning(message);
        _ = services.Client.NotifyAsync(LspMethods.ShowMessage, new LogMessageParams(MessageType.Warning, message));
    }
}
