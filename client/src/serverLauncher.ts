// The side-effecting half of server resolution: reads the settings and the file system, makes a
// bundled self-contained server executable if unzipping lost its mode bit, and checks that the chosen
// dotnet has a .NET 10 runtime before the client starts it.
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as vscode from "vscode";
import { missingRuntimeFailure, listsRuntime, resolveServer, type Resolution } from "./serverResolution";
import { readSettings } from "./settings";

export async function resolveLaunch(extensionPath: string): Promise<Resolution> {
  const configuration = vscode.workspace.getConfiguration("codingdsl");
  const settings = readSettings((key) => configuration.get(key));
  const resolution = resolveServer(settings, {
    extensionPath,
    platform: process.platform,
    env: process.env,
    homeDir: os.homedir(),
    workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
    isFile: (path) => {
      try {
        return fs.statSync(path).isFile();
      } catch {
        return false;
      }
    },
  });
  if (resolution.kind === "failure") {
    return resolution;
  }
  if (!resolution.usesDotnet && process.platform !== "win32") {
    ensureExecutable(resolution.command);
  }
  if (resolution.usesDotnet) {
    const runtimes = await listRuntimes(resolution.command);
    // No answer (an odd dotnet, a time-out): start anyway and let the server's own error speak.
    if (runtimes !== undefined && !listsRuntime(runtimes, 10)) {
      return missingRuntimeFailure(resolution.command, runtimes);
    }
  }
  return resolution;
}

function ensureExecutable(path: string): void {
  try {
    fs.accessSync(path, fs.constants.X_OK);
  } catch {
    try {
      fs.chmodSync(path, 0o755);
    } catch {
      // Reported when the start fails.
    }
  }
}

function listRuntimes(dotnet: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(dotnet, ["--list-runtimes"], { timeout: 15000 }, (error, stdout) => resolve(error ? undefined : stdout));
  });
}
