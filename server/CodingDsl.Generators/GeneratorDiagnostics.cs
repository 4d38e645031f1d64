using Microsoft.CodeAnalysis;

namespace CodingDsl.Generators;

/// <summary>The generator's findings: errors, so a node record cannot silently go without its kind.</summary>
internal static class GeneratorDiagnostics
{
    public static readonly DiagnosticDescriptor NotPartial = new(
        "CDSLG001",
        "Syntax node record is not partial",
        "The syntax node record '{0}' must be partial: its SyntaxKind member, NodeKind, Accept and SyntaxWalker.Visit{0} are generated into it",
        "CodingDsl.Generators",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor Nested = new(
        "CDSLG002",
        "Syntax node record is nested in a type",
        "The syntax node record '{0}' is declared inside another type: declare it in a namespace, where its kind, Accept and walker method can be generated",
        "CodingDsl.Generators",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);
}
