using CodingDsl.Language.Text;

namespace CodingDsl.Language.Diagnostics;

// What the workspace finds beyond one file: `use`d libraries and configuration (CDSL04xx, 06xx).
public static partial class DiagnosticFactory
{
    public static Diagnostic UsePathHasNul(TextSpan span) =>
        Make(DiagnosticCatalog.UseNotReadable, span,
            "This path was not read: it contains a NUL character, which no file name can. Give the rule library's path relative to this file.");

    public static Diagnostic UseNotFound(TextSpan span, string relativePath, string lookedFor) =>
        Make(DiagnosticCatalog.UseNotFound, span,
            $"No file '{relativePath}' next to this one (looked for {lookedFor}). Give the rule library's path relative to this file.");

    public static Diagnostic UseNotReadable(TextSpan span, string relativePath, string? problem) =>
        Make(DiagnosticCatalog.UseNotReadable, span,
            $"'{relativePath}' was not read: {problem?.TrimEnd('.')}. `use` a rule library that is a regular text file.");

    public static Diagnostic UseAbsolutePath(TextSpan span, string relativePath) =>
        Make(DiagnosticCatalog.UseOutsideProject, span,
            $"'{relativePath}' is an absolute path: the rules then depend on this machine's folders. Give the library's path relative to this file, inside the project.");

    public static Diagnostic UseOutsideProject(TextSpan span, string relativePath, string root, string fullPath) =>
        Make(DiagnosticCatalog.UseOutsideProject, span,
            $"'{relativePath}' leads outside the project ({root}) to {fullPath}. Keep rule libraries inside the project.");

    /// <summary>A configuration problem, reported at the start of each document it governs.</summary>
    public static Diagnostic ConfigProblem(Configuration.ConfigProblem problem) =>
        Make(DiagnosticCatalog.ConfigProblem, new TextSpan(0, 0), $"{problem} (the bundled tables are used where a configured one could not be loaded).");
}
