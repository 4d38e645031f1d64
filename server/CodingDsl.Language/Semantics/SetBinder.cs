using CodingDsl.Language.Syntax;

namespace CodingDsl.Language.Semantics;

/// <summary>Binds a file's `set` declarations. Sets refer to nothing else, so they bind before rules and across `use`.</summary>
public static class SetBinder
{
    public static IReadOnlyList<BoundSet> Bind(SyntaxTree tree) =>
        tree.Root.Declarations.OfType<SetDeclaration>()
            .Select(set => new BoundSet(
                set,
                set.Name.Text,
                set.System,
                set.Items
                    .Select(item => item.ReadAs(set.System).Pattern)
                    .OfType<CodePattern>()
                    .ToArray()))
            .ToArray();
}
