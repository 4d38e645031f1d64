using System.Text;

namespace CodingDsl.Language.Syntax;

/// <summary>Writes a code expression in canonical form on one line: `opcs Y53.- "title" or Y68.- "title"`.</summary>
public static class CodeExpressionPrinter
{
    public static string Print(CodeExpression expression) => Print(expression, titles: true);

    /// <summary>Without titles: `opcs Y53.- or Y68.-`, for a fix's label that must name everything it inserts.</summary>
    public static string Print(CodeExpression expression, bool titles)
    {
        var builder = new StringBuilder();
        Write(expression, builder, parentIsCombination: false, titles);
        return builder.ToString();
    }

    private static void Write(CodeExpression expression, StringBuilder builder, bool parentIsCombination, bool titles)
    {
        switch (expression)
        {
            case CodeReference reference:
                if (reference.SystemKeyword is not null)
                {
                    builder.Append(reference.SystemKeyword.Text).Append(' ');
                }
                if (reference.Pattern.ChapterKeyword is not null)
                {
                    builder.Append("chapter ");
                }
                builder.Append(reference.Pattern.Value.Text);
                if (titles && reference.Title is not null)
                {
                    builder.Append(' ').Append(Quote(reference.Title.Value));
                }
                break;
            case AlternativeExpression alternatives:
                if (parentIsCombination)
                {
                    builder.Append('(');
                }
                for (var i = 0; i < alternatives.Alternatives.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(" or ");
                    }
                    Write(alternatives.Alternatives[i], builder, parentIsCombination: false, titles);
                }
                if (parentIsCombination)
                {
                    builder.Append(')');
                }
                break;
            case CombinationExpression combination:
                for (var i = 0; i < combination.Parts.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(" and ");
                    }
                    Write(combination.Parts[i], builder, parentIsCombination: true, titles);
                }
                break;
            case ParenthesizedExpression group:
                builder.Append('(');
                Write(group.Inner, builder, parentIsCombination: false, titles);
                builder.Append(')');
                break;
        }
    }

    public static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
