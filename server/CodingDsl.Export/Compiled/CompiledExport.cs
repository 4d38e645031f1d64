using CodingDsl.Language.Workspace;

namespace CodingDsl.Export.Compiled;

/// <summary>Analysed rule files, each with its path relative to what was exported, to the compiled model.</summary>
public static class CompiledExport
{
    public static CompiledDocument FromAnalyses(IEnumerable<(DocumentAnalysis Analysis, string RelativePath)> files) =>
        ModelCompiler.Compile(files
            .Where(f => f.Analysis.Model is not null)
            .Select(f => (f.Analysis.Model!, f.RelativePath, f.Analysis.Configuration?.Classifications)));
}
