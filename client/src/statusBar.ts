// The status-bar item: starting / ready (with the classification versions) / error. Click: output.
import * as vscode from "vscode";

export const showOutputCommand = "codingdsl.showOutput";

export class ServerStatus implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;

  constructor() {
    this.item = vscode.window.createStatusBarItem("codingdsl.status", vscode.StatusBarAlignment.Left, 0);
    this.item.name = "CodingDsl";
    this.item.command = showOutputCommand;
    this.item.show();
  }

  starting(): void {
    this.set("$(loading~spin) CodingDsl", "CodingDsl language server starting…", false);
  }

  ready(classifications: string[], note?: string): void {
    const tables = classifications.length > 0 ? `Classifications: ${classifications.join(", ")}` : "Classifications: default tables";
    this.set("$(check) CodingDsl", ["CodingDsl language server ready", tables, note].filter(Boolean).join("\n"), false);
  }

  failed(reason: string): void {
    this.set("$(error) CodingDsl", `CodingDsl language server not running: ${reason}\nClick to show the output.`, true);
  }

  stopped(): void {
    this.set("$(circle-slash) CodingDsl", "CodingDsl language server stopped", false);
  }

  private set(text: string, tooltip: string, isError: boolean): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.backgroundColor = isError ? new vscode.ThemeColor("statusBarItem.errorBackground") : undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}
