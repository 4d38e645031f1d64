using System.Text;

namespace CodingDsl.Language.Syntax;

/// <summary>Writes a code expression in canonical form on one line: `opcs Y53.- "title" or Y68.- "title"`.</summary>
public static class CodeExpressionPrinter
{
    public static string Print(CodeExpression expression)
    {
        var builder = new StringBuilder();
        Write(expression, builder, parentIsCombination: false);
        return builder.ToString();
    }

    private static void Write(CodeExpression expression, StringBuilder builder, bool parentIsCombination)
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
                if (reference.Title is not null)
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
                    Write(alternatives.Alternatives[i], builder, parentIsCombination: false);
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
                    Write(combination.Parts[i], builder, parentIsCombination: true);
                }
                break;
            case ParenthesizedExpression group:
                builder.Append('(');
                Write(group.Inner, builder, parentIsCombination: false);
                builder.Append(')');
                break;
        }
    }

    public static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
