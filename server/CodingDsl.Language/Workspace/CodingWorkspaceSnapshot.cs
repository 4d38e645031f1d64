using System.Collections.Immutable;
using CodingDsl.Language.Syntax;

namespace CodingDsl.Language.Workspace;

/// <summary>
/// The documents of a <see cref="CodingWorkspace"/> at one moment: each path's parse (whose text is the
/// document's text). Immutable: the workspace's later edits make new snapshots and leave this one as it
/// was, so the language server holds the current one instead of copies of the documents.
/// </summary>
/// <param name="Version">Changes with every document set or removed: equal versions, equal documents.</param>
public sealed record CodingWorkspaceSnapshot(long Version, ImmutableDictionary<string, SyntaxTree> Trees)
{
    /// <summary>Whether the snapshot holds <paramref name="path"/> (as the workspace normalised it) with exactly this text.</summary>
    public bool HasText(string path, string text) =>
        Trees.TryGetValue(CodingWorkspace.Normalize(path), out var tree) && string.Equals(tree.Text.Text, text, StringComparison.Ordinal);
}
