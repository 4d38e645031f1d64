using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using CodingDsl.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CodingDsl.Language.Tests.Syntax;

/// <summary>
/// Issue 9, "adding a construct is cheap": the core's source generator gives every node record its
/// kind, its <c>Accept</c> and the walker's <c>VisitX</c>, so a new construct is one record. The
/// generator runs here on a small tree of the core's shape (its own compilation, not the core's: the
/// core's records are already generated), driven by <see cref="CSharpGeneratorDriver"/> directly, with
/// the running runtime's assemblies as references (the testing package would fetch reference
/// assemblies from NuGet while the tests run).
/// </summary>
public sealed class SyntaxNodeGeneratorTests
{
    /// <summary>The core's shape in small: an element, a node with abstract kind and Accept, a walker that visits children.</summary>
    private const string Core = """
        namespace CodingDsl.Language.Syntax;

        public abstract record SyntaxElement(int Start);

        public sealed record SyntaxToken(int Start, string Text) : SyntaxElement(Start);

        public abstract record SyntaxNode(int Start) : SyntaxElement(Start)
        {
            public abstract SyntaxKind NodeKind { get; }

            public abstract void Accept(SyntaxWalker walker);

            public abstract IReadOnlyList<SyntaxElement> Children();
        }

        public abstract partial class SyntaxWalker
        {
            public void Visit(SyntaxNode node) => node.Accept(this);

            protected virtual void DefaultVisit(SyntaxNode node)
            {
                foreach (var child in node.Children())
                {
                    if (child is SyntaxNode n) { Visit(n); }
                    else if (child is SyntaxToken t) { VisitToken(t); }
                }
            }

            protected virtual void VisitToken(SyntaxToken token) { }
        }

        public sealed partial record NoteStatement(int Start, SyntaxToken Keyword) : SyntaxNode(Start)
        {
            public override IReadOnlyList<SyntaxElement> Children() => [Keyword];
        }

        public abstract record Condition(int Start) : SyntaxNode(Start);

        public sealed partial record FactCondition(int Start, SyntaxToken Name) : Condition(Start)
        {
            public override IReadOnlyList<SyntaxElement> Children() => [Name];
        }
        """;

    /// <summary>A construct added as the contributing guide says: a partial record and its children, nothing else.</summary>
    private const string NewConstruct = """
        namespace CodingDsl.Language.Syntax;

        public sealed partial record SequenceStatement(int Start, SyntaxToken Keyword, FactCondition Fact) : SyntaxNode(Start)
        {
            public override IReadOnlyList<SyntaxElement> Children() => [Keyword, Fact];
        }
        """;

    /// <summary>A service's walker: it acts on the new construct and lets the generated default go on into its children.</summary>
    private const string Service = """
        namespace CodingDsl.Language.Syntax;

        public sealed class Recorder : SyntaxWalker
        {
            private readonly List<string> seen = [];

            protected internal override void VisitSequenceStatement(SequenceStatement node)
            {
                seen.Add("[" + node.NodeKind + "]");
                base.VisitSequenceStatement(node);
            }

            protected override void VisitToken(SyntaxToken token) => seen.Add(token.Text);

            public static string Run()
            {
                var recorder = new Recorder();
                recorder.Visit(new SequenceStatement(0, new SyntaxToken(0, "sequence"), new FactCondition(9, new SyntaxToken(9, "open"))));
                return string.Join(" ", recorder.seen);
            }
        }
        """;

    [Fact]
    public void A_new_record_gets_a_kind_an_accept_and_a_walker_method_that_visits_its_children()
    {
        var (compilation, diagnostics) = Generate(("Nodes.cs", Core), ("SequenceStatement.cs", NewConstruct), ("Recorder.cs", Service));

        Assert.Empty(diagnostics);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var assembly = Load(compilation);
        Assert.Equal("[SequenceStatement] sequence open", assembly.GetType("CodingDsl.Language.Syntax.Recorder")!.GetMethod("Run")!.Invoke(null, null));
    }

