using CodingDsl.Language.Services;
using CodingDsl.Language.StandardLibrary;
using CodingDsl.Language.Text;
using Xunit;

namespace CodingDsl.Language.Tests.Services;

public class NavigationServiceTests
{
    private const string Library =
        "set approach = opcs Y53.-, Y68.-\n" +
        "rule needs-approach \"Needs an approach\" {\n  when image-guided\n  require has opcs approach\n  message \"m\"\n}\n";

    private const string User =
        "use \"lib/rules.coding\"\n" +
        "rule mine {\n  when has opcs approach\n  message \"m\"\n}\n" +
        "guidance IPG1 \"t\" {\n  procedure {\n    opcs J12.4 // codingdsl-disable-line needs-approach\n  }\n}\n";

    // Declares its own set of the same name: its uses resolve to it, not to the library's.
    private const string Shadowing =
        "use \"lib/rules.coding\"\nset approach = opcs Y53.1\nrule other {\n  when has opcs approach\n  message \"m\"\n}\n";

    private readonly ServiceTestHost host = new();
    private readonly string lib = ServiceTestHost.PathOf("lib/rules.coding");
    private readonly string user = ServiceTestHost.PathOf("a.coding");
    private readonly string shadowing = ServiceTestHost.PathOf("b.coding");

    public NavigationServiceTests()
    {
        host.Open("lib/rules.coding", Library);
        host.Open("a.coding", User);
        host.Open("b.coding", Shadowing);
    }

    private static TextSpan Span(string text, string what, int occurrence = 0) => new(ServiceTestHost.OffsetOf(text, what, 0, occurrence), what.Length);

    [Fact]
    public void A_set_reference_goes_to_the_set_in_the_used_file()
    {
        var definition = Assert.Single(NavigationService.GetDefinition(host.Resolver, user, ServiceTestHost.OffsetOf(User, "approach", 2)));

        Assert.Equal(lib, definition.Path);
        Assert.Equal(Span(Library, "approach"), definition.Span);
        Assert.Equal(new LineRange(new LinePosition(0, 4), new LinePosition(0, 12)), definition.Range);
    }

    [Fact]
    public void A_rule_name_in_a_suppression_comment_goes_to_the_rule()
    {
        var definition = Assert.Single(NavigationService.GetDefinition(host.Resolver, user, ServiceTestHost.OffsetOf(User, "needs-approach", 3)));

        Assert.Equal((lib, Span(Library, "needs-approach")), (definition.Path, definition.Span));
    }

    [Fact]
    public void A_standard_library_name_goes_into_the_standard_library()
    {
        var text = "rule r {\n  when not has opcs states-imaging-method\n  message \"m\"\n}\n";
        host.Open("c.coding", text);

        var definition = Assert.Single(NavigationService.GetDefinition(host.Resolver, ServiceTestHost.PathOf("c.coding"), ServiceTestHost.OffsetOf(text, "states-imaging", 1)));

        Assert.Equal(DocumentResolver.StandardLibraryPath, definition.Path);
        Assert.Equal("states-imaging-method", StandardRules.Text.Substring(definition.Span.Start, definition.Span.Length));
    }

    [Fact]
    public void A_use_path_goes_to_the_file_even_when_it_is_only_on_disk()
    {
        host.AddDiskFile("disk.coding", "set d = opcs Y53.-\n");
        var text = "use \"disk.coding\"\nuse \"missing.coding\"\n";
        host.Open("c.coding", text);
        var path = ServiceTestHost.PathOf("c.coding");

        var definition = Assert.Single(NavigationService.GetDefinition(host.Resolver, path, 7));

        Assert.Equal((ServiceTestHost.PathOf("disk.coding"), new TextSpan(0, 0)), (definition.Path, definition.Span));
        Assert.Empty(NavigationService.GetDefinition(host.Resolver, path, ServiceTestHost.OffsetOf(text, "missing", 1)));
    }

