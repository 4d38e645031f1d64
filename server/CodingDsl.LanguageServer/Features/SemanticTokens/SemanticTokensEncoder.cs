using CodingDsl.Language.Services;
using CodingDsl.Language.Text;

namespace CodingDsl.LanguageServer.Features.SemanticTokens;

/// <summary>LSP's relative encoding of the core's tokens: delta line, delta start, length, type index, modifier bits.</summary>
public static class SemanticTokensEncoder
{
    public static int[] Encode(SourceText text, IReadOnlyList<SemanticToken> tokens)
    {
        var data = new int[tokens.Count * 5];
        var previousLine = 0;
        var previousStart = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var start = text.GetPosition(tokens[i].Span.Start);
            data[(i * 5) + 0] = start.Line - previousLine;
            data[(i * 5) + 1] = start.Line == previousLine ? start.Character - previousStart : start.Character;
            data[(i * 5) + 2] = tokens[i].Span.Length;
            data[(i * 5) + 3] = (int)tokens[i].Type;
            data[(i * 5) + 4] = (int)tokens[i].Modifiers;
            previousLine = start.Line;
            previousStart = start.Character;
        }
        return data;
    }
}
