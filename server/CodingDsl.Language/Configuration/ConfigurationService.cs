using System.Runtime.CompilerServices;

namespace CodingDsl.Language.Configuration;

/// <summary>A document's configuration and the tables it resolves to.</summary>
public sealed record DocumentConfiguration(CodingDslConfiguration Configuration, ClassificationSet Classifications)
{
    /// <summary>Problems with codingdsl.json, the editor settings and the files they name, in that order.</summary>
    public IReadOnlyList<ConfigProblem> Problems =>
        Classifications.Problems.Count == 0 ? Configuration.Problems : Configuration.Problems.Concat(Classifications.Problems).ToArray();
}

/// <summary>
/// The one entry point hosts need: per document, find and read its codingdsl.json, fill what it leaves
/// unset from the editor settings (<see cref="SetEditorSettings"/>), and load its tables, all cached.
/// Hold one instance per process (CLI run or language server). Thread-safe.
/// </summary>
public sealed class ConfigurationService
{
    // Weak: a replaced codingdsl.json drops its combination with the settings.
    private readonly ConditionalWeakTable<CodingDslConfiguration, Combined> combined = new();
    private EditorSettings editorSettings = EditorSettings.None;

    public ConfigurationService(IFileSystem? fileSystem = null)
    {
        var fs = fileSystem ?? PhysicalFileSystem.Instance;
        Loader = new ConfigurationLoader(fs);
        Resolver = new ClassificationSetResolver(fs);
    }

    public ConfigurationLoader Loader { get; }

    public ClassificationSetResolver Resolver { get; }

    /// <summary>The editor settings in force (<see cref="EditorSettings.None"/> until a host sets some).</summary>
    public EditorSettings EditorSettings => Volatile.Read(ref editorSettings);

    /// <summary>
    /// Replaces the editor settings (null: none). Analyses that already started keep the settings they
    /// read; later ones see these. Tables are still read once per path and write time.
    /// </summary>
    public void SetEditorSettings(EditorSettings? settings) => Volatile.Write(ref editorSettings, settings ?? EditorSettings.None);

    public DocumentConfiguration ForDocument(string documentPath)
    {
        var config = WithEditorSettings(Loader.LoadForDocument(documentPath));
        return new DocumentConfiguration(config, Resolver.Resolve(config));
    }

    /// <summary>
    /// The file's configuration with the settings applied, one instance per (file, settings) so the
    /// resolver's per-configuration cache keeps serving one set of tables to every document.
    /// </summary>
    private CodingDslConfiguration WithEditorSettings(CodingDslConfiguration file)
    {
        var settings = EditorSettings;
        if (settings.IsEmpty)
        {
            return file;
        }

        var slot = combined.GetValue(file, _ => new Combined());
        lock (slot)
        {
            if (!ReferenceEquals(slot.Settings, settings) || slot.Configuration is null)
            {
                slot.Settings = settings;
                slot.Configuration = settings.ApplyTo(file);
            }

            return slot.Configuration;
        }
    }

    private sealed class Combined
    {
        public EditorSettings? Settings { get; set; }

        public CodingDslConfiguration? Configuration { get; set; }
    }
}
