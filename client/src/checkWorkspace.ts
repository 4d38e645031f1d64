// "Check workspace": fill the Problems panel for every rule file, opened or not.
// First the server's own `codingdsl/checkWorkspace` request; a server without it (-32601) gets each
// *.coding file opened and its diagnostics pulled (textDocument/diagnostic). The language client only
// pulls for files shown in tabs, so results for the other files live in this command's own collection,
// and a file's entry there is dropped once it is shown in a tab or edited (the client takes over).
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import type { Diagnostic as LspDiagnostic } from "vscode-languageclient/node";
import { checkWorkspaceRequest, methodNotFound, type CheckWorkspaceResult } from "./protocol";

interface DocumentDiagnosticReport {
  kind: "full" | "unchanged";
  items?: LspDiagnostic[];
}

export class WorkspaceCheck implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection("codingdsl-workspace");
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((event) => this.collection.delete(event.document.uri)),
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        for (const tab of event.opened) {
          if (tab.input instanceof vscode.TabInputText) {
            this.collection.delete(tab.input.uri);
          }
        }
      }),
    ];
  }

  async run(client: LanguageClient | undefined): Promise<void> {
    if (client === undefined) {
      void vscode.window.showErrorMessage("The CodingDsl language server is not running; see the CodingDsl output.");
      return;
    }
    const files = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: "CodingDsl: checking the workspace" },
      () => this.check(client),
    );
    const counts = { errors: 0, warnings: 0 };
    for (const file of files) {
      for (const diagnostic of [...vscode.languages.getDiagnostics(file), ...(this.collection.get(file) ?? [])]) {
        if (diagnostic.severity === vscode.DiagnosticSeverity.Error) counts.errors++;
        if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) counts.warnings++;
      }
    }
    void vscode.window.showInformationMessage(
      `CodingDsl checked ${files.length} file${files.length === 1 ? "" : "s"}: ${counts.errors} error(s), ${counts.warnings} warning(s).`,
    );
    await vscode.commands.executeCommand("workbench.actions.view.problems");
  }

  private async check(client: LanguageClient): Promise<vscode.Uri[]> {
    const files = await vscode.workspace.findFiles("**/*.coding", "**/{node_modules,bin,obj,.git}/**");
    const shown = new Set(
      vscode.window.tabGroups.all.flatMap((group) => group.tabs).flatMap((tab) => (tab.input instanceof vscode.TabInputText ? [tab.input.uri.toString()] : [])),
    );
    try {
      const result = await client.sendRequest<CheckWorkspaceResult>(checkWorkspaceRequest, {});
      for (const entry of result.diagnostics ?? []) {
        const uri = client.protocol2CodeConverter.asUri(entry.uri);
        if (!shown.has(uri.toString())) {
          this.collection.set(uri, await client.protocol2CodeConverter.asDiagnostics(entry.diagnostics as LspDiagnostic[]));
        }
      }
      return files;
    } catch (error) {
      if ((error as { code?: number }).code !== methodNotFound) {
        throw error;
      }
    }
    const pulls = client.initializeResult?.capabilities.diagnosticProvider !== undefined;
    for (const file of files) {
      await vscode.workspace.openTextDocument(file); // the server learns the file (didOpen); push servers publish it
      if (!pulls || shown.has(file.toString())) {
        continue;
      }
      const report = await client.sendRequest<DocumentDiagnosticReport>("textDocument/diagnostic", {
        textDocument: { uri: client.code2ProtocolConverter.asUri(file) },
      });
      if (report.kind === "full") {
        this.collection.set(file, await client.protocol2CodeConverter.asDiagnostics(report.items ?? []));
      }
    }
    return files;
  }

  dispose(): void {
    this.collection.dispose();
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}
