using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodingDsl.Generators;

/// <summary>
/// Writes, from every non-abstract record deriving (directly or not) from <c>SyntaxNode</c>: the
/// <c>SyntaxKind</c> enum (one member per record, named as the record, in declaration order), each
/// record's <c>NodeKind</c> and <c>Accept(SyntaxWalker)</c>, and the walker's virtual <c>VisitX</c>
/// (visits the children). So a new construct is one record; a record that is not partial is an error
/// (<see cref="GeneratorDiagnostics.NotPartial"/>) rather than a node without a kind.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SyntaxNodeGenerator : IIncrementalGenerator
{
    internal const string SyntaxNamespace = "CodingDsl.Language.Syntax";
    private const string NodeBase = SyntaxNamespace + ".SyntaxNode";
    private const string WalkerName = "SyntaxWalker";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The predicate is syntax only and cheap: the semantic check runs on records with a base list,
        // and its value result lets an edit inside a record's members leave the output untouched.
        var records = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is RecordDeclarationSyntax { BaseList: not null } record
                    && !record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword),
                static (syntax, token) => ReadRecord(syntax, token))
            .Where(static record => record is not null)
            .Select(static (record, _) => record!)
            .Collect();

        // Methods the walker writes by hand (special behaviour) are not generated again.
        var handWritten = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is ClassDeclarationSyntax { Identifier.ValueText: WalkerName },
                static (syntax, token) => HandWrittenVisits(syntax, token))
            .SelectMany(static (names, _) => names)
            .Collect();

        context.RegisterSourceOutput(records.Combine(handWritten), static (output, input) => Emit(output, input.Left, input.Right));
    }

    private static NodeRecord? ReadRecord(GeneratorSyntaxContext context, CancellationToken token)
    {
        var syntax = (RecordDeclarationSyntax)context.Node;
        if (context.SemanticModel.GetDeclaredSymbol(syntax, token) is not { IsAbstract: false } symbol || !DerivesFromNode(symbol))
        {
            return null;
        }
        var name = syntax.Identifier;
        var lines = name.GetLocation().GetLineSpan();
        return new NodeRecord(
            symbol.Name,
            symbol.ContainingNamespace.IsGlobalNamespace ? "" : symbol.ContainingNamespace.ToDisplayString(),
            symbol.DeclaredAccessibility == Accessibility.Public,
            syntax.Modifiers.Any(SyntaxKind.PartialKeyword),
            symbol.ContainingType is not null,
            syntax.SyntaxTree.FilePath,
            name.Span,
            lines.Span);
    }

    private static bool DerivesFromNode(INamedTypeSymbol symbol)
    {
        for (var type = symbol.BaseType; type is not null; type = type.BaseType)
        {
            if (type.ToDisplayString() == NodeBase)
            {
                return true;
            }
        }
        return false;
    }

    private static ImmutableArray<string> HandWrittenVisits(GeneratorSyntaxContext context, CancellationToken token)
    {
        var syntax = (ClassDeclarationSyntax)context.Node;
        if (context.SemanticModel.GetDeclaredSymbol(syntax, token)?.ToDisplayString() != SyntaxNamespace + "." + WalkerName)
        {
            return ImmutableArray<string>.Empty;
        }
        return syntax.Members
            .OfType<MethodDeclarationSyntax>()
            .Where(static method => method.ParameterList.Parameters.Count == 1)
            .Select(static method => method.Identifier.ValueText)
            .ToImmutableArray();
    }

    private static void Emit(SourceProductionContext output, ImmutableArray<NodeRecord> found, ImmutableArray<string> handWritten)
    {
        // A partial record declared twice with its base list is one node; declaration order is the
        // order across files by path, then within a file, so kinds keep their numbers from build to build.
        var records = found
            .GroupBy(static record => record.FullName)
            .Select(static group => group.OrderBy(static r => r.FilePath, StringComparer.Ordinal).ThenBy(static r => r.NameSpan.Start).First())
            .OrderBy(static record => record.FilePath, StringComparer.Ordinal)
            .ThenBy(static record => record.NameSpan.Start)
            .ToList();
        if (records.Count == 0)
        {
            // Not the core (a project that holds no node records): adding an empty SyntaxKind and a
            // SyntaxWalker there would only clash with the core's.
            return;
        }

        foreach (var record in records)
        {
            if (!record.IsPartial)
            {
                output.ReportDiagnostic(Diagnostic.Create(GeneratorDiagnostics.NotPartial, record.Location, record.Name));
            }
            if (record.IsNested)
            {
                output.ReportDiagnostic(Diagnostic.Create(GeneratorDiagnostics.Nested, record.Location, record.Name));
            }
        }

        output.AddSource("SyntaxKind.g.cs", NodeSourceWriter.Kinds(records));
        // A nested record has no generated members (CDSLG002 says why): a VisitX naming it by namespace would be one more error.
        output.AddSource("SyntaxNodes.g.cs", NodeSourceWriter.Members(records.Where(static r => r.IsPartial && !r.IsNested)));
        output.AddSource("SyntaxWalker.g.cs", NodeSourceWriter.Walker(records.Where(r => !r.IsNested && !handWritten.Contains("Visit" + r.Name))));
    }
}
