namespace CodingDsl.Language.Configuration;

/// <summary>A document's configuration and the tables it resolves to.</summary>
public sealed record DocumentConfiguration(CodingDslConfiguration Configuration, ClassificationSet Classifications)
{
    /// <summary>Problems with codingdsl.json and with the files it names, in that order.</summary>
    public IReadOnlyList<ConfigProblem> Problems =>
        Classifications.Problems.Count == 0 ? Configuration.Problems : Configuration.Problems.Concat(Classifications.Problems).ToArray();
}

/// <summary>
/// The one entry point hosts need: per document, find and read its codingdsl.json and load its tables,
/// all cached. Hold one instance per process (CLI run or language server).
/// </summary>
public sealed class ConfigurationService
{
    public ConfigurationService(IFileSystem? fileSystem = null)
    {
        var fs = fileSystem ?? PhysicalFileSystem.Instance;
        Loader = new ConfigurationLoader(fs);
        Resolver = new ClassificationSetResolver(fs);
    }

    public ConfigurationLoader Loader { get; }

    public ClassificationSetResolver Resolver { get; }

    public DocumentConfiguration ForDocument(string documentPath)
    {
        var config = Loader.LoadForDocument(documentPath);
        return new DocumentConfiguration(config, Resolver.Resolve(config));
    }
}
