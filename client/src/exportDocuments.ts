// "Show compiled JSON / FHIR": read-only documents (a content provider's documents cannot be edited)
// whose text the server makes with the `codingdsl/export` request.
import * as vscode from "vscode";
import { exportContent, exportRequest, methodNotFound, type Requester, type ExportFormat, type ExportParams } from "./protocol";

export const exportScheme = "codingdsl-export";

export class ExportDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly open = new Set<string>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly request: () => Requester | undefined) {
    // Keep an open export current with its rule file.
    this.subscriptions.push(
      vscode.workspace.onDidSaveTextDocument((document) => {
        for (const key of this.open) {
          const uri = vscode.Uri.parse(key);
          if (sourceOf(uri) === document.uri.toString()) {
            this.changed.fire(uri);
          }
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.open.delete(document.uri.toString())),
    );
  }

  static uriFor(source: vscode.Uri, format: ExportFormat): vscode.Uri {
    const base = source.path.split("/").pop()?.replace(/\.coding$/, "") ?? "export";
    const suffix = format === "fhir" ? ".fhir.json" : ".json";
    return vscode.Uri.from({
      scheme: exportScheme,
      path: `/${base}${suffix}`,
      query: new URLSearchParams({ source: source.toString(), format }).toString(),
    });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    this.open.add(uri.toString());
    const source = sourceOf(uri);
    const format = new URLSearchParams(uri.query).get("format") === "fhir" ? "fhir" : "json";
    const send = this.request();
    if (source === undefined || send === undefined) {
      return `// The CodingDsl language server is not running: start it with "CodingDsl: Restart Language Server".\n`;
    }
    try {
      const params: ExportParams = { uri: source, format };
      return exportContent(await send(exportRequest, params));
    } catch (error) {
      const code = (error as { code?: number }).code;
      const reason =
        code === methodNotFound
          ? `this version of the language server does not support ${exportRequest}`
          : (error as Error).message ?? String(error);
      return `// CodingDsl could not export ${source}: ${reason}\n`;
    }
  }

  dispose(): void {
    this.changed.dispose();
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}

function sourceOf(uri: vscode.Uri): string | undefined {
  return new URLSearchParams(uri.query).get("source") ?? undefined;
}

export async function showExport(format: ExportFormat): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined || editor.document.languageId !== "codingdsl") {
    void vscode.window.showWarningMessage("Open a CodingDsl rule file (*.coding) to see what it compiles to.");
    return;
  }
  const document = await vscode.workspace.openTextDocument(ExportDocuments.uriFor(editor.document.uri, format));
  const json = await vscode.languages.setTextDocumentLanguage(document, "json");
  await vscode.window.showTextDocument(json, { viewColumn: vscode.ViewColumn.Beside, preview: false });
}
