using System.Text.RegularExpressions;
using CodingDsl.Export.Compiled;
using CodingDsl.Language.Syntax;

namespace CodingDsl.Export.Decompile;

/// <summary>
/// What `import` checks before it writes anything, since the compiled JSON may come from anywhere:
/// each file's path is a plain relative path (no NUL or control character, no `..`, not absolute),
/// every name written into the source unquoted (guidance ids, set and rule names, rule codes,
/// severities, SNOMED CT ids) is one word of the language and not a keyword, and the source written
/// parses back, without syntax errors, to exactly the declarations of the compiled file, so no text
/// can smuggle in a `rule` or a `use` of its own.
/// </summary>
public static partial class ImportCheck
{
    /// <summary>Throws <see cref="CompiledFormatException"/> naming the first problem.</summary>
    public static void CheckPath(string path)
    {
        if (path.Length == 0)
        {
            throw new CompiledFormatException("a file has an empty path");
        }
        if (path.Any(char.IsControl))
        {
            throw new CompiledFormatException($"the path '{Printable(path)}' contains a NUL or another control character");
        }
        if (path.StartsWith('/') || path.Contains('\\') || Path.IsPathRooted(path) || path.Contains(':'))
        {
            throw new CompiledFormatException($"the path '{path}' is not a relative path with forward slashes");
        }
        if (path.Split('/').Any(segment => segment is "" or "." or ".."))
        {
            throw new CompiledFormatException($"the path '{path}' could lead outside the output folder (it has an empty, '.' or '..' part)");
        }
    }

    /// <summary>The unquoted words of a file: each must be what the language reads as one word.</summary>
    public static void CheckWords(CompiledFile file)
    {
        foreach (var guidance in file.Guidances)
        {
            Word(guidance.Id, "guidance id");
        }
        foreach (var set in file.Sets)
        {
            Word(set.Name, "set name");
        }
        foreach (var rule in file.Rules)
        {
            Word(rule.Name, "rule name");
            if (rule.Code is not null)
            {
                Word(rule.Code, "rule code");
            }
            if (rule.Severity is not null && !Keywords.Severities.Contains(rule.Severity))
            {
                throw new CompiledFormatException($"rule '{rule.Name}' has severity '{Printable(rule.Severity)}': expected error, warning or info");
            }
        }
        foreach (var snomed in file.Guidances.SelectMany(g => g.Sections).SelectMany(s => s.Snomed))
        {
            if (snomed.ConceptId is not null && !LanguageWord().IsMatch(snomed.ConceptId))
            {
                throw new CompiledFormatException($"the SNOMED CT id '{Printable(snomed.ConceptId)}' is not one word of the language");
            }
        }
    }

    /// <summary>The source written must parse to the compiled file's declarations and nothing else.</summary>
    public static void CheckSource(CompiledFile file, string source)
    {
        var tree = SyntaxTree.Parse(source);
        if (tree.Diagnostics.Count > 0)
        {
            throw new CompiledFormatException($"'{file.Path}' would not be valid source: {tree.Diagnostics[0].Message}");
        }
        var declarations = tree.Root.Declarations;
        var expected = file.Uses.Select(u => "use " + u)
            .Concat(file.Sets.Select(s => "set " + s.Name))
            .Concat(file.Rules.Select(r => "rule " + r.Name))
            .Concat(file.Guidances.Select(g => "guidance " + g.Id));
        var actual = declarations.Select(d => d switch
        {
            UseDeclaration u => "use " + u.Path?.Value,
            SetDeclaration s => "set " + s.Name.Text,
            RuleDeclaration r => "rule " + r.Name.Text,
            GuidanceDeclaration g => "guidance " + g.Id.Text,
            _ => d.GetType().Name,
        });
        if (!expected.SequenceEqual(actual, StringComparer.Ordinal))
        {
            throw new CompiledFormatException($"'{file.Path}' would not be read back as it is written: its text declares something the compiled model does not");
        }
    }

    private static void Word(string value, string what)
    {
        if (!LanguageWord().IsMatch(value) || Keywords.IsReserved(value))
        {
            throw new CompiledFormatException($"the {what} '{Printable(value)}' is not a name the language accepts (letters, digits, '.', '-', '_'; not a keyword)");
        }
    }

    private static string Printable(string value)
    {
        var shown = new string(value.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return shown.Length > 60 ? shown[..60] + "…" : shown;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex LanguageWord();
}
