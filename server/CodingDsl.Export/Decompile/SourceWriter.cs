using System.Text;
using CodingDsl.Export.Compiled;

namespace CodingDsl.Export.Decompile;

/// <summary>
/// Writes a compiled file back as `.coding` source, in the language's canonical layout: `use`s, sets,
/// rules, then guidances; in a section SNOMED CT, facts, requirements, notes, case-by-case. Binding the
/// result gives the same compiled model (the round-trip tests hold it to that). Comments are not part of
/// the model and do not come back. A rule's clauses, a guidance's and a section's statements are written by their family's
/// ModelCompiler partial, beside their compiled types, so a new statement is added in one file.
/// </summary>
public static class SourceWriter
{
    internal const string Indent = "  ";

    public static string Write(CompiledFile file)
    {
        var w = new StringBuilder();
        w.Append("// ").Append(file.Path).Append(": re-created by `codingdsl import` from the compiled model (format ")
            .Append(CompiledFormat.Version).Append(").\n");
        var blocks = new List<string>();
        if (file.Uses.Count > 0)
        {
            blocks.Add(string.Concat(file.Uses.Select(u => $"use {Quote(u)}\n")));
        }
        if (file.Sets.Count > 0)
        {
            blocks.Add(string.Concat(file.Sets.Select(s => $"set {s.Name} = {SystemKeyword(s.System)} {string.Join(", ", s.Items)}\n")));
        }
        blocks.AddRange(file.Rules.Select(ModelCompiler.WriteRule));
        blocks.AddRange(file.Guidances.Select(WriteGuidance));
        foreach (var block in blocks)
        {
            w.Append('\n').Append(block);
        }
        return w.ToString();
    }

    /// <summary>`and` binds tighter than `or`; a group of the same kind as its parent, or an `or` in an `and`, needs parentheses to keep its shape.</summary>
    internal static string Condition(CompiledCondition c, string? parent)
    {
        switch (c.Type)
        {
            case ConditionTypes.Any:
            case ConditionTypes.All:
                var op = c.Type == ConditionTypes.Any ? " or " : " and ";
                var text = string.Join(op, (c.Operands ?? []).Select(o => Condition(o, c.Type)));
                var needsParentheses = parent is not null && (parent == c.Type || parent == ConditionTypes.Not || (c.Type == ConditionTypes.Any && parent == ConditionTypes.All));
                return needsParentheses ? $"({text})" : text;
            case ConditionTypes.Not:
                return "not " + Condition(c.Operand ?? throw Problem("a 'not' condition has no operand"), ConditionTypes.Not);
            case ConditionTypes.Fact:
                return c.Fact ?? throw Problem("a 'fact' condition has no fact");
            case ConditionTypes.Position:
                var place = c.Place ?? throw Problem("a 'position' condition has no place");
                return $"{(place == 2 ? "second" : $"position {place}")} {SystemKeyword(c.System)} {c.Selector?.Text ?? throw Problem("a 'position' condition has no selector")}";
            case ConditionTypes.Has:
            case ConditionTypes.First:
                return $"{c.Type} {SystemKeyword(c.System)} {c.Selector?.Text ?? throw Problem($"a '{c.Type}' condition has no selector")}";
            default:
                throw Problem($"unknown condition type '{c.Type}'");
        }
    }

    private static string WriteGuidance(CompiledGuidance g)
    {
        var w = new StringBuilder();
        w.Append("guidance ").Append(g.Id);
        if (g.Title is not null)
        {
            w.Append(' ').Append(Quote(g.Title));
        }
        w.Append(" {\n");
        ModelCompiler.WriteGuidanceStatements(g, w, Indent);
        foreach (var section in g.Sections)
        {
            w.Append('\n');
            WriteSection(section, w);
        }
        w.Append("}\n");
        return w.ToString();
    }

