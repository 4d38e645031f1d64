using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace CodingDsl.Export.Tests.Support;

/// <summary>
/// Firely's parser and validator against the base R4 profiles, offline: the specification comes from
/// Hl7.Fhir.Specification.Data.R4's specification.zip, copied beside the tests.
/// </summary>
internal static class FhirValidation
{
    private static readonly Lazy<Validator> Instance = new(() =>
    {
        var source = new CachedResolver(ZipSource.CreateValidationSource());
        return new Validator(source, new LocalTerminologyService(source));
    });

    public static Resource Parse(string json) => new FhirJsonDeserializer().Deserialize<Resource>(json);

    public static OperationOutcome Validate(Resource resource)
    {
        lock (Instance)
        {
            return Instance.Value.Validate(resource);
        }
    }

    public static IReadOnlyList<string> Errors(OperationOutcome outcome) => Issues(outcome, OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueSeverity.Fatal);

    public static IReadOnlyList<string> Warnings(OperationOutcome outcome) => Issues(outcome, OperationOutcome.IssueSeverity.Warning);

    private static IReadOnlyList<string> Issues(OperationOutcome outcome, params OperationOutcome.IssueSeverity[] severities) =>
        outcome.Issue
            .Where(i => i.Severity is { } s && severities.Contains(s))
            .Select(i => $"{i.Severity} {i.Code}: {i.Details?.Text} @ {string.Join(", ", i.Expression ?? [])}")
            .ToArray();
}
