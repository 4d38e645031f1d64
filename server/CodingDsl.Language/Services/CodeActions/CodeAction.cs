using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

public enum CodeActionKind
{
    /// <summary>LSP "quickfix": one diagnostic's fix, or silencing it on its line.</summary>
    QuickFix,

    /// <summary>LSP "source.fixAll": every preferred fix in the file at once.</summary>
    SourceFixAll,

    /// <summary>LSP "source.upgrade.codingdsl": move the file to another configured release (<see cref="UpgradeActions"/>).</summary>
    SourceUpgrade,
}

/// <summary>An edit set offered for a range, with the diagnostics it resolves. Edits never overlap.</summary>
public sealed record CodeAction(string Title, CodeActionKind Kind, IReadOnlyList<TextEdit> Edits, IReadOnlyList<Diagnostic> Diagnostics, bool IsPreferred);
