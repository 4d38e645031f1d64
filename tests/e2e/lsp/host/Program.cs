// Arguments (`lsp`, `--stdio`) are accepted and ignored, as `codingdsl lsp` does.
using CodingDsl.LanguageServer;

return await LanguageServerHost.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), CancellationToken.None);
