using CodingDsl.Cli.Output;

namespace CodingDsl.Cli.Tests.Checking;

public class PathDisplayTests
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "repo"));
    private readonly PathDisplay paths = new(Root);

    [Fact]
    public void Paths_under_the_base_are_shown_relative()
    {
        Assert.Equal(Path.Combine("samples", "a.coding"), paths.ForDisplay(Path.Combine(Root, "samples", "a.coding")));
        Assert.Equal("samples/a.coding", paths.ForPortable(Path.Combine(Root, "samples", "a.coding")));
    }

    [Fact]
    public void A_sibling_folder_sharing_the_base_name_as_prefix_is_not_under_it()
    {
        var sibling = Path.GetFullPath(Path.Combine(Root + "2", "a.coding"));

        Assert.Equal(sibling, paths.ForDisplay(sibling));
        Assert.Null(paths.GetRelativePath(sibling));
    }

    [Fact]
    public void Base_uri_ends_with_a_slash()
    {
        Assert.Equal(new Uri(Root).AbsoluteUri + "/", paths.BaseUri);
    }
}
