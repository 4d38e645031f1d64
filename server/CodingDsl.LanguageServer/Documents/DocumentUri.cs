namespace CodingDsl.LanguageServer.Documents;

/// <summary>Maps LSP document URIs to the file paths the core works with, and back.</summary>
public static class DocumentUri
{
    /// <summary>
    /// A file URI's local path; any other URI (untitled:, vscode-notebook:), or a file URI naming no
    /// possible path, stands as its own path.
    /// </summary>
    public static string ToPath(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile)
        {
            try
            {
                return Path.GetFullPath(parsed.LocalPath);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                // `file:///%00` (a NUL) or a path the system cannot name: no file on disk can be it, so
                // the document stands as itself, like an untitled one (it was an internal error, -32603).
                return uri;
            }
        }
        return uri;
    }

    public static string FromPath(string path) =>
        Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : path;
}
