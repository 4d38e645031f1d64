using CodingDsl.Language.Text;
using Newtonsoft.Json.Linq;

namespace CodingDsl.Cli.Output;

/// <summary>LSP-shaped ranges for JSON output: 0-based lines and UTF-16 characters.</summary>
internal static class JsonRanges
{
    public static JObject Range(LineRange range) => new()
    {
        ["start"] = Position(range.Start),
        ["end"] = Position(range.End),
    };

    private static JObject Position(LinePosition position) => new()
    {
        ["line"] = position.Line,
        ["character"] = position.Character,
    };
}
