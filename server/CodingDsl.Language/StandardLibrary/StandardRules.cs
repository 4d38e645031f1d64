using CodingDsl.Language.Configuration;
using CodingDsl.Language.Semantics;
using CodingDsl.Language.Syntax;

namespace CodingDsl.Language.StandardLibrary;

/// <summary>The rule library shipped with the product (standard.coding, embedded), parsed and bound once.</summary>
public static class StandardRules
{
    public const string FileName = "standard.coding";

    private static readonly Lazy<SemanticModel> Lazy = new(Load);

    public static SemanticModel Model => Lazy.Value;

    public static string Text { get; } = ReadText();

    public static IReadOnlyList<BoundRule> Rules => Model.Rules;

    public static IReadOnlyList<BoundSet> Sets => Model.Sets;

    private static SemanticModel Load() =>
        Binder.Bind($"<standard library>/{FileName}", SyntaxTree.Parse(Text), ClassificationSet.Bundled, new Dictionary<string, BoundSet>());

    private static string ReadText()
    {
        using var stream = typeof(StandardRules).Assembly.GetManifestResourceStream($"CodingDsl.StandardLibrary.{FileName}")
            ?? throw new InvalidOperationException("The standard library is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
