namespace CodingDsl.LanguageServer.Protocol;

public static class CodeActionKinds
{
    public const string QuickFix = "quickfix";
    public const string SourceFixAll = "source.fixAll";
    public const string SourceUpgrade = "source.upgrade.codingdsl";
}

public sealed record CodeActionContext(IReadOnlyList<Diagnostic>? Diagnostics, IReadOnlyList<string>? Only = null);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

public sealed record CodeAction(
    string Title,
    string Kind,
    IReadOnlyList<Diagnostic>? Diagnostics,
    bool? IsPreferred,
    WorkspaceEdit Edit);
