using CodingDsl.Language.Text;

namespace CodingDsl.Language.Syntax;

/// <summary>Finds `//` comments outside strings. Strings cannot span lines, so a line-local scan is exact.</summary>
internal static class CommentScanner
{
    public static IReadOnlyList<Comment> Scan(string text)
    {
        var comments = new List<Comment>();
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                inString = false;
            }
            else if (inString)
            {
                if (c == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                var start = i;
                while (i < text.Length && text[i] is not ('\n' or '\r'))
                {
                    i++;
                }
                comments.Add(new Comment(TextSpan.FromBounds(start, i), text[start..i]));
                i--;
            }
        }
        return comments;
    }
}
