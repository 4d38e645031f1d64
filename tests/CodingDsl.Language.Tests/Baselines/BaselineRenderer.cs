using System.Text;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Language.Tests.Baselines;

/// <summary>
/// Writes a document with its diagnostics inline, Bicep-style: each source line, then one
/// <c>//@[line:char..line:char) CODE (level) message |covered text|</c> line per diagnostic that starts
/// on it, then one <c>//   fix: title: [range) =&gt; "new text"</c> line per edit of each fix.
/// Positions are 0-based, characters in UTF-16 units (as LSP counts them); the end is exclusive.
/// tests/baselines/README.md documents the format.
/// </summary>
internal static class BaselineRenderer
{
    public static string Render(DocumentAnalysis analysis, string? rootToHide = null)
    {
        var text = analysis.Text;
        var byLine = analysis.Diagnostics
            .GroupBy(d => text.GetPosition(d.Span.Start).Line)
            .ToDictionary(g => g.Key, g => g.ToArray());
        var output = new StringBuilder();
        for (var line = 0; line < text.LineCount; line++)
        {
            var diagnostics = byLine.GetValueOrDefault(line) ?? [];
            var content = text.GetLineText(line);
            if (line == text.LineCount - 1 && content.Length == 0 && diagnostics.Length == 0 && line > 0)
            {
                break; // the empty "line" after a final line break
            }
            output.Append(content).Append('\n');
            foreach (var diagnostic in diagnostics)
            {
                output.Append(FormatDiagnostic(text, diagnostic, rootToHide)).Append('\n');
                foreach (var fix in diagnostic.Fixes)
                {
                    foreach (var edit in fix.Edits)
                    {
                        output.Append("//   fix: ").Append(fix.Title).Append(": ")
                            .Append(FormatRange(text, edit.Span)).Append(" => ").Append(Quote(edit.NewText)).Append('\n');
                    }
                }
            }
        }
        return output.ToString();
    }

    private static string FormatDiagnostic(SourceText text, Diagnostic diagnostic, string? rootToHide)
    {
        var message = HidePaths(diagnostic.Message, rootToHide);
        var start = text.GetPosition(diagnostic.Span.Start);
        var end = text.GetPosition(diagnostic.Span.End);
        var covered = start.Line == end.Line && diagnostic.Span.Length > 0 ? $" |{text.GetText(diagnostic.Span)}|" : string.Empty;
        return $"//@{FormatRange(text, diagnostic.Span)} {diagnostic.Code} ({diagnostic.Level.ToString().ToLowerInvariant()}) {message}{covered}";
    }

    private static string FormatRange(SourceText text, TextSpan span)
    {
        var start = text.GetPosition(span.Start);
        var end = text.GetPosition(span.End);
        return $"[{start.Line:D2}:{start.Character:D2}..{end.Line:D2}:{end.Character:D2})";
    }

    /// <summary>Messages that name files (CDSL0401, CDSL0403, CDSL0409) name them relative to the repository, with '/'.</summary>
    private static string HidePaths(string message, string? root)
    {
        if (string.IsNullOrEmpty(root))
        {
            return message;
        }
        var prefix = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        if (!message.Contains(prefix, StringComparison.Ordinal))
        {
            return message;
        }
        var hidden = message.Replace(prefix, string.Empty, StringComparison.Ordinal);
        return Path.DirectorySeparatorChar == '\\' ? hidden.Replace('\\', '/') : hidden;
    }

    private static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }
}
