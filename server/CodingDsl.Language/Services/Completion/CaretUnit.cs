namespace CodingDsl.Language.Services;

/// <summary>
/// Where completion's block scan may start, read from the tree's offsets: the top-level declaration
/// around the caret, and when it is a guidance its first item and the item the caret is in or after
/// (-1 when there is none). The default (all zero) scans from the top of the file.
/// </summary>
internal readonly record struct CaretUnit(int Declaration, int FirstItem, int Item);
