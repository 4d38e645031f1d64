using Newtonsoft.Json;

namespace CodingDsl.Export.Diff;

/// <summary>The diff as JSON, described by docs/schema/diff.schema.json. Nulls are left out.</summary>
public static class DiffJsonWriter
{
    /// <summary>Minor: fields added. Major: a change old readers would misread.</summary>
    public const string FormatVersion = "1.0";

    public static void Write(DiffReport report, TextWriter writer)
    {
        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false };
        json.WriteStartObject();
        Property(json, "formatVersion", FormatVersion);
        Side(json, "base", report.Base);
        Side(json, "head", report.Head);
        json.WritePropertyName("changed");
        json.WriteValue(report.Diff.HasChanges);
        json.WritePropertyName("guidancesCompared");
        json.WriteValue(report.Diff.GuidancesCompared);
        Declarations(json, "guidances", report.Diff.Guidances);
        Declarations(json, "rules", report.Diff.Rules);
        Declarations(json, "sets", report.Diff.Sets);
        json.WriteEndObject();
        json.Flush();
        writer.Write('\n');
    }

    private static void Side(JsonWriter json, string name, DiffSide side)
    {
        json.WritePropertyName(name);
        json.WriteStartObject();
        Property(json, "label", side.Label);
        json.WritePropertyName("files");
        json.WriteValue(side.Files);
        json.WritePropertyName("filesWithErrors");
        json.WriteStartArray();
        foreach (var file in side.FilesWithErrors)
        {
            json.WriteValue(file);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Declarations(JsonWriter json, string name, IReadOnlyList<DeclarationDiff> declarations)
    {
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var declaration in declarations)
        {
            json.WriteStartObject();
            Property(json, "name", declaration.Name);
            Property(json, "status", DiffWording.Status(declaration.Status));
            Property(json, "title", declaration.Title);
            Location(json, "base", declaration.Base);
            Location(json, "head", declaration.Head);
            json.WritePropertyName("changes");
            json.WriteStartArray();
            foreach (var change in declaration.Changes)
            {
                json.WriteStartObject();
                Property(json, "status", DiffWording.Status(change.Status));
                Property(json, "aspect", change.Aspect);
                Property(json, "section", change.Section);
                Property(json, "subject", change.Subject);
                Property(json, "before", change.Before);
                Property(json, "after", change.After);
                Location(json, change.Status == ChangeStatus.Removed ? "base" : "head", change.Location);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Location(JsonWriter json, string name, SourceLocation? location)
    {
        if (location is null)
        {
            return;
        }
        json.WritePropertyName(name);
        json.WriteStartObject();
        Property(json, "path", location.Path);
        json.WritePropertyName("line");
        json.WriteValue(location.Line);
        json.WriteEndObject();
    }

    private static void Property(JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            return;
        }
        json.WritePropertyName(name);
        json.WriteValue(value);
    }
}
