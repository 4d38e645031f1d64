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
        expression.Accept(new Writer(builder, titles), false);
        return builder.ToString();
    }

    /// <summary>One per printing (it holds the builder); the argument says whether the parent is `and`, inside which alternatives need their brackets back.</summary>
    private sealed class Writer(StringBuilder builder, bool titles) : ICodeExpressionVisitor<bool, StringBuilder>
    {
        public StringBuilder VisitCodeReference(CodeReference reference, bool parentIsCombination)
        {
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
            return builder;
        }

        public StringBuilder VisitAlternative(AlternativeExpression alternatives, bool parentIsCombination)
        {
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
                alternatives.Alternatives[i].Accept(this, false);
            }
            if (parentIsCombination)
            {
                builder.Append(')');
            }
            return builder;
        }

        public StringBuilder VisitCombination(CombinationExpression combination, bool parentIsCombination)
        {
            for (var i = 0; i < combination.Parts.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(" and ");
                }
                combination.Parts[i].Accept(this, true);
            }
            return builder;
        }

        public StringBuilder VisitParenthesized(ParenthesizedExpression group, bool parentIsCombination)
        {
            builder.Append('(');
            group.Inner.Accept(this, false);
            return builder.Append(')');
        }
    }

    public static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
