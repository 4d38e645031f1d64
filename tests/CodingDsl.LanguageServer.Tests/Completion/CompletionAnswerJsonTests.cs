using System.Buffers;
using System.Text;
using Nerdbank.Streams;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Tests.Infrastructure;
using CodingDsl.LanguageServer.Transport;

namespace CodingDsl.LanguageServer.Tests.Completion;

/// <summary>
/// Issue 14: a completion list is written by its handler (<see cref="SerializedResult"/>) instead of
/// through the message formatter's JToken trees, and leaves out what every item shares. The client
/// must read the same answer.
/// </summary>
public sealed class CompletionAnswerJsonTests
{
    private const string Uri = "file:///work/rules/IPG327.coding";

    [Theory]
    [InlineData(7L, null)]
    [InlineData(0L, "req \"7\" \u00e9")]
    public void An_answer_written_by_the_handler_is_byte_identical_to_the_formatters_own(long number, string? text)
    {
        var id = text is null ? new RequestId(number) : new RequestId(text);
        var range = new Protocol.Range(new Position(7, 9), new Position(7, 13));
        var list = new CompletionList(true,
        [
            new Protocol.CompletionItem("J12.4", CompletionItemKind.EnumMember, "Percutaneous \"radiofrequency\" ablation \u2028 \U0001F600 </x>", null, null,
                new TextEdit(range, "J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\""), "liver abl", "0001",
                new CompletionItemLabelDetails(null, "title"), new JObject { ["list"] = 3, ["item"] = 0 }),
            new Protocol.CompletionItem("procedure", CompletionItemKind.Snippet, null, null, InsertTextFormat.Snippet, null, null, "0002", TextEditText: "procedure {\n\t$0\n}"),
        ], new CompletionItemDefaults(range));

        var expected = Serialize(id, list);
        var actual = Serialize(id, SerializedResult.Of(list));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task A_client_that_takes_item_defaults_gets_the_edit_range_once_and_the_same_edits()
    {
        var capabilities = JObject.Parse("""{ "textDocument": { "completion": { "completionList": { "itemDefaults": ["commitCharacters", "editRange", "insertTextFormat", "data"] } } } }""");

        var (plain, text) = await CompletionTests.CompleteOnLine7Async("    opcs J12.", null);
        var (compact, _) = await CompletionTests.CompleteOnLine7Async("    opcs J12.", capabilities);

        var range = compact["itemDefaults"]!["editRange"]!;
        Assert.All(compact["items"]!, i => Assert.Null(i["textEdit"]));
        Assert.Equal(plain["items"]!.Count(), compact["items"]!.Count());
        foreach (var (before, after) in plain["items"]!.Zip(compact["items"]!))
        {
            var newText = (string?)after["textEditText"] ?? (string)after["label"]!;
            var applied = Edits.Apply(text, new JArray(new JObject { ["range"] = range.DeepClone(), ["newText"] = newText }));
            Assert.Equal(Edits.Apply(text, new JArray(before["textEdit"]!)), applied);
        }
        Assert.True(compact.ToString(Newtonsoft.Json.Formatting.None).Length < plain.ToString(Newtonsoft.Json.Formatting.None).Length, "the shared range makes the answer smaller");
    }

    [Fact]
    public async Task Items_leave_out_the_defaults_plain_text_and_a_filter_text_equal_to_the_label()
    {
        var (list, _) = await CompletionTests.CompleteOnLine7Async("    opcs J12.", null);

        Assert.All(list["items"]!, i => Assert.Null(i["insertTextFormat"]));
        Assert.All(list["items"]!, i => Assert.NotEqual((string?)i["label"], (string?)i["filterText"]));
    }

    /// <summary>The body the server's formatter writes for an answer with this result.</summary>
    private static string Serialize(RequestId id, object result)
    {
        var (stream, _) = FullDuplexStream.CreatePair();
        var formatter = LspSerializer.CreateFormatter();
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(stream, stream, formatter));
        var answer = ((IJsonRpcMessageFactory)formatter).CreateResultMessage();
        answer.RequestId = id;
        answer.Result = result;
        answer.ResultDeclaredType = typeof(object);
        var buffer = new ArrayBufferWriter<byte>();
        formatter.Serialize(buffer, answer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
