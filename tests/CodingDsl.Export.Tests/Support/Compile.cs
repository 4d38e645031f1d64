using CodingDsl.Export.Compiled;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Export.Tests.Support;

/// <summary>Rule file text to the compiled model, through the real workspace analysis.</summary>
internal static class Compile
{
    /// <summary>Files given as (path relative to a made-up root, text), analysed together.</summary>
    public static CompiledDocument Texts(params (string RelativePath, string Text)[] files)
    {
        var root = Path.Combine(Path.GetTempPath(), "codingdsl-export-tests");
        var inputs = files.Select(f => new DocumentInput(Path.Combine(root, f.RelativePath), f.Text)).ToArray();
        var analyses = WorkspaceAnalyzer.Analyze(inputs);
        return CompiledExport.FromAnalyses(analyses.Select((a, i) => (a, files[i].RelativePath)));
    }

    public static CompiledDocument Text(string text) => Texts(("test.coding", text));

    public static CompiledDocument Samples() => CompiledExport.FromAnalyses(Repo.AnalyseSamples());

    public static CompiledDocument Ipg327() => Texts(("IPG327.coding", File.ReadAllText(Repo.Ipg327)));
}
