using CodingDsl.Language.Classifications.Snomed;
using Xunit;

namespace CodingDsl.Language.Tests.Classifications;

public class SctIdTests
{
    [Theory]
    [InlineData("87628006", SctIdKind.Concept, null)]
    [InlineData("1487430010", SctIdKind.Description, null)]
    [InlineData("999002271000000101", SctIdKind.Concept, "1000000")]
    [InlineData("116680003", SctIdKind.Concept, null)] // Is a
    public void Known_valid_ids(string id, SctIdKind kind, string? ns)
    {
        var info = SctId.Parse(id);
        Assert.Equal(SctIdCheck.Valid, info.Check);
        Assert.Equal(kind, info.Kind);
        Assert.Equal(ns, info.Namespace);
        Assert.Equal(ns is not null, info.IsExtension);
    }

    [Theory]
    [InlineData("", SctIdCheck.Empty)]
    [InlineData("   ", SctIdCheck.Empty)]
    [InlineData("8762800x", SctIdCheck.NotDigits)]
    [InlineData("87 628006", SctIdCheck.NotDigits)]
    [InlineData("12345", SctIdCheck.WrongLength)]
    [InlineData("1234567890123456789", SctIdCheck.WrongLength)]
    [InlineData("087628006", SctIdCheck.LeadingZero)]
    [InlineData("87628007", SctIdCheck.BadCheckDigit)] // last digit mistyped
    [InlineData("86728006", SctIdCheck.BadCheckDigit)] // two digits swapped: Verhoeff catches it
    public void Invalid_ids_say_why(string id, SctIdCheck expected) =>
        Assert.Equal(expected, SctId.Parse(id).Check);

    [Fact]
    public void An_unknown_partition_is_reported_after_the_check_digit()
    {
        // Build an id with partition 03 and a correct check digit.
        var body = "8762803";
        var id = body + Verhoeff.Compute(body);
        Assert.Equal(SctIdCheck.UnknownPartition, SctId.Parse(id).Check);
    }

    [Fact]
    public void A_description_id_where_a_concept_is_expected_is_NotAConcept()
    {
        Assert.Equal(SctIdCheck.NotAConcept, SctId.CheckConcept("1487430010"));
        Assert.Equal(SctIdCheck.Valid, SctId.CheckConcept("87628006"));
        Assert.Equal(SctIdCheck.BadCheckDigit, SctId.CheckConcept("87628007"));
        Assert.True(SctId.IsValidConcept("999002271000000101"));
    }

    [Fact]
    public void Verhoeff_check_digit_round_trips()
    {
        Assert.Equal('6', Verhoeff.Compute("8762800"));
        Assert.Equal('1', Verhoeff.Compute("99900227100000010"));
        Assert.True(Verhoeff.IsValid("2363"));
        Assert.False(Verhoeff.IsValid("2364"));
    }
}
