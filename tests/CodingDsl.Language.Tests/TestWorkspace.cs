using CodingDsl.Language.Configuration;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Language.Tests;

/// <summary>
/// A temporary folder with a codingdsl.json that points at the full reference tables in ../shared
/// (OPCS-4.10, the OPCS-4.11 four-character list, the WHO ICD-10 test table) and a small SNOMED CT
/// concept snapshot, so checks that need full tables can be exercised.
/// </summary>
internal sealed class TestWorkspace : IDisposable
{
    // One folder with the configuration for the whole test run, so the large tables load once;
    // each workspace is a subfolder of it and finds the configuration above itself.
    private static readonly Lazy<string> SharedRoot = new(() => CreateRoot(fullTables: true));
    private static readonly Lazy<string> BundledRoot = new(() => CreateRoot(fullTables: false));
    private static readonly ConfigurationService SharedConfiguration = new();

    public TestWorkspace(bool fullTables = true)
    {
        var root = fullTables ? SharedRoot.Value : BundledRoot.Value;
        Folder = Directory.CreateDirectory(Path.Combine(root, "case-" + Guid.NewGuid().ToString("N"))).FullName;
    }

    private static string CreateRoot(bool fullTables)
    {
        var Folder = Directory.CreateTempSubdirectory("codingdsl-test-").FullName;
        if (fullTables)
        {
            var shared = Path.Combine(RepoPaths.Shared, "data", "classifications");
            File.WriteAllText(Path.Combine(Folder, "sct2_Concept_Snapshot_Test.txt"),
                "id\teffectiveTime\tactive\tmoduleId\tdefinitionStatusId\n87628006\t20020131\t1\t900000000000207008\t900000000000074008\n");
            var config = new
            {
                classifications = new
                {
                    opcs = new object[]
                    {
                        new { version = "4.10", path = Path.Combine(shared, "opcs4", "OPCS410 CodesAndTitles.txt") },
                        new { version = "4.11", path = Path.Combine(shared, "opcs4", "opcs-4.11-four-character-codes.tsv") },
                    },
                    icd10 = new object[] { new { version = "5", path = Path.Combine(shared, "icd10", "icd10-who-2016-codes-and-titles.tsv"), complete = true } },
                    snomed = new { conceptSnapshot = "sct2_Concept_Snapshot_Test.txt" },
                },
            };
            File.WriteAllText(Path.Combine(Folder, "codingdsl.json"), Newtonsoft.Json.JsonConvert.SerializeObject(config));
        }
        return Folder;
    }

    public string Folder { get; }

    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public DocumentAnalysis Analyze(string name, string text)
    {
        var path = Write(name, text);
        return WorkspaceAnalyzer.Analyze([new DocumentInput(path, text)], new CodingWorkspace(SharedConfiguration))[0];
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
