using CodingDsl.Export.Compiled;
using CodingDsl.Export.Csv;
using CodingDsl.Export.Fhir;

namespace CodingDsl.Export;

/// <summary>What an export format needs beyond the compiled document.</summary>
/// <param name="BaseUrl">The base of FHIR canonical URLs.</param>
public sealed record ExportOptions(string BaseUrl);

/// <summary>One export format: its name on the command line and in `codingdsl/export`, the file extension
/// editors give its output, a description for help text, and how to write it.</summary>
/// <param name="InEditor">Offered by the language server's `codingdsl/export` (the editor shows JSON documents).</param>
/// <param name="Prepare">Builds the output before anything is written (a refused FHIR export throws here,
/// so no partial file is left), then writes it.</param>
public sealed record ExportFormat(string Name, string FileExtension, string Description, bool InEditor, Func<CompiledDocument, ExportOptions, Action<TextWriter>> Prepare);

/// <summary>The exporter registry: the CLI's `export --format`, its help and the server's `codingdsl/export` all read this list.</summary>
public static class ExportFormats
{
    public static readonly ExportFormat Json = new("json", ".json", "the compiled model", InEditor: true,
        (document, _) => writer => CompiledFormat.Write(document, writer));

    public static readonly ExportFormat Fhir = new("fhir", ".fhir.json", "an R4 Bundle of ValueSets and ConceptMaps", InEditor: true,
        (document, options) =>
        {
            var json = FhirJson.Serialize(new FhirExporter(options.BaseUrl).Export(document));
            return writer => writer.Write(json);
        });

    public static readonly ExportFormat Csv = new("csv", ".csv", "one row per recommended code", InEditor: false,
        (document, _) => writer => CsvExporter.Write(document, writer));

    public static IReadOnlyList<ExportFormat> All { get; } = [Json, Fhir, Csv];

    public static IReadOnlyList<ExportFormat> InEditor { get; } = [.. All.Where(f => f.InEditor)];

    /// <summary>The format named (ignoring case), or null.</summary>
    public static ExportFormat? Find(string? name, IReadOnlyList<ExportFormat>? among = null) =>
        (among ?? All).FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>"a, b or c" over the formats' names, each shown by <paramref name="show"/>.</summary>
    public static string Listed(IReadOnlyList<ExportFormat> formats, Func<ExportFormat, string> show) =>
        formats.Count == 1 ? show(formats[0]) : string.Join(", ", formats.Take(formats.Count - 1).Select(show)) + " or " + show(formats[^1]);
}
