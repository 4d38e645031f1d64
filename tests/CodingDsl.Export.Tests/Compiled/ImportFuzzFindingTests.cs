using CodingDsl.Export.Compiled;
using CodingDsl.Export.Decompile;
using CodingDsl.Export.Tests.Support;

namespace CodingDsl.Export.Tests.Compiled;

/// <summary>Compiled JSON the fuzzer's `import-json` target (docs/fuzzing.md) found to break `import`.</summary>
public sealed class ImportFuzzFindingTests
{
    public static TheoryData<string> Findings() => new(
        Directory.EnumerateFiles(Path.Combine(Repo.Root, "tests", "cases", "fuzz"), "import-*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Findings))]
    public void A_null_where_an_object_belongs_is_a_format_error_not_an_internal_error(string file)
    {
        var path = Path.Combine(Repo.Root, "tests", "cases", "fuzz", file);
        using var reader = new StreamReader(path);

        Assert.Throws<CompiledFormatException>(() =>
        {
            foreach (var file in CompiledFormat.Read(reader).Files)
            {
                SourceWriter.Write(file);
            }
        });
    }
}
