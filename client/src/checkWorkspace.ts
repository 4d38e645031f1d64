// "Check workspace": fill the Problems panel for every rule file. The server's codingdsl/checkWorkspace
// request does it in one go; a server without it gets every *.coding file opened (each open document
// is checked and its diagnostics published).
import * as vscode from "vscode";
import { checkWorkspaceRequest, methodNotFound, type Requester, type CheckWorkspaceResult } from "./protocol";

export async function checkWorkspace(send: Requester | undefined): Promise<void> {
  if (send === undefined) {
    void vscode.window.showErrorMessage("The CodingDsl language server is not running; see the CodingDsl output.");
    return;
  }
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "CodingDsl: checking the workspace" },
    async () => {
      try {
        const result = await send<CheckWorkspaceResult>(checkWorkspaceRequest, {});
        void vscode.window.showInformationMessage(
          `CodingDsl checked ${result.files} file${result.files === 1 ? "" : "s"}: ${result.errors} error(s), ${result.warnings} warning(s).`,
        );
      } catch (error) {
        if ((error as { code?: number }).code !== methodNotFound) {
          throw error;
        }
        const files = await vscode.workspace.findFiles("**/*.coding", "**/{node_modules,bin,obj,.git}/**");
        for (const file of files) {
          await vscode.workspace.openTextDocument(file);
        }
        void vscode.window.showInformationMessage(`CodingDsl is checking ${files.length} file(s); results appear in the Problems panel.`);
      }
    },
  );
  await vscode.commands.executeCommand("workbench.actions.view.problems");
}
