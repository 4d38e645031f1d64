using CodingDsl.Language.Classifications;
using CodingDsl.Language.Syntax;

namespace CodingDsl.Language.Semantics;

/// <summary>Binds a file's `set` declarations. Sets refer to nothing else, so they bind before rules and across `use`.</summary>
public static class SetBinder
{
    public static IReadOnlyList<BoundSet> Bind(SyntaxTree tree) =>
        tree.Root.Declarations
            .Select((declaration, i) => (Set: declaration as SetDeclaration, Start: tree.Root.DeclarationOffsets[i]))
            .Where(d => d.Set is not null)
            .Select(d => new BoundSet(
                d.Set!,
                d.Set!.Name.Text,
                d.Set.System,
                d.Set.Items
                    .Select(item => item.ReadAs(d.Set.System).Pattern)
                    .OfType<CodePattern>()
                    .ToArray(),
                d.Start))
            .ToArray();
}

/// <param name="Start">Where the declaration starts in the document (its nodes' spans are relative to it).</param>
public sealed record BoundSet(SetDeclaration Syntax, string Name, CodeSystem System, IReadOnlyList<CodePattern> Patterns, int Start);
