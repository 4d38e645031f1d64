using System.Text;
using CodingDsl.Export.Compiled;
using CodingDsl.Export.Decompile;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Evaluation;
using CodingDsl.Language.Workspace;
using CodingDsl.LanguageServer.Transport;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CodingDsl.Fuzz;

/// <summary>
/// The fuzz targets: each reads one input and must return or throw only the exception that the
/// product turns into a clear message. Any other exception, a hang or a crash is a finding.
/// </summary>
public static class FuzzTargets
{
    public static readonly IReadOnlyDictionary<string, Action<Stream>> All = new Dictionary<string, Action<Stream>>
    {
        ["analysis"] = Analysis,
        ["jsonrpc"] = JsonRpc,
        ["episodes-csv"] = stream => Episodes(stream, "episodes.csv"),
        ["episodes-json"] = stream => Episodes(stream, "episodes.json"),
        ["import-json"] = Import,
    };

    // Created on first use, inside the fuzzer's loop: instrumented code run before SharpFuzz has set up
    // the coverage map crashes the process. One workspace, as in the server: each input replaces the document.
    private static readonly Lazy<EpisodeCodeReader> Codes = new(() => new EpisodeCodeReader(ClassificationSet.Bundled));
    private static readonly Lazy<CodingWorkspace> Workspace = new(() => new CodingWorkspace(new ConfigurationService(NoFiles.Instance), NoFiles.Instance));

    /// <summary>Text → parse, bind, rules (everything `check` does, `use`d files absent).</summary>
    private static void Analysis(Stream stream)
    {
        var text = ReadText(stream);
        Workspace.Value.SetDocument("/fuzz/input.coding", text);
        var analysis = Workspace.Value.Analyze("/fuzz/input.coding");
        foreach (var diagnostic in analysis.Diagnostics)
        {
            if (diagnostic.Span.Start < 0 || diagnostic.Span.End > text.Length)
            {
                throw new InvalidOperationException($"{diagnostic.Code} at {diagnostic.Span} is outside the {text.Length}-character document");
            }
        }
    }

    /// <summary>The server's framing (Content-Length headers) and message formatter, as the server reads its input.</summary>
    private static void JsonRpc(Stream stream)
    {
        using var handler = LspSerializer.CreateMessageHandler(Stream.Null, stream);
        for (var i = 0; i < 64; i++)
        {
            JsonRpcMessage? message;
            try
            {
                message = handler.ReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is BadRpcHeaderException or EndOfStreamException)
            {
                return; // bad framing or a message cut off: StreamJsonRpc closes the connection, as LSP clients expect
            }
            if (message is null)
            {
                return;
            }
        }
    }

    private static void Episodes(Stream stream, string name)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        try
        {
            foreach (var record in EpisodeFile.Read(reader, name, Codes.Value))
            {
                _ = record;
            }
        }
        catch (EpisodeFileException)
        {
        }
    }

    private static void Import(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        try
        {
            foreach (var file in CompiledFormat.Read(reader).Files)
            {
                SourceWriter.Write(file);
            }
        }
        catch (CompiledFormatException)
        {
        }
    }

    private static string ReadText(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
