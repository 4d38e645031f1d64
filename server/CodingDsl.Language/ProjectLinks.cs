namespace CodingDsl.Language;

/// <summary>
/// The project's public addresses, in one place: the repository (SARIF's informationUri, package.json's
/// repository), the documentation the diagnostics link to, the JSON schemas' <c>$id</c>s and the FHIR
/// canonical base. docs/schema/*.json and package.json repeat them; a test keeps them equal to these.
/// </summary>
public static class ProjectLinks
{
    public const string Repository = "https://github.com/codingdsl/codingdsl";

    /// <summary>The docs folder as GitHub renders it on the default branch.</summary>
    public const string Documentation = Repository + "/blob/main/docs";

    public const string DiagnosticsReference = Documentation + "/diagnostics.md";

    /// <summary>Where the JSON schemas are published (GitHub Pages of the codingdsl organisation).</summary>
    public const string SchemaBase = "https://codingdsl.github.io/schema";

    /// <summary>The default canonical base of exported FHIR resources (<c>&lt;base&gt;/ValueSet/IPG327</c>).</summary>
    public const string FhirBase = "https://codingdsl.github.io/fhir";

    /// <summary>The <c>$id</c> of docs/schema/<paramref name="name"/>.schema.json.</summary>
    public static string Schema(string name) => $"{SchemaBase}/{name}.schema.json";
}
