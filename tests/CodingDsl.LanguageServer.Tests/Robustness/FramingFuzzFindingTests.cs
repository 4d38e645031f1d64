using System.Text;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.Robustness;

/// <summary>
/// Framing the fuzzer's `jsonrpc` target (docs/fuzzing.md) found to throw inside StreamJsonRpc's reader
/// (a negative Content-Length; a header given twice). A broken frame cannot be skipped safely, so the
/// server ends the connection (exit 1, as for any framing error): it must neither hang nor crash.
/// </summary>
public sealed class FramingFuzzFindingTests
{
    [Theory]
    [InlineData("Content-Length:-95\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}")]
    [InlineData("Content-Length: 95\r\nContent-Length: 52\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\",\"params\":null}")]
    public async Task Broken_framing_ends_the_connection_with_exit_code_1(string input)
    {
        using var output = new MemoryStream();

        var exit = await LanguageServer.LanguageServerHost.RunAsync(new MemoryStream(Encoding.UTF8.GetBytes(input)), output, CancellationToken.None)
            .WaitAsync(LspTestClient.Patience);

        Assert.Equal(1, exit);
    }
}