    [Fact]
    public void Kinds_are_the_non_abstract_records_in_declaration_order_however_deep_they_derive()
    {
        var (compilation, _) = Generate(("Nodes.cs", Core), ("SequenceStatement.cs", NewConstruct));

        var kinds = compilation.GetTypeByMetadataName("CodingDsl.Language.Syntax.SyntaxKind")!.GetMembers().OfType<IFieldSymbol>();
        // Condition is abstract; FactCondition derives from SyntaxNode through it; the new file comes after Nodes.cs.
        Assert.Equal(["NoteStatement:0", "FactCondition:1", "SequenceStatement:2"], kinds.Select(k => k.Name + ":" + k.ConstantValue));
    }

    [Fact]
    public void A_record_that_is_not_partial_is_an_error_at_its_name()
    {
        var notPartial = NewConstruct.Replace("sealed partial record", "sealed record", StringComparison.Ordinal);

        var (_, diagnostics) = Generate(("Nodes.cs", Core), ("SequenceStatement.cs", notPartial));

        var error = Assert.Single(diagnostics);
        Assert.Equal(("CDSLG001", DiagnosticSeverity.Error), (error.Id, error.Severity));
        Assert.Contains("'SequenceStatement' must be partial", error.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("SequenceStatement.cs", error.Location.GetLineSpan().Path);
        Assert.Equal("SequenceStatement", notPartial.Substring(error.Location.SourceSpan.Start, error.Location.SourceSpan.Length));
    }

    [Fact]
    public void A_walker_method_written_by_hand_is_kept_and_not_generated_again()
    {
        const string special = """
            namespace CodingDsl.Language.Syntax;

            public abstract partial class SyntaxWalker
            {
                // Special behaviour: a note's children are not visited.
                protected internal virtual void VisitNoteStatement(NoteStatement node) { }
            }
            """;

        var (compilation, diagnostics) = Generate(("Nodes.cs", Core), ("Special.cs", special));

        Assert.Empty(diagnostics);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var walker = compilation.GetTypeByMetadataName("CodingDsl.Language.Syntax.SyntaxWalker")!;
        Assert.Single(walker.GetMembers("VisitNoteStatement"));
        Assert.Single(walker.GetMembers("VisitFactCondition"));
    }

    [Fact]
    public void An_edit_inside_a_record_body_leaves_the_generated_code_as_it_was()
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new SyntaxNodeGenerator().AsSourceGenerator()],
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var before = Compile(("Nodes.cs", Core), ("SequenceStatement.cs", NewConstruct));
        driver = driver.RunGenerators(before);
        var edited = NewConstruct.Replace("[Keyword, Fact];", "[Keyword, Fact];\n\n    public bool IsLong => Fact.Name.Text.Length > 4;", StringComparison.Ordinal);
        var old = before.SyntaxTrees.Single(t => t.FilePath == "SequenceStatement.cs");
        var after = before.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(edited, path: "SequenceStatement.cs"));

        var outputs = driver.RunGenerators(after).GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs);

        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    private static (Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics) Generate(params (string Path, string Text)[] files)
    {
        CSharpGeneratorDriver.Create(new SyntaxNodeGenerator())
            .RunGeneratorsAndUpdateCompilation(Compile(files), out var compilation, out var diagnostics);
        return (compilation, diagnostics);
    }

    private static CSharpCompilation Compile(params (string Path, string Text)[] files)
    {
        var usings = CSharpSyntaxTree.ParseText("global using System; global using System.Collections.Generic;", path: "Usings.cs");
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) == "netstandard.dll")
            .Select(path => MetadataReference.CreateFromFile(path));
        return CSharpCompilation.Create(
            "Generated",
            [usings, .. files.Select(f => CSharpSyntaxTree.ParseText(f.Text, path: f.Path))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static Assembly Load(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        return new AssemblyLoadContext("generated", isCollectible: true).LoadFromStream(image);
    }
}
