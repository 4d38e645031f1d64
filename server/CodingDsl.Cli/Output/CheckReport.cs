using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Cli.Output;

/// <summary>One checked document as the formatters see it: its paths, text and ordered diagnostics.</summary>
public sealed record ReportedDocument(string Path, string DisplayPath, SourceText Text, IReadOnlyList<Diagnostic> Diagnostics)
{
    public LineRange GetRange(TextSpan span) => Text.GetRange(ClampToText(span));

    // A diagnostic whose span runs past the text (a bug in a rule) still prints at the nearest place.
    private TextSpan ClampToText(TextSpan span)
    {
        var start = Math.Clamp(span.Start, 0, Text.Length);
        return TextSpan.FromBounds(start, Math.Clamp(span.End, start, Text.Length));
    }
}

/// <summary>
/// The result of a check, in the order every output format uses: documents by display path
/// (ordinal), diagnostics by position, then code and message. The same input always prints the same.
/// </summary>
public sealed class CheckReport
{
    private CheckReport(IReadOnlyList<ReportedDocument> documents, PathDisplay paths)
    {
        Documents = documents;
        Paths = paths;
        foreach (var diagnostic in documents.SelectMany(d => d.Diagnostics))
        {
            switch (diagnostic.Level)
            {
                case DiagnosticLevel.Error: ErrorCount++; break;
                case DiagnosticLevel.Warning: WarningCount++; break;
                case DiagnosticLevel.Info: InfoCount++; break;
            }
        }
    }

    public IReadOnlyList<ReportedDocument> Documents { get; }

    public PathDisplay Paths { get; }

    public int ErrorCount { get; }

    public int WarningCount { get; }

    public int InfoCount { get; }

    public int DiagnosticCount => ErrorCount + WarningCount + InfoCount;

    public IEnumerable<(ReportedDocument Document, Diagnostic Diagnostic)> AllDiagnostics =>
        Documents.SelectMany(d => d.Diagnostics.Select(x => (d, x)));

    /// <summary>True when a diagnostic is at or above <paramref name="failLevel"/>: the check fails.</summary>
    public bool HasDiagnosticsAtOrAbove(DiagnosticLevel failLevel) =>
        AllDiagnostics.Any(x => x.Diagnostic.Level >= failLevel && x.Diagnostic.Level != DiagnosticLevel.Off);

    public static CheckReport Create(IEnumerable<DocumentAnalysis> analyses, PathDisplay paths)
    {
        var documents = analyses
            .Select(a => new ReportedDocument(
                a.Path,
                paths.ForDisplay(a.Path),
                a.Text,
                a.Diagnostics
                    .Where(d => d.Level != DiagnosticLevel.Off) // configured off: never reported
                    .OrderBy(d => d.Span.Start)
                    .ThenBy(d => d.Span.End)
                    .ThenBy(d => d.Code, StringComparer.Ordinal)
                    .ThenBy(d => d.Message, StringComparer.Ordinal)
                    .ToArray()))
            .OrderBy(d => d.DisplayPath, StringComparer.Ordinal)
            .ThenBy(d => d.Path, StringComparer.Ordinal)
            .ToArray();
        return new CheckReport(documents, paths);
    }
}
