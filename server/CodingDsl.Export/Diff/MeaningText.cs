using System.Text;
using CodingDsl.Export.Compiled;

namespace CodingDsl.Export.Diff;

/// <summary>
/// The compiled model written back as one canonical line per statement, so two sides compare on
/// meaning: layout, comments and a repeated system keyword (`opcs Y53.- or opcs Y68.-`) print alike.
/// </summary>
public static class MeaningText
{
    /// <summary>`opcs Y53.- "title" or Y68.- "title" optional`: the codes and their modifiers.</summary>
    public static string Requirement(CompiledRequirement requirement)
    {
        var text = new StringBuilder(Choice(requirement.Codes, withTitles: true));
        if (requirement.Condition is not null)
        {
            text.Append(" if ").Append(Quote(requirement.Condition));
        }
        else if (requirement.Optional)
        {
            text.Append(" optional");
        }
        if (requirement.Position is { } position)
        {
            text.Append(" position ").Append(position);
        }
        if (requirement.Default is { } code)
        {
            text.Append(" default ").Append(Code(code, withTitle: true, withSystem: true));
        }
        return text.ToString();
    }

    /// <summary>
    /// <see cref="Requirement"/> with alternatives in a fixed order: what two requirements are compared
    /// by. One of `A or B` is recorded whichever is written first; the parts of a combination are
    /// recorded in the order written, so their order stays.
    /// </summary>
    public static string Key(CompiledRequirement requirement) => Requirement(new CompiledRequirement
    {
        Codes = Unordered(requirement.Codes),
        Optional = requirement.Optional,
        Condition = requirement.Condition,
        Position = requirement.Position,
        Default = requirement.Default,
    });

    /// <summary>The codes with alternatives in a fixed order, without titles: the shape of a requirement.</summary>
    public static string Shape(CompiledChoice choice) => Choice(Unordered(choice), withTitles: false);

    private static CompiledChoice Unordered(CompiledChoice choice) => choice.Type switch
    {
        ChoiceTypes.OneOf => new CompiledChoice
        {
            Type = ChoiceTypes.OneOf,
            Alternatives = [.. (choice.Alternatives ?? []).Select(Unordered).OrderBy(a => Choice(a, withTitles: true), StringComparer.Ordinal)],
        },
        ChoiceTypes.AllOf => new CompiledChoice { Type = ChoiceTypes.AllOf, Parts = [.. (choice.Parts ?? []).Select(Unordered)] },
        _ => choice,
    };

    /// <summary>A code expression with the system written where it changes; titles only when asked for.</summary>
    public static string Choice(CompiledChoice choice, bool withTitles)
    {
        var text = new StringBuilder();
        string? system = null;
        Write(choice, text, withTitles, ref system, insideCombination: false);
        return text.ToString();
    }

    /// <summary>`opcs Y11.4 "title" nice "…" remark "…"`: NICE's wording and the remark go with the title.</summary>
    public static string Code(CompiledCode code, bool withTitle, bool withSystem)
    {
        var text = withSystem ? $"{code.System} {code.Pattern}" : code.Pattern;
        if (!withTitle)
        {
            return text;
        }
        var written = new StringBuilder(text);
        if (code.StatedTitle is not null)
        {
            written.Append(' ').Append(Quote(code.StatedTitle));
        }
        if (code.NiceTitle is not null)
        {
            written.Append(" nice ").Append(Quote(code.NiceTitle));
        }
        if (code.Remark is not null)
        {
            written.Append(" remark ").Append(Quote(code.Remark));
        }
        return written.ToString();
    }

    /// <summary>`image-guided and not has opcs states-imaging-method`: and binds tighter than or.</summary>
    public static string Condition(CompiledCondition condition) => condition.Type switch
    {
        ConditionTypes.Any => string.Join(" or ", (condition.Operands ?? []).Select(Condition)),
        ConditionTypes.All => string.Join(" and ", (condition.Operands ?? []).Select(o => Grouped(o, ConditionTypes.Any))),
        ConditionTypes.Not => "not " + Grouped(condition.Operand, ConditionTypes.Any, ConditionTypes.All),
        ConditionTypes.Fact => condition.Fact ?? "",
        ConditionTypes.Position => $"position {condition.Place} {condition.System} {condition.Selector?.Text}",
        _ => $"{condition.Type} {condition.System} {condition.Selector?.Text}",
    };

    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Grouped(CompiledCondition? condition, params string[] looser) =>
        condition is null ? "" : looser.Contains(condition.Type) ? $"({Condition(condition)})" : Condition(condition);

    private static void Write(CompiledChoice choice, StringBuilder text, bool withTitles, ref string? system, bool insideCombination)
    {
        switch (choice.Type)
        {
            case ChoiceTypes.Code when choice.Code is { } code:
                text.Append(Code(code, withTitles, withSystem: code.System != system));
                system = code.System;
                break;
            case ChoiceTypes.OneOf:
                if (insideCombination)
                {
                    text.Append('(');
                }
                Join(choice.Alternatives, " or ", text, withTitles, ref system, insideCombination: false);
                if (insideCombination)
                {
                    text.Append(')');
                }
                break;
            default:
                Join(choice.Parts, " and ", text, withTitles, ref system, insideCombination: true);
                break;
        }
    }

    private static void Join(List<CompiledChoice>? items, string separator, StringBuilder text, bool withTitles, ref string? system, bool insideCombination)
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (i > 0)
            {
                text.Append(separator);
            }
            Write(items![i], text, withTitles, ref system, insideCombination);
        }
    }
}
