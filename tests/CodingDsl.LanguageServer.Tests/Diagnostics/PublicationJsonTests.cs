using System.Text;
using Nerdbank.Streams;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;
using CodingDsl.Language.Workspace;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Tests.Infrastructure;
using CodingDsl.LanguageServer.Transport;

namespace CodingDsl.LanguageServer.Tests.Diagnostics;

/// <summary>
/// Issue 14: a publication is written from each diagnostic's JSON, kept and reused while the
/// diagnostic is unchanged, instead of through a JToken tree of the whole list. The client must see
/// exactly the bytes it saw before, and a keystroke that changes one finding serialises that one.
/// </summary>
public sealed class PublicationJsonTests
{
    [Fact]
    public async Task A_publication_written_from_cached_pieces_is_byte_identical_to_the_formatters_own()
    {
        foreach (var (uri, version, diagnostics) in Fixtures())
        {
            using var json = new DiagnosticJson();
            var expected = await SendAsync(new PublishDiagnosticsParams(uri, version, diagnostics));
            var actual = await SendAsync(new SerializedPublication(uri, version, diagnostics.Select(json.Serialize).ToArray()));

            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public async Task A_keystroke_that_changes_one_of_many_diagnostics_serialises_only_that_one()
    {
        const string uri = "file:///publication/many.coding";
        var blocks = Enumerable.Range(1, 40).Select(i => $"guidance IPG{100 + i} \"t\" {{\n  procedure {{\n    opcs J12.4 \"x\"\n  }}\n}}\n");
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.NotifyAsync("$/setTrace", new JObject { ["value"] = "messages" });
        await client.OpenAsync(uri, string.Concat(blocks));
        var first = await client.WaitForDiagnosticsAsync(uri, 1);
        var firstTrace = await SentTraceAsync(client, uri, 1);

        // The stated title of the 10th block, "x" → "y": same place, one message changed.
        await client.ChangeAsync(uri, 2, LspTestClient.Replace((9 * 5) + 2, 16, (9 * 5) + 2, 17, "y"));
        var second = await client.WaitForDiagnosticsAsync(uri, 2);
        var secondTrace = await SentTraceAsync(client, uri, 2);

        Assert.Equal(40, first.Count);
        Assert.Contains("40 of 40 diagnostics serialised", firstTrace, StringComparison.Ordinal);
        Assert.Contains("1 of 40 diagnostics serialised", secondTrace, StringComparison.Ordinal);
        Assert.EndsWith("not \"y\".", (string?)second[9]["message"], StringComparison.Ordinal);
        Assert.Equal(first.Where((_, i) => i != 9), second.Where((_, i) => i != 9), JToken.EqualityComparer);
    }

    private static async Task<string> SentTraceAsync(LspTestClient client, string uri, int version)
    {
        var trace = await client.WaitForAsync("$/logTrace", p => ((string?)p["message"])!.StartsWith($"publishDiagnostics sent: {uri} version {version};", StringComparison.Ordinal));
        return (string)trace["message"]!;
    }

    /// <summary>Every top-level invalid case's diagnostics as the server converts them, and hand-made ones with awkward text.</summary>
    private static IEnumerable<(string Uri, int? Version, IReadOnlyList<Diagnostic> Diagnostics)> Fixtures()
    {
        var workspace = new CodingWorkspace();
        var cases = Directory.GetFiles(Path.Combine(Samples.RepoRoot, "tests", "cases", "invalid"), "*.coding").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(cases);
        foreach (var path in cases)
        {
            workspace.SetDocument(path, File.ReadAllText(path));
            var analysis = workspace.Analyze(path);
            yield return (new Uri(path).AbsoluteUri, 7, LspConvert.ToDiagnostics(analysis.Text, analysis.Diagnostics));
        }
        var range = new Protocol.Range(new Position(3, 1), new Position(4, 0));
        yield return ("file:///f%C3%BCr/caf\u00e9 \"quoted\".coding", null,
        [
            new Diagnostic(range, DiagnosticSeverity.Warning, "CDSL0203", new CodeDescription("https://example.org/d#x?a=1&b=<2>"), "codingdsl",
                "Quotes \" and \\ backslash, tab\tnew line\n, NUL \0, \u2028 separator, curly \u2019s, \u00a3 sign, emoji \U0001F600, </script>"),
            new Diagnostic(range, DiagnosticSeverity.Hint, "CDSL0000", null, "codingdsl", string.Empty, new JObject { ["fix"] = new JArray(1, "two", JValue.CreateNull(), true) }),
        ]);
        yield return ("file:///empty.coding", 3, []);
    }

    /// <summary>The frame (headers and body) the server's formatter writes for one notification with these parameters.</summary>
    private static async Task<string> SendAsync(object parameters)
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        using var rpc = new JsonRpc(LspSerializer.CreateMessageHandler(serverStream, serverStream));
        rpc.StartListening();
        await rpc.NotifyWithParameterObjectAsync(LspMethods.PublishDiagnostics, parameters);

        var received = new MemoryStream();
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var text = Encoding.UTF8.GetString(received.GetBuffer(), 0, (int)received.Length);
            var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (headerEnd > 0)
            {
                var lengthAt = text.IndexOf("Content-Length: ", StringComparison.Ordinal) + 16;
                var length = int.Parse(text[lengthAt..text.IndexOf('\r', lengthAt)], System.Globalization.CultureInfo.InvariantCulture);
                var headerBytes = Encoding.UTF8.GetByteCount(text[..(headerEnd + 4)]);
                if (received.Length >= headerBytes + length)
                {
                    return Encoding.UTF8.GetString(received.GetBuffer(), 0, headerBytes + length);
                }
            }
            var read = await clientStream.ReadAsync(buffer).AsTask().WaitAsync(LspTestClient.Patience);
            Assert.True(read > 0, "the stream closed before the whole message arrived");
            received.Write(buffer, 0, read);
        }
    }
}
