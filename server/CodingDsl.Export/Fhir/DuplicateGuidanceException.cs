namespace CodingDsl.Export.Fhir;

/// <summary>
/// A guidance id declared more than once in what is exported: its resources would share one id
/// (two `ConceptMap/IPG327` entries), which makes the Bundle ambiguous for any FHIR server.
/// </summary>
public sealed class DuplicateGuidanceException(string id, IReadOnlyList<string> files)
    : InvalidOperationException(
        $"guidance {id} is declared {files.Count} times ({string.Join(", ", files)}); a FHIR Bundle holds one ConceptMap/{id}: declare each guidance once (CDSL0401)")
{
    public string Id { get; } = id;

    public IReadOnlyList<string> Files { get; } = files;
}
