using CodingDsl.Language.Diagnostics;
using Newtonsoft.Json.Linq;

namespace CodingDsl.Language.Configuration;

/// <summary>
/// Settings an editor gives (the LSP client's `codingdsl` section) in addition to codingdsl.json: the
/// same shape — `classifications`, `diagnostics`, `rules` — read by the same parser. codingdsl.json is
/// shared with CI, where no editor is, so it wins for whatever it sets; these fill what it leaves
/// unset (<see cref="ApplyTo"/>). Immutable; never throws.
/// </summary>
public sealed class EditorSettings
{
    /// <summary>What problems with the settings (and the tables they name) are reported against.</summary>
    public const string Source = "editor settings (codingdsl)";

    // The client's section also holds settings that are not the server's (codingdsl.server.path,
    // codingdsl.trace.server): only these are read, the rest is ignored without a word.
    private static readonly string[] OwnKeys = ["classifications", "diagnostics", "rules"];

    private EditorSettings(CodingDslConfiguration configuration)
    {
        Configuration = configuration;
    }

    /// <summary>No editor settings: codingdsl.json (or the defaults) alone.</summary>
    public static EditorSettings None { get; } = new(CodingDslConfiguration.Default);

    /// <summary>The settings in codingdsl.json's shape (no <see cref="CodingDslConfiguration.ConfigPath"/>; paths absolute).</summary>
    public CodingDslConfiguration Configuration { get; }

    /// <summary>What could not be read, each against <see cref="Source"/> with a one-line reason.</summary>
    public IReadOnlyList<ConfigProblem> Problems => Configuration.Problems;

    /// <summary>True when the settings change nothing (no tables, no severities, no problems).</summary>
    public bool IsEmpty =>
        Configuration.Opcs.Count == 0 && Configuration.Icd10.Count == 0 && Configuration.SnomedConceptSnapshot is null
        && Configuration.DiagnosticLevels.Count == 0 && Configuration.RuleLevels.Count == 0 && Configuration.Problems.Count == 0;

    /// <summary>
    /// Reads the client's `codingdsl` section: a JSON object in codingdsl.json's shape. Null (or no
    /// section) is <see cref="None"/>; unset values (null, an empty concept file path) are left out,
    /// as editors send defaults for every setting they declare.
    /// </summary>
    /// <param name="workspaceFolder">Relative table paths resolve against it; without one they are a problem.</param>
    public static EditorSettings FromJson(JToken? section, string? workspaceFolder)
    {
        if (section is null || section.Type is JTokenType.Null or JTokenType.Undefined)
        {
            return None;
        }

        if (section is not JObject obj)
        {
            return new EditorSettings(WithProblem(
                $"the codingdsl settings must be an object such as {{ \"diagnostics\": {{ \"CDSL0203\": \"warning\" }} }}, not {Describe(section)}"));
        }

        var known = new JObject();
        foreach (var property in obj.Properties())
        {
            if (OwnKeys.Contains(property.Name, StringComparer.Ordinal) && WithoutUnset(property.Value) is { } value)
            {
                known[property.Name] = value;
            }
        }

        string? folder = null;
        if (!string.IsNullOrWhiteSpace(workspaceFolder))
        {
            try
            {
                folder = Path.GetFullPath(workspaceFolder);
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
            {
                folder = null;
            }
        }

        var settings = new EditorSettings(ConfigurationParser.ReadObject(known, Source, folder));
        return settings.IsEmpty ? None : settings;
    }

    /// <summary>
    /// The configuration a document is checked with: <paramref name="file"/> (its codingdsl.json, or
    /// the defaults) where it says something, these settings where it does not — an OPCS-4, ICD-10 or
    /// SNOMED CT source when the file names none of that system; a severity for each code or rule the
    /// file does not mention. Problems: the file's, then the settings'.
    /// </summary>
    public CodingDslConfiguration ApplyTo(CodingDslConfiguration file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (IsEmpty)
        {
            return file;
        }

        var settings = Configuration;
        var snomedFromFile = file.SnomedConceptSnapshot is not null;
        return new CodingDslConfiguration(
            file.ConfigPath,
            file.Opcs.Count > 0 ? file.Opcs : settings.Opcs,
            file.Icd10.Count > 0 ? file.Icd10 : settings.Icd10,
            snomedFromFile ? file.SnomedConceptSnapshot : settings.SnomedConceptSnapshot,
            Fill(file.DiagnosticLevels, settings.DiagnosticLevels),
            Fill(file.RuleLevels, settings.RuleLevels),
            settings.Problems.Count == 0 ? file.Problems : file.Problems.Concat(settings.Problems).ToArray(),
            snomedFromFile ? file.SnomedLine : 0,
            snomedFromFile ? file.SnomedColumn : 0,
            snomedFromFile ? file.SnomedOrigin : Source);
    }

    private static IReadOnlyDictionary<string, DiagnosticLevel> Fill(
        IReadOnlyDictionary<string, DiagnosticLevel> file, IReadOnlyDictionary<string, DiagnosticLevel> settings)
    {
        if (settings.Count == 0)
        {
            return file;
        }

        var levels = new Dictionary<string, DiagnosticLevel>(settings, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, level) in file)
        {
            levels[key] = level;
        }

        return levels;
    }

    /// <summary>
    /// The value without the parts an editor sends for settings nobody set — null, an empty concept file
    /// path, an empty list where an object belongs (Lua's `{}` can be written as []) — or null when
    /// nothing is left.
    /// </summary>
    private static JToken? WithoutUnset(JToken value)
    {
        if (value.Type == JTokenType.Null || value is JArray { Count: 0 })
        {
            return null;
        }

        if (value is not JObject obj)
        {
            return value; // the parser says what is wrong with it
        }

        var copy = new JObject();
        foreach (var property in obj.Properties())
        {
            var inner = property.Value;
            if (inner.Type == JTokenType.Null
                || (property.Name == "snomed" && inner is JArray { Count: 0 })
                || (property.Name == "conceptSnapshot" && inner.Type == JTokenType.String && string.IsNullOrWhiteSpace((string?)inner)))
            {
                continue;
            }

            // classifications.snomed: { "conceptSnapshot": "" } is what an editor sends when it is unset.
            copy[property.Name] = property.Name == "snomed" && inner is JObject ? WithoutUnset(inner) : inner;
        }

        return copy;
    }

    private static CodingDslConfiguration WithProblem(string message) =>
        new(null, Array.Empty<TableSource>(), Array.Empty<TableSource>(), null,
            new Dictionary<string, DiagnosticLevel>(), new Dictionary<string, DiagnosticLevel>(),
            [new ConfigProblem(Source, 0, 0, message)]);

    private static string Describe(JToken token) => token.Type switch
    {
        JTokenType.Array => "a list",
        JTokenType.String => "a string",
        JTokenType.Integer or JTokenType.Float => "a number",
        JTokenType.Boolean => "true or false",
        _ => token.Type.ToString().ToLowerInvariant(),
    };
}
