using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

/// <summary>An occurrence of the name under the cursor in the same document; the declaration is the "write".</summary>
public sealed record DocumentHighlight(TextSpan Span, bool IsDeclaration);

/// <summary>What a rename would change, per document (full path → edits), or why it cannot be done.</summary>
public sealed record RenameResult(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Edits, string? Error)
{
    public bool Succeeded => Error is null;

    public static RenameResult Refused(string reason) => new(new Dictionary<string, IReadOnlyList<TextEdit>>(), reason);
}

/// <summary>The name a rename at this position would change (LSP prepareRename): its span and current text, or why not.</summary>
public sealed record RenameTarget(TextSpan Span, string Name, string? Error);
