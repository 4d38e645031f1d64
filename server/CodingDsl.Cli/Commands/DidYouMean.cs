using System.CommandLine;
using CodingDsl.Language;

namespace CodingDsl.Cli.Commands;

/// <summary>The command or option a mistyped one is nearest to (`chek` → `check`), if any is near.</summary>
internal static class DidYouMean
{
    /// <summary>" did you mean 'check'?" or "" when nothing is near enough to suggest.</summary>
    public static string For(Command command, string token)
    {
        var isOption = token.StartsWith('-');
        var candidates = isOption
            ? command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal))
            : command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);
        var nearest = Spelling.Nearest(isOption ? token.Split('=')[0] : token, candidates);
        return nearest is null ? "" : $" did you mean '{nearest}'?";
    }
}
