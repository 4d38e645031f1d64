using CodingDsl.Language.Workspace;

namespace CodingDsl.Language.Tests;

/// <summary>A temporary folder configured with OPCS-4.10 and the OPCS-4.11 fixture side by side (<see cref="ReleaseFixture"/>).</summary>
internal sealed class ReleaseFolder : IDisposable
{
    public ReleaseFolder(string? opcs410From = null, string? opcs411From = null)
    {
        Path = Directory.CreateTempSubdirectory("codingdsl-releases-").FullName;
        ReleaseFixture.WriteConfiguration(Path, opcs410From, opcs411From);
    }

    public string Path { get; }

    public DocumentAnalysis Analyze(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text);
        return WorkspaceAnalyzer.Analyze([new DocumentInput(path, text)], new CodingWorkspace())[0];
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
