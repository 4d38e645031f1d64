using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Evaluation;

namespace CodingDsl.Export.Tests.Evaluation;

/// <summary>
/// The reader caches each code field's reading (short fields under their packed characters, in a table
/// of its own that grows as codes arrive): over thousands of distinct fields, read twice in turns, a
/// cached reading is the one a fresh reader gives, and a field read again is the same code, not a copy.
/// </summary>
public sealed class CodeCacheTests
{
    [Fact]
    public void Thousands_of_distinct_fields_read_again_give_the_first_reading()
    {
        var fields = BundledTables.Opcs410.Entries.Where(e => !e.IsCategory).Select(e => e.Code.Replace(".", "", StringComparison.Ordinal))
            .Concat(Enumerable.Range(0, 3_000).Select(i => $"Q{i:0000}"))   // not codes: a reading with a problem
            .Concat(["", "-", "j124", " J124 ", "J12.4", "J124+", "M8008"])
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        Assert.True(fields.Length > 5_000);
        var reader = new EpisodeCodeReader(ClassificationSet.Bundled);

        var first = fields.Select(f => reader.Read(CodeSystem.Opcs4, f)).ToArray();
        var again = fields.Reverse().Select(f => reader.Read(CodeSystem.Opcs4, f)).Reverse().ToArray();

        for (var i = 0; i < fields.Length; i++)
        {
            var fresh = new EpisodeCodeReader(ClassificationSet.Bundled).Read(CodeSystem.Opcs4, fields[i]);
            Assert.Same(first[i].Code, again[i].Code);
            Assert.Equal(fresh.Problem, again[i].Problem);
            Assert.Equal(fresh.Code?.Pattern.Text, again[i].Code?.Pattern.Text);
            Assert.Equal(fresh.Code?.Entry?.Code, again[i].Code?.Entry?.Code);
        }
        Assert.Contains(first, r => r.Code is null);
        Assert.Contains(first, r => r.Code?.Entry is not null);
    }
}
