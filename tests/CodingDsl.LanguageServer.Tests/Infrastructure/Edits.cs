using Newtonsoft.Json.Linq;
using CodingDsl.Language.Text;

namespace CodingDsl.LanguageServer.Tests.Infrastructure;

/// <summary>Applies LSP text edits to a text as a client does (all against the original text).</summary>
public static class Edits
{
    public static string Apply(string text, JToken edits)
    {
        var source = new SourceText(text);
        var core = edits.Select(e => new TextEdit(
            TextSpan.FromBounds(Offset(source, e["range"]!["start"]!), Offset(source, e["range"]!["end"]!)),
            (string)e["newText"]!));
        return TextEdit.Apply(text, core);
    }

    /// <summary>The edits as didChange content changes, last first, so each range is valid when applied in order.</summary>
    public static JObject[] AsContentChanges(JToken edits) =>
        edits.OrderByDescending(e => ((int)e["range"]!["start"]!["line"]!, (int)e["range"]!["start"]!["character"]!))
            .Select(e => new JObject { ["range"] = e["range"]!.DeepClone(), ["text"] = e["newText"]!.DeepClone() })
            .ToArray();

    private static int Offset(SourceText text, JToken position) =>
        text.GetOffset(new LinePosition((int)position["line"]!, (int)position["character"]!));
}
