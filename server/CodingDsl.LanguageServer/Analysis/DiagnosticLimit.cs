using System.Globalization;
using CodingDsl.Language;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;
using CodingDsl.LanguageServer.Protocol;
using CoreDiagnostic = CodingDsl.Language.Diagnostics.Diagnostic;
using Lsp = CodingDsl.LanguageServer.Protocol;

namespace CodingDsl.LanguageServer.Analysis;

/// <summary>
/// How many diagnostics the server sends the editor for one document (`codingdsl.maxDiagnosticsPerDocument`,
/// default <see cref="DefaultMaxPerDocument"/>). Past it the errors go first, then warnings, then
/// information, each in document order, and the last item says how many more there are and that
/// `codingdsl check` lists them all. The CLI reports every finding.
/// </summary>
/// <remarks>
/// A 1 MB document can hold a hundred thousand findings; each one the server keeps as an LSP
/// diagnostic and its JSON (for the next publication's comparison) cost it 2–3 KB, which took it past
/// 480 MB (issue 11). VS Code shows at most 1,000 a file anyway (it drops the rest with a note of its
/// own), so the default sends no fewer than a VS Code user could see.
/// </remarks>
public sealed class DiagnosticLimit
{
    public const int DefaultMaxPerDocument = 1000;

    /// <summary>The code of the closing item, named after the setting that governs it.</summary>
    public const string NoteCode = "maxDiagnosticsPerDocument";

    private static readonly Lsp.CodeDescription NoteLink = new(ProjectLinks.Documentation + "/configuration.md#editor-settings");

    private int maxPerDocument = DefaultMaxPerDocument;

    /// <summary>At most this many items a document, the closing note included (at least 1).</summary>
    public int MaxPerDocument => Volatile.Read(ref maxPerDocument);

    /// <summary>Sets the bound (a value under 1 means the default); true when it changed.</summary>
    public bool Set(int value)
    {
        var bound = value >= 1 ? value : DefaultMaxPerDocument;
        return Interlocked.Exchange(ref maxPerDocument, bound) != bound;
    }

    /// <summary>
    /// The LSP diagnostics of a document: those switched off by configuration left out, and past the
    /// bound only the first ones (errors first) and a note. Only those sent are converted.
    /// </summary>
    public IReadOnlyList<Lsp.Diagnostic> ToDiagnostics(string path, SourceText text, IReadOnlyList<CoreDiagnostic> diagnostics)
    {
        var max = MaxPerDocument;
        int errors = 0, warnings = 0, information = 0;
        foreach (var diagnostic in diagnostics)
        {
            switch (diagnostic.Level)
            {
                case DiagnosticLevel.Error: errors++; break;
                case DiagnosticLevel.Warning: warnings++; break;
                case DiagnosticLevel.Off: break;
                default: information++; break;
            }
        }
        if (errors + warnings + information <= max)
        {
            return LspConvert.ToDiagnostics(text, diagnostics);
        }

        // Room for max - 1 findings and the note: errors first, then warnings, then information.
        var room = max - 1;
        var errorsShown = Math.Min(errors, room);
        var warningsShown = Math.Min(warnings, room - errorsShown);
        var informationShown = room - errorsShown - warningsShown;
        var shown = new List<Lsp.Diagnostic>(max);
        int e = 0, w = 0, i = 0;
        CoreDiagnostic? firstHidden = null;
        foreach (var diagnostic in diagnostics)
        {
            var take = diagnostic.Level switch
            {
                DiagnosticLevel.Off => (bool?)null,
                DiagnosticLevel.Error => e++ < errorsShown,
                DiagnosticLevel.Warning => w++ < warningsShown,
                _ => i++ < informationShown,
            };
            if (take == true)
            {
                shown.Add(LspConvert.ToDiagnostic(text, diagnostic));
            }
            else if (take == false)
            {
                firstHidden ??= diagnostic;
            }
        }
        shown.Add(Note(path, text, firstHidden!, errors - errorsShown, warnings - warningsShown, information - informationShown, max));
        return shown;
    }

    // On the first finding not sent, so going to the note goes to where the unseen ones start.
    private static Lsp.Diagnostic Note(string path, SourceText text, CoreDiagnostic firstHidden, int errors, int warnings, int information, int max)
    {
        var hidden = errors + warnings + information;
        var kinds = string.Join(", ", new[] { Count(errors, "error", "errors"), Count(warnings, "warning", "warnings"), Count(information, "info", "info") }.Where(k => k.Length > 0));
        var message = string.Create(CultureInfo.InvariantCulture,
            $"{hidden:N0} more {(hidden == 1 ? "finding is" : "findings are")} not shown ({kinds}): the editor is sent at most {max:N0} a document, this note included (setting codingdsl.maxDiagnosticsPerDocument). `codingdsl check {Path.GetFileName(path)}` lists them all.");
        return new Lsp.Diagnostic(LspConvert.ToRange(text, firstHidden.Span), Lsp.DiagnosticSeverity.Information, NoteCode, NoteLink, LspConvert.Source, message);
    }

    private static string Count(int n, string one, string many) =>
        n == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{n:N0} {(n == 1 ? one : many)}");
}
