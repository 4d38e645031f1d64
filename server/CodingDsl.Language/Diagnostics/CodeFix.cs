using CodingDsl.Language.Text;

namespace CodingDsl.Language.Diagnostics;

/// <summary>A fix attached to a diagnostic: the CLI, the server and the tests all see the same edits.</summary>
public sealed record CodeFix(string Title, IReadOnlyList<TextEdit> Edits, bool IsPreferred = true);