    [Fact]
    public void References_of_a_set_cover_its_declaration_and_uses_across_files_but_not_a_shadowing_set()
    {
        var references = NavigationService.GetReferences(host.Resolver, lib, 5, includeDeclaration: true);

        Assert.Equal(
            [
                (user, Span(User, "approach", 0)),
                (lib, Span(Library, "approach", 0)),
                (lib, Span(Library, "approach", 3)),
            ],
            references.Select(r => (r.Path, r.Span)));
        Assert.Equal(2, NavigationService.GetReferences(host.Resolver, lib, 5, includeDeclaration: false).Count);
        Assert.Equal([(shadowing, Span(Shadowing, "approach", 0)), (shadowing, Span(Shadowing, "approach", 1))],
            NavigationService.GetReferences(host.Resolver, shadowing, ServiceTestHost.OffsetOf(Shadowing, "approach", 1, 1), includeDeclaration: true).Select(r => (r.Path, r.Span)));
    }

    [Fact]
    public void Highlights_mark_the_declaration_and_the_uses_in_the_document()
    {
        var highlights = NavigationService.GetHighlights(host.Resolver, lib, ServiceTestHost.OffsetOf(Library, "approach", 1, 3));

        Assert.Equal([new DocumentHighlight(Span(Library, "approach", 0), true), new DocumentHighlight(Span(Library, "approach", 3), false)], highlights);
        Assert.Empty(NavigationService.GetHighlights(host.Resolver, lib, ServiceTestHost.OffsetOf(Library, "approach", 1, 2)));
    }

    [Fact]
    public void Renaming_a_rule_edits_its_declaration_and_suppression_comments()
    {
        var result = NavigationService.Rename(host.Resolver, user, ServiceTestHost.OffsetOf(User, "needs-approach", 1), "approach-needed");

        Assert.True(result.Succeeded);
        Assert.Equal([user, lib], result.Edits.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([new TextEdit(Span(Library, "needs-approach"), "approach-needed")], result.Edits[lib]);
        Assert.Equal([new TextEdit(Span(User, "needs-approach"), "approach-needed")], result.Edits[user]);
        Assert.Contains("// codingdsl-disable-line approach-needed", TextEdit.Apply(User, result.Edits[user]), StringComparison.Ordinal);
    }

    [Fact]
    public void Renaming_a_set_leaves_a_shadowing_set_alone()
    {
        var result = NavigationService.Rename(host.Resolver, lib, 5, "image-approach");

        Assert.Equal([user, lib], result.Edits.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, result.Edits[lib].Count);
        Assert.Contains("when has opcs image-approach", TextEdit.Apply(User, result.Edits[user]), StringComparison.Ordinal);
    }

    [Fact]
    public void Rename_refuses_the_standard_library_reserved_and_invalid_names_and_clashes()
    {
        var text = "set mine = opcs Y53.-\nset other = opcs Y68.-\nrule r {\n  when has opcs states-imaging-method and has opcs mine\n  message \"m\"\n}\n";
        host.Open("c.coding", text);
        var path = ServiceTestHost.PathOf("c.coding");

        Assert.Equal("'states-imaging-method' is declared in the standard library, which cannot be renamed; declare your own set instead.",
            NavigationService.Rename(host.Resolver, path, ServiceTestHost.OffsetOf(text, "states-imaging", 1), "x").Error);
        Assert.Equal("'has' is a word of the language and cannot name a set.", NavigationService.Rename(host.Resolver, path, 5, "has").Error);
        Assert.Equal("'subsidiary' is a word of the language and cannot name a set.", NavigationService.Rename(host.Resolver, path, 5, "subsidiary").Error);
        Assert.StartsWith("'Bad Name' is not a valid set name", NavigationService.Rename(host.Resolver, path, 5, "Bad Name").Error, StringComparison.Ordinal);
        Assert.Equal("A set named 'other' is already declared in c.coding.", NavigationService.Rename(host.Resolver, path, 5, "other").Error);
        Assert.Equal("There is no rule or set name here to rename.", NavigationService.Rename(host.Resolver, path, 0, "x").Error);
    }

    [Fact]
    public void Prepare_rename_gives_the_name_span()
    {
        var target = NavigationService.PrepareRename(host.Resolver, user, ServiceTestHost.OffsetOf(User, "approach", 3));

        Assert.Equal(new RenameTarget(Span(User, "approach", 0), "approach", null), target);
        Assert.Null(NavigationService.PrepareRename(host.Resolver, user, 0));
    }
}
