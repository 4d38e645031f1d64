namespace CodingDsl.Language.Workspace;

/// <summary>A document to analyse: its path (used for `use` resolution, config lookup and messages) and text.</summary>
public sealed record DocumentInput(string Path, string Text);
