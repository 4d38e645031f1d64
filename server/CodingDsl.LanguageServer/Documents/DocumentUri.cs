namespace CodingDsl.LanguageServer.Documents;

/// <summary>Maps LSP document URIs to the file paths the core works with, and back.</summary>
public static class DocumentUri
{
    /// <summary>A file URI's local path; any other URI (untitled:, vscode-notebook:) stands as its own path.</summary>
    public static string ToPath(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile)
        {
            return Path.GetFullPath(parsed.LocalPath);
        }
        return uri;
    }

    public static string FromPath(string path) =>
        Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : path;
}
