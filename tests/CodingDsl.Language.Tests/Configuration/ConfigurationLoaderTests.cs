using CodingDsl.Language.Configuration;
using CodingDsl.Language.Diagnostics;
using NSubstitute;
using Xunit;

namespace CodingDsl.Language.Tests.Configuration;

public class ConfigurationLoaderTests
{
    [Fact]
    public void Finds_the_config_in_the_document_folder_or_the_nearest_parent()
    {
        var files = new FakeFileSystem()
            .Add("/repo/codingdsl.json", "{}")
            .Add("/repo/ipg/special/codingdsl.json", "{}");
        var loader = new ConfigurationLoader(files.Substitute);

        Assert.Equal("/repo/ipg/special/codingdsl.json", loader.FindConfigFile("/repo/ipg/special/IPG327.coding"));
        Assert.Equal("/repo/codingdsl.json", loader.FindConfigFile("/repo/ipg/IPG327.coding"));
        Assert.Equal("/repo/codingdsl.json", loader.FindConfigFile("/repo/ipg/deeper/still/IPG1.coding"));
        Assert.Null(loader.FindConfigFile("/elsewhere/IPG1.coding"));
        Assert.Null(loader.FindConfigFile(""));
        Assert.Same(CodingDslConfiguration.Default, loader.LoadForDocument("/elsewhere/IPG1.coding"));
    }

    [Fact]
    public void Reads_a_config_once_until_it_changes()
    {
        var files = new FakeFileSystem().Add("/repo/codingdsl.json", """{ "diagnostics": { "CDSL0203": "off" } }""");
        var loader = new ConfigurationLoader(files.Substitute);

        var configs = Enumerable.Range(0, 500).Select(i => loader.LoadForDocument($"/repo/IPG{i}.coding")).ToList();
        Assert.All(configs, c => Assert.Same(configs[0], c));
        files.Substitute.Received(1).ReadAllText("/repo/codingdsl.json");
        Assert.Equal(DiagnosticLevel.Off, configs[0].GetSeverityOverride("CDSL0203"));

        files.Add("/repo/codingdsl.json", """{ "diagnostics": { "CDSL0203": "error" } }""", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(DiagnosticLevel.Error, loader.LoadForDocument("/repo/IPG1.coding").GetSeverityOverride("CDSL0203"));
        files.Substitute.Received(2).ReadAllText("/repo/codingdsl.json");
    }

    [Fact]
    public void An_unreadable_config_is_a_problem_not_an_exception()
    {
        var fs = Substitute.For<IFileSystem>();
        fs.FileExists("/repo/codingdsl.json").Returns(true);
        fs.GetLastWriteTimeUtc("/repo/codingdsl.json").Returns(DateTime.UnixEpoch);
        fs.ReadAllText("/repo/codingdsl.json").Returns(_ => throw new UnauthorizedAccessException("Access to the path '/repo/codingdsl.json' is denied."));

        var config = new ConfigurationLoader(fs).LoadForDocument("/repo/IPG327.coding");
        var problem = Assert.Single(config.Problems);
        Assert.Equal("/repo/codingdsl.json: cannot read codingdsl.json: Access to the path '/repo/codingdsl.json' is denied.", problem.ToString());
        Assert.Empty(config.Opcs);
    }
}
