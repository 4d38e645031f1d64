namespace CodingDsl.Language.Tests.Formatting;

/// <summary>Documents the formatter is tried on: every sample, the standard library, the baseline inputs and hand-made messy ones.</summary>
internal static class FormattingInputs
{
    public static string BaselineFolder => Path.Combine(RepoPaths.Root, "tests", "baselines", "formatted");

    public static string StandardLibrary => Path.Combine(RepoPaths.Root, "server", "CodingDsl.Language", "StandardLibrary", "standard.coding");

    /// <summary>Messy but valid documents: odd spacing, blank lines, comments everywhere, one-line blocks.</summary>
    public static readonly IReadOnlyDictionary<string, string> Messy = new Dictionary<string, string>
    {
        ["one-line blocks"] = "guidance IPG1 \"t\" { source \"u\" procedure { opcs J12.4 \"x\" image-guided } diagnosis{icd10 C78.7} }",
        ["tabs and trailing blanks"] = "\t\tguidance   IPG2\t\"t\"   {   \n\n\n\t source \"u\"   \t\n  classifications   opcs-4.10 ,icd-10-5\n}\t \n\n\n",
        ["comments everywhere"] =
            "// head\n\n\n// second\nguidance IPG3 // after id\n{ // after brace\n// own line\nprocedure { // p\n   // before code\nopcs J12.4 // after code\n  \"title\" // after title\n or Y53.- // alt\n\n// before close\n}\n// before guidance close\n} // end\n// tail\n\n",
        ["continuations"] =
            "guidance IPG4 {\n procedure {\n  opcs Y53.- \"a\"\n      or Y68.- \"b\" or Y70.1\n  and Y71.2\n    optional\n  opcs G27.- or\n   G28.-\n }\n}\n",
        ["groups and marks"] =
            "guidance IPG5 {\n diagnosis {\n  icd10 H18.6 \"Keratoconus\" or Q13.4 or ( Q90.-† \"Down's\"   and H19.8A ) or ( icd10 H19.8* )\n  opcs ( J12.4 or J12.5 ) position 2 default J12.9 \"u\" if \"a \\\"quoted\\\" \\\\ text\"\n }\n}\n",
        ["rules and sets"] =
            "use \"a.coding\"\nuse \"b.coding\"\n\n\nuse \"c.coding\"\nset s1 = opcs U21.-,U37.2 ,Y53.4\nset s2 = icd10 chapter C,\n  C18-C20\nrule r1 \"t\" {\ncode CDSL0501\n when image-guided and not ( has opcs s1 or first opcs subsidiary )\n\n\n   require has opcs Y53.-\n     or has opcs Y68.-\n severity   warning\n message \"m\"\n fix add opcs Y53.- \"a\" or Y68.- \"b\"\n}\nrule r2 { when open }",
        ["sections and notes"] =
            "guidance IPG6 \"t\" {\n  note \"n1\"\n  procedure \"Open\" {\n    open\n    case-by-case \"c\"\n    snomed 87628006 \"term\"\n  }\n  procedure \"Percutaneous\" {\n    percutaneous\n  }\n  note \"n2\"\n  diagnosis {\n  }\n}\n",
        ["empty blocks"] = "guidance IPG7 {}\nrule r {}\n",
        ["comments only"] = "  // just a comment   \n\n\n   // and another\n",
        ["system prefix on a group"] = "guidance IPG8 {\n procedure {\n    opcs J12.4\nopcs (icd10 C18.- or C19.-)\n }\n}\n",
    };

    public static IEnumerable<string> SampleFiles() =>
        Directory.EnumerateFiles(RepoPaths.Samples, "*.coding", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public static IEnumerable<string> BaselineInputs() =>
        Directory.Exists(BaselineFolder)
            ? Directory.EnumerateFiles(BaselineFolder, "*.input").Order(StringComparer.Ordinal)
            : [];

    /// <summary>Name and text of every input the invariants are checked on.</summary>
    public static IEnumerable<(string Name, string Text)> All()
    {
        foreach (var file in SampleFiles())
        {
            yield return (Path.GetRelativePath(RepoPaths.Root, file), File.ReadAllText(file));
        }
        yield return ("standard.coding", File.ReadAllText(StandardLibrary));
        foreach (var file in BaselineInputs())
        {
            yield return (Path.GetRelativePath(RepoPaths.Root, file), File.ReadAllText(file));
        }
        foreach (var (name, text) in Messy)
        {
            yield return (name, text);
        }
    }
}
