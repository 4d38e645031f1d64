// "Open diagnostics reference for a code": the code passed in, else the code of a CodingDsl diagnostic
// under the cursor, else one picked from the list; opens docs/diagnostics.md at that code's entry.
import * as vscode from "vscode";
import { codingDslCode, findDiagnosticEntry, listDiagnosticEntries } from "./diagnosticsReference";

export async function openDiagnosticReference(extensionUri: vscode.Uri, code?: unknown): Promise<void> {
  const docUri = vscode.Uri.joinPath(extensionUri, "docs", "diagnostics.md");
  let markdown: string;
  try {
    markdown = new TextDecoder().decode(await vscode.workspace.fs.readFile(docUri));
  } catch {
    void vscode.window.showErrorMessage(`The diagnostics reference is missing from the extension (${docUri.fsPath}).`);
    return;
  }
  const wanted = codingDslCode(code) ?? codeUnderCursor() ?? (await pickCode(markdown));
  if (wanted === undefined) {
    return;
  }
  const entry = findDiagnosticEntry(markdown, wanted);
  if (entry === undefined) {
    void vscode.window.showWarningMessage(`${wanted} is not in the diagnostics reference of this version of CodingDsl.`);
  }
  const line = entry?.line ?? 0;
  const document = await vscode.workspace.openTextDocument(docUri);
  const range = new vscode.Range(line, 0, line, 0);
  await vscode.window.showTextDocument(document, { selection: range, preview: true });
  vscode.window.activeTextEditor?.revealRange(range, vscode.TextEditorRevealType.AtTop);
}

function codeUnderCursor(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined || editor.document.languageId !== "codingdsl") {
    return undefined;
  }
  const position = editor.selection.active;
  return vscode.languages
    .getDiagnostics(editor.document.uri)
    .filter((diagnostic) => diagnostic.range.contains(position))
    .map((diagnostic) => codingDslCode(diagnostic.code))
    .find((value) => value !== undefined);
}

async function pickCode(markdown: string): Promise<string | undefined> {
  const items = listDiagnosticEntries(markdown).map((entry) => ({ label: entry.code, description: entry.title }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: "Diagnostic code", matchOnDescription: true });
  return picked?.label;
}
