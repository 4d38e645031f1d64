// Reading and normalising the extension's settings. Pure: the caller passes what it read from
// vscode.workspace.getConfiguration, so the rules here are tested without VS Code.

export type TraceLevel = "off" | "messages" | "verbose";

export interface Settings {
  /** codingdsl.server.path as written by the user (trimmed; "" when unset). */
  serverPath: string;
  /** codingdsl.dotnet.path as written by the user (trimmed; "" when unset). */
  dotnetPath: string;
  trace: TraceLevel;
}

export type SettingReader = (key: string) => unknown;

export function readSettings(read: SettingReader): Settings {
  return {
    serverPath: asText(read("server.path")),
    dotnetPath: asText(read("dotnet.path")),
    trace: asTrace(read("trace.server")),
  };
}

/** Settings whose change means the server must be started again. */
export const restartSettings = ["codingdsl.server.path", "codingdsl.dotnet.path"];

export interface PathContext {
  homeDir: string;
  /** The first workspace folder's path, when a folder is open. */
  workspaceFolder?: string;
  platform: NodeJS.Platform;
}

/** Expands `~`, `${userHome}` and `${workspaceFolder}`; a relative path is taken from the workspace folder. */
export function expandPath(value: string, context: PathContext): string {
  let result = value.trim();
  if (result === "") {
    return "";
  }
  result = result.replace(/\$\{userHome\}/g, context.homeDir);
  if (context.workspaceFolder !== undefined) {
    result = result.replace(/\$\{workspaceFolder\}/g, context.workspaceFolder);
  }
  if (result === "~" || result.startsWith("~/") || result.startsWith("~\\")) {
    result = context.homeDir + result.slice(1);
  }
  if (!isAbsolute(result, context.platform) && context.workspaceFolder !== undefined) {
    result = joinPath(context.workspaceFolder, result, context.platform);
  }
  return result;
}

function isAbsolute(p: string, platform: NodeJS.Platform): boolean {
  return platform === "win32" ? /^([a-zA-Z]:[\\/]|\\\\)/.test(p) : p.startsWith("/");
}

export function joinPath(dir: string, name: string, platform: NodeJS.Platform): string {
  const separator = platform === "win32" ? "\\" : "/";
  const trimmed = dir.endsWith("/") || dir.endsWith("\\") ? dir.slice(0, -1) : dir;
  const relative = name.startsWith("./") || name.startsWith(".\\") ? name.slice(2) : name;
  return `${trimmed}${separator}${relative}`;
}

function asText(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

function asTrace(value: unknown): TraceLevel {
  return value === "messages" || value === "verbose" ? value : "off";
}