    private static void WriteSection(CompiledSection s, StringBuilder w)
    {
        var inner = Indent + Indent;
        w.Append(Indent).Append(s.Kind is "procedure" or "diagnosis" ? s.Kind : throw Problem($"unknown section kind '{s.Kind}'"));
        if (s.Variant is not null)
        {
            w.Append(' ').Append(Quote(s.Variant));
        }
        if (s.Condition is not null)
        {
            w.Append(" if ").Append(Quote(s.Condition));
        }
        w.Append(" {\n");
        ModelCompiler.WriteSectionStatements(s, w, inner);
        w.Append(Indent).Append("}\n");
    }

    /// <summary>
    /// A code expression on one line. A code names its system when it is the first or differs from the
    /// code before it, which is exactly what the parser's inheritance needs to give every code back its system.
    /// </summary>
    public static string Choice(CompiledChoice choice)
    {
        var w = new StringBuilder();
        string? current = null;
        WriteChoice(choice, parent: null, w, ref current);
        return w.ToString();
    }

    private static void WriteChoice(CompiledChoice choice, string? parent, StringBuilder w, ref string? current)
    {
        switch (choice.Type)
        {
            case ChoiceTypes.Code:
                var code = choice.Code ?? throw Problem("a 'code' choice has no code");
                w.Append(CodeText(code, writeSystem: current != code.System));
                current = code.System;
                break;
            case ChoiceTypes.AllOf:
            case ChoiceTypes.OneOf:
                var items = (choice.Type == ChoiceTypes.AllOf ? choice.Parts : choice.Alternatives) ?? [];
                if (items.Count == 0)
                {
                    throw Problem($"an '{choice.Type}' choice is empty");
                }
                var op = choice.Type == ChoiceTypes.AllOf ? " and " : " or ";
                // The binder keeps a parenthesised group as its own node: a group inside a group of the
                // same kind, or alternatives inside a combination, is written in parentheses.
                var parentheses = parent is not null && (parent == choice.Type || (choice.Type == ChoiceTypes.OneOf && parent == ChoiceTypes.AllOf));
                if (parentheses)
                {
                    // `opcs (A or B)`: the system goes before the group (a statement must start with one).
                    var firstSystem = FirstCode(choice)?.System;
                    if (firstSystem is not null && firstSystem != current)
                    {
                        w.Append(SystemKeyword(firstSystem)).Append(' ');
                        current = firstSystem;
                    }
                    w.Append('(');
                }
                for (var i = 0; i < items.Count; i++)
                {
                    if (i > 0)
                    {
                        w.Append(op);
                    }
                    WriteChoice(items[i], choice.Type, w, ref current);
                }
                if (parentheses)
                {
                    w.Append(')');
                }
                break;
            default:
                throw Problem($"unknown choice type '{choice.Type}'");
        }
    }

    private static CompiledCode? FirstCode(CompiledChoice choice) => choice.Type switch
    {
        ChoiceTypes.Code => choice.Code,
        ChoiceTypes.AllOf => (choice.Parts ?? []).Select(FirstCode).FirstOrDefault(),
        ChoiceTypes.OneOf => (choice.Alternatives ?? []).Select(FirstCode).FirstOrDefault(),
        _ => null,
    };

    internal static string CodeText(CompiledCode code, bool writeSystem)
    {
        var text = writeSystem ? $"{SystemKeyword(code.System)} {code.Pattern}" : code.Pattern;
        if (code.StatedTitle is not null)
        {
            text += $" {Quote(code.StatedTitle)}";
        }
        if (code.NiceTitle is not null)
        {
            text += $" nice {Quote(code.NiceTitle)}";
        }
        return code.Remark is null ? text : $"{text} remark {Quote(code.Remark)}";
    }

    private static string SystemKeyword(string? system) => system is SystemNames.Opcs or SystemNames.Icd10
        ? system
        : throw Problem($"unknown system '{system}': expected 'opcs' or 'icd10'");

    /// <summary>A quoted string on one line: the language has no escape for a line break, so one is written as a space.</summary>
    internal static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ') + "\"";

    internal static CompiledFormatException Problem(string message) => new(message);
}
