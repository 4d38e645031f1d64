using System.Text.Json.Nodes;
using CodingDsl.Language;
using Xunit;

namespace CodingDsl.Language.Tests;

/// <summary>The project's addresses are said once in code (ProjectLinks); the files that must repeat them agree.</summary>
public sealed class ProjectLinksTests
{
    [Theory]
    [InlineData("codingdsl")]
    [InlineData("compiled")]
    public void Each_schema_id_is_the_published_address_of_its_file(string name)
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "schema", $"{name}.schema.json")))!;

        Assert.Equal(ProjectLinks.Schema(name), (string?)schema["$id"]);
    }

    [Fact]
    public void The_extension_manifest_names_the_same_repository_publisher_and_issue_tracker()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "package.json")))!;

        Assert.Equal("codingdsl", (string?)manifest["publisher"]);
        Assert.Equal(ProjectLinks.Repository, (string?)manifest["repository"]!["url"]);
        Assert.Equal($"{ProjectLinks.Repository}/issues", (string?)manifest["bugs"]!["url"]);
        Assert.StartsWith(ProjectLinks.Repository, (string?)manifest["homepage"]);
    }

    [Fact]
    public void No_document_or_schema_still_points_at_a_placeholder_address()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*.*", SearchOption.AllDirectories)
            .Append(Path.Combine(RepoPaths.Root, "README.md"))
            .Append(Path.Combine(RepoPaths.Root, "client", "README.md"))
            .Append(Path.Combine(RepoPaths.Root, "package.json"));
        string[] placeholders = ["example.org", "example.com", ".invalid/", "codingdsl.dev"];

        var offenders = files
            .SelectMany(file => placeholders.Where(p => File.ReadAllText(file).Contains(p, StringComparison.Ordinal))
                .Select(p => $"{Path.GetRelativePath(RepoPaths.Root, file)}: {p}"))
            .ToList();

        Assert.Empty(offenders);
    }
}
