using CodingDsl.Language.Classifications;
using CodingDsl.Language.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CodingDsl.Language.Configuration;

/// <summary>
/// Turns the text of a codingdsl.json into a <see cref="CodingDslConfiguration"/>. Never throws: broken
/// JSON or unexpected values become <see cref="ConfigProblem"/>s with line and column, and whatever
/// could be read still applies.
/// </summary>
public static class ConfigurationParser
{
    internal static readonly string[] TopLevel = ["$schema", "classifications", "diagnostics", "rules"];
    internal static readonly string[] ClassificationKeys = [.. CodeSystems.All.Select(s => s.ConfigKey)];
    internal static readonly string[] TableKeys = ["version", "path", "format", "complete", "inForceFrom"];
    internal static readonly string[] SnomedKeys = ["conceptSnapshot"];

    private static readonly IReadOnlyDictionary<string, DiagnosticLevel> Levels =
        Enum.GetValues<DiagnosticLevel>().ToDictionary(DiagnosticLevels.Text, l => l, StringComparer.OrdinalIgnoreCase);

    /// <param name="configPath">Absolute path of the file: relative table paths resolve against its folder.</param>
    public static CodingDslConfiguration Parse(string text, string configPath)
    {
        var problems = new List<ConfigProblem>();
        var context = new Context(configPath, Path.GetDirectoryName(Path.GetFullPath(configPath)) ?? ".", problems, withPositions: true);

        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new ConfigProblem(configPath, 1, 1, "codingdsl.json is empty: write {} to use the defaults"));
            return Empty(configPath, problems);
        }

        JToken root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(text ?? string.Empty));
            root = JToken.ReadFrom(reader, new JsonLoadSettings
            {
                CommentHandling = CommentHandling.Ignore,
                LineInfoHandling = LineInfoHandling.Load,
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
            });

            // Anything after the root value is a mistake too (a second object pasted in).
            if (reader.Read() && reader.TokenType != JsonToken.Comment)
            {
                problems.Add(new ConfigProblem(configPath, reader.LineNumber, reader.LinePosition, "unexpected text after the end of the configuration object"));
            }
        }
        catch (JsonReaderException ex)
        {
            problems.Add(new ConfigProblem(configPath, ex.LineNumber, ex.LinePosition, $"not valid JSON: {FirstSentence(ex.Message)}"));
            return Empty(configPath, problems);
        }

        if (root is not JObject obj)
        {
            context.Problem(root ?? new JObject(), "codingdsl.json must hold one JSON object, e.g. { \"classifications\": { ... } }");
            return Empty(configPath, problems);
        }

        context.UnknownKeys(obj, TopLevel, "top level");
        return Read(context, obj, configPath);
    }

    /// <summary>
    /// Reads settings in codingdsl.json's shape that did not come from a file (an editor's settings):
    /// problems name <paramref name="source"/> and have no line; relative paths resolve against
    /// <paramref name="folder"/>, and are a problem when it is null. Keys other than codingdsl.json's
    /// top-level ones are the caller's to drop.
    /// </summary>
    internal static CodingDslConfiguration ReadObject(JObject obj, string source, string? folder)
    {
        var problems = new List<ConfigProblem>();
        return Read(new Context(source, folder, problems, withPositions: false), obj, configPath: null);
    }

    private static CodingDslConfiguration Read(Context context, JObject obj, string? configPath)
    {
        var opcs = new List<TableSource>();
        var icd10 = new List<TableSource>();
        string? snomed = null;
        var (snomedLine, snomedColumn) = (0, 0);
        if (context.ObjectAt(obj, "classifications") is { } classifications)
        {
            context.UnknownKeys(classifications, ClassificationKeys, "classifications");
            ReadTables(context, classifications[CodeSystems.Opcs4.ConfigKey], CodeSystem.Opcs4, opcs);
            ReadTables(context, classifications[CodeSystems.Icd10.ConfigKey], CodeSystem.Icd10, icd10);
            if (context.ObjectAt(classifications, CodeSystems.Snomed.ConfigKey) is { } snomedObj)
            {
                context.UnknownKeys(snomedObj, SnomedKeys, "classifications.snomed");
                if (snomedObj["conceptSnapshot"] is { } pathToken)
                {
                    if (pathToken.Type == JTokenType.String && ((string?)pathToken)?.Trim() is { Length: > 0 } p)
                    {
                        snomed = context.Resolve(pathToken, p);
                        (snomedLine, snomedColumn) = context.PositionOf(pathToken);
                    }
                    else
                    {
                        context.Problem(pathToken, "classifications.snomed.conceptSnapshot must be the path of an RF2 sct2_Concept_Snapshot file");
                    }
                }
            }
        }

        var diagnostics = ReadLevels(context, obj, "diagnostics", key =>
            System.Text.RegularExpressions.Regex.IsMatch(key, "^CDSL[0-9]{4}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
                ? null
                : $"'{key}' is not a diagnostic code (expected CDSL followed by four digits, e.g. CDSL0203)");
        var rules = ReadLevels(context, obj, "rules", key =>
            key.Trim().Length > 0 ? null : "a rule name must not be empty");

        return new CodingDslConfiguration(configPath, opcs, icd10, snomed, diagnostics, rules, context.Problems, snomedLine, snomedColumn, context.Source);
    }

    private static void ReadTables(Context context, JToken? token, CodeSystem system, List<TableSource> into)
    {
        if (token is null)
        {
            return;
        }

        var name = CodeSystems.Of(system).ConfigKey;

        // One table may be written without the array brackets.
        IEnumerable<JToken>? items = token switch
        {
            JArray array => array.Children(),
            JObject single => new[] { (JToken)single },
            _ => null,
        };
        if (items is null)
        {
            context.Problem(token, $"classifications.{name} must be a list of tables: [ {{ \"version\": \"…\", \"path\": \"…\" }} ]");
            return;
        }

        foreach (var item in items)
        {
            if (item is not JObject table)
            {
                context.Problem(item, $"each classifications.{name} entry must be an object with \"version\" and \"path\"");
                continue;
            }

            context.UnknownKeys(table, TableKeys, $"classifications.{name}[]");
            var version = context.StringAt(table, "version");
            var path = context.StringAt(table, "path");
            if (version is null || path is null)
            {
                context.Problem(table, $"a classifications.{name} table needs both \"version\" (e.g. \"{(system == CodeSystem.Opcs4 ? "4.10" : "5")}\") and \"path\"");
                continue;
            }

            var format = TableFormat.Auto;
            if (context.StringAt(table, "format") is { } formatName && !TableFormatNames.ByName.TryGetValue(formatName, out format))
            {
                context.Problem(table["format"]!, $"unknown format '{formatName}': use one of {string.Join(", ", TableFormatNames.ByName.Keys)}");
                format = TableFormat.Auto;
            }

            var complete = true;
            if (table["complete"] is { } completeToken)
            {
                if (completeToken.Type == JTokenType.Boolean)
                {
                    complete = (bool)completeToken;
                }
                else
                {
                    context.Problem(completeToken, "\"complete\" must be true or false");
                }
            }

            DateOnly? inForceFrom = null;
            if (table["inForceFrom"] is { } dateToken)
            {
                // A calendar date only: the team decides when a release takes effect, so nothing is guessed or rounded.
                if (dateToken.Type == JTokenType.String
                    && DateOnly.TryParseExact((string)dateToken!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
                {
                    inForceFrom = date;
                }
                else
                {
                    context.Problem(dateToken, "\"inForceFrom\" must be a date written YYYY-MM-DD, e.g. \"2026-04-01\"");
                }
            }

            if (into.Any(t => string.Equals(t.Version, version, StringComparison.OrdinalIgnoreCase)))
            {
                context.Problem(table, $"classifications.{name} lists version {version} twice; the first one is used");
                continue;
            }

            if (context.Resolve(table["path"], path) is not { } fullPath)
            {
                continue;
            }

            var (line, column) = context.PositionOf(table["path"]!);
            into.Add(new TableSource(system, version, fullPath, format, complete, line, column, context.Source) { InForceFrom = inForceFrom });
        }
    }

    private static IReadOnlyDictionary<string, DiagnosticLevel> ReadLevels(
        Context context, JObject root, string section, Func<string, string?> checkKey)
    {
        var levels = new Dictionary<string, DiagnosticLevel>(StringComparer.OrdinalIgnoreCase);
        if (context.ObjectAt(root, section) is not { } obj)
        {
            return levels;
        }

        foreach (var property in obj.Properties())
        {
            if (checkKey(property.Name) is { } keyProblem)
            {
                context.Problem(property, keyProblem);
                continue;
            }

            if (property.Value.Type == JTokenType.String && Levels.TryGetValue((string)property.Value!, out var level))
            {
                levels[property.Name.Trim()] = level;
            }
            else
            {
                context.Problem(property.Value, $"{section}.{property.Name} must be one of \"error\", \"warning\", \"info\", \"off\"");
            }
        }

        return levels;
    }

    private static CodingDslConfiguration Empty(string path, List<ConfigProblem> problems) =>
        new(path, Array.Empty<TableSource>(), Array.Empty<TableSource>(), null,
            new Dictionary<string, DiagnosticLevel>(), new Dictionary<string, DiagnosticLevel>(), problems);

    // Newtonsoft appends "Path '…', line 3, position 5." which the problem already carries.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ').Trim();
    }

    /// <param name="source">What problems name: the codingdsl.json's path, or the editor settings.</param>
    /// <param name="folder">Where relative paths start; null when there is nowhere (no workspace folder).</param>
    /// <param name="withPositions">False for JSON that did not come from a file the user can open.</param>
    private sealed class Context(string source, string? folder, List<ConfigProblem> problems, bool withPositions)
    {
        public string Source => source;

        public List<ConfigProblem> Problems => problems;

        public void Problem(JToken? token, string message)
        {
            var (line, column) = PositionOf(token);
            problems.Add(new ConfigProblem(source, line, column, message));
        }

        public (int Line, int Column) PositionOf(JToken? token) => withPositions ? Position(token) : (0, 0);

        /// <summary>Where a token starts (1-based). Newtonsoft records where it ends, so step back over its text.</summary>
        public static (int Line, int Column) Position(JToken? token)
        {
            if (token is not IJsonLineInfo info || !info.HasLineInfo())
            {
                return (0, 0);
            }

            var length = token switch
            {
                JProperty property => JsonConvert.ToString(property.Name).Length + 1, // recorded at the ':'

                JValue value => value.ToString(Formatting.None).Length,
                _ => 1,
            };
            return (info.LineNumber, Math.Max(1, info.LinePosition - length + 1));
        }

        /// <summary>The absolute path; null (and a problem) when it cannot be made one.</summary>
        public string? Resolve(JToken? token, string path)
        {
            try
            {
                if (folder is null && !Path.IsPathRooted(path))
                {
                    Problem(token, $"'{path}' is a relative path and no workspace folder is open to resolve it against: give an absolute path");
                    return null;
                }

                return Path.GetFullPath(folder is null ? path : Path.Combine(folder, path));
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
            {
                Problem(token, $"'{path}' is not a usable path: {ex.Message}");
                return null;
            }
        }

        public JObject? ObjectAt(JObject parent, string key)
        {
            var token = parent[key];
            if (token is null || token is JObject)
            {
                return (JObject?)token;
            }

            Problem(token, $"\"{key}\" must be an object {{ … }}");
            return null;
        }

        public string? StringAt(JObject parent, string key)
        {
            var token = parent[key];
            if (token is null)
            {
                return null;
            }

            if (token.Type == JTokenType.String && ((string?)token)?.Trim() is { Length: > 0 } value)
            {
                return value;
            }

            Problem(token, $"\"{key}\" must be a non-empty string");
            return null;
        }

        public void UnknownKeys(JObject obj, string[] known, string where)
        {
            foreach (var property in obj.Properties())
            {
                if (!known.Contains(property.Name, StringComparer.Ordinal))
                {
                    Problem(property, $"unknown setting '{property.Name}' in {where} (expected {string.Join(", ", known)})");
                }
            }
        }
    }
}
