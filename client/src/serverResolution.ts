// Which process to start as the language server. Pure: the file system and the environment come in
// as arguments, so every branch is unit-tested. The order:
//   1. codingdsl.server.path (an executable, or a .dll run with dotnet);
//   2. the bundled native server, <extension>/server/codingdsl (platform .vsix, no .NET needed): on
//      linux-x64 a Native AOT executable with no .dll beside it, elsewhere a self-contained apphost;
//   3. the bundled framework-dependent server, <extension>/server/codingdsl.dll, run with dotnet.
// When dotnet is needed it is codingdsl.dotnet.path, else the first `dotnet` on PATH, in DOTNET_ROOT or
// in the usual install folders. Failing that, one message that says what to do (vscode-cql #35/#41).
import { expandPath, joinPath, type Settings } from "./settings";

export interface ResolveEnvironment {
  extensionPath: string;
  platform: NodeJS.Platform;
  /** PATH, DOTNET_ROOT: the extension host's environment. */
  env: Record<string, string | undefined>;
  homeDir: string;
  workspaceFolder?: string;
  isFile(path: string): boolean;
}

export interface ServerLaunch {
  kind: "launch";
  command: string;
  args: string[];
  /** Where the server came from, for the output channel. */
  origin: "setting" | "bundled";
  /** True when `command` is dotnet running a .dll: the caller checks that a .NET 10 runtime is there. */
  usesDotnet: boolean;
}

export interface ResolutionFailure {
  kind: "failure";
  /** What is wrong, in one sentence. */
  message: string;
  /** What the user should do. */
  fix: string;
  /** The setting to open from the error message, if one would help. */
  setting?: "codingdsl.server.path" | "codingdsl.dotnet.path";
  /** Offer the .NET download page. */
  offerDotnetDownload: boolean;
}

export type Resolution = ServerLaunch | ResolutionFailure;

export const dotnetDownloadUrl = "https://dotnet.microsoft.com/download/dotnet/10.0";
const serverArgs = ["lsp"];

export function resolveServer(settings: Settings, environment: ResolveEnvironment): Resolution {
  const context = { homeDir: environment.homeDir, workspaceFolder: environment.workspaceFolder, platform: environment.platform };
  if (settings.serverPath !== "") {
    const serverPath = expandPath(settings.serverPath, context);
    if (!environment.isFile(serverPath)) {
      return {
        kind: "failure",
        message: `codingdsl.server.path is set to "${settings.serverPath}", but there is no file at ${serverPath}.`,
        fix: "Correct codingdsl.server.path, or clear it to use the server bundled with the extension.",
        setting: "codingdsl.server.path",
        offerDotnetDownload: false,
      };
    }
    return serverPath.toLowerCase().endsWith(".dll")
      ? withDotnet(serverPath, "setting", settings, environment)
      : { kind: "launch", command: serverPath, args: serverArgs, origin: "setting", usesDotnet: false };
  }

  const serverDir = joinPath(environment.extensionPath, "server", environment.platform);
  const selfContained = joinPath(serverDir, environment.platform === "win32" ? "codingdsl.exe" : "codingdsl", environment.platform);
  if (environment.isFile(selfContained)) {
    return { kind: "launch", command: selfContained, args: serverArgs, origin: "bundled", usesDotnet: false };
  }
  const dll = joinPath(serverDir, "codingdsl.dll", environment.platform);
  if (environment.isFile(dll)) {
    return withDotnet(dll, "bundled", settings, environment);
  }
  return {
    kind: "failure",
    message: `This copy of the CodingDsl extension has no bundled language server (${dll} is missing).`,
    fix: "Install the extension from its .vsix, or set codingdsl.server.path to a codingdsl executable or codingdsl.dll (dotnet publish server/CodingDsl.Cli).",
    setting: "codingdsl.server.path",
    offerDotnetDownload: false,
  };
}

function withDotnet(dll: string, origin: ServerLaunch["origin"], settings: Settings, environment: ResolveEnvironment): Resolution {
  const dotnet = findDotnet(settings, environment);
  if (dotnet.kind === "failure") {
    return dotnet;
  }
  return { kind: "launch", command: dotnet.path, args: [dll, ...serverArgs], origin, usesDotnet: true };
}

type DotnetSearch = { kind: "found"; path: string } | ResolutionFailure;

export function findDotnet(settings: Settings, environment: ResolveEnvironment): DotnetSearch {
  const { platform } = environment;
  if (settings.dotnetPath !== "") {
    const configured = expandPath(settings.dotnetPath, {
      homeDir: environment.homeDir,
      workspaceFolder: environment.workspaceFolder,
      platform,
    });
    if (environment.isFile(configured)) {
      return { kind: "found", path: configured };
    }
    return {
      kind: "failure",
      message: `codingdsl.dotnet.path is set to "${settings.dotnetPath}", but there is no file at ${configured}.`,
      fix: "Set codingdsl.dotnet.path to the dotnet executable of a .NET 10 install, or clear it to find dotnet on PATH.",
      setting: "codingdsl.dotnet.path",
      offerDotnetDownload: true,
    };
  }
  const found = dotnetCandidates(environment).find((candidate) => environment.isFile(candidate));
  if (found !== undefined) {
    return { kind: "found", path: found };
  }
  return {
    kind: "failure",
    message: "The CodingDsl language server needs the .NET 10 runtime, and no dotnet was found (on PATH, in DOTNET_ROOT or in the usual install folders).",
    fix: platform === "linux"
      ? "Install the .NET 10 runtime, or set codingdsl.dotnet.path to your dotnet executable, or install the linux-x64 CodingDsl extension, whose server is a native executable that needs no .NET."
      : "Install the .NET 10 runtime, or set codingdsl.dotnet.path to your dotnet executable.",
    setting: "codingdsl.dotnet.path",
    offerDotnetDownload: true,
  };
}

/** Where dotnet may be, in the order tried. */
export function dotnetCandidates(environment: ResolveEnvironment): string[] {
  const { platform, env } = environment;
  const exe = platform === "win32" ? "dotnet.exe" : "dotnet";
  const pathVariable = platform === "win32" ? env.Path ?? env.PATH : env.PATH;
  const delimiter = platform === "win32" ? ";" : ":";
  const fromPath = (pathVariable ?? "")
    .split(delimiter)
    .map((dir) => dir.trim().replace(/^"(.*)"$/, "$1"))
    .filter((dir) => dir !== "")
    .map((dir) => joinPath(dir, exe, platform));
  const fromRoot = env.DOTNET_ROOT ? [joinPath(env.DOTNET_ROOT, exe, platform)] : [];
  const usual =
    platform === "win32"
      ? [joinPath(env.ProgramFiles ?? "C:\\Program Files", "dotnet\\dotnet.exe", platform)]
      : platform === "darwin"
        ? ["/usr/local/share/dotnet/dotnet", "/opt/homebrew/bin/dotnet", joinPath(environment.homeDir, ".dotnet/dotnet", platform)]
        : ["/usr/share/dotnet/dotnet", "/usr/lib/dotnet/dotnet", "/usr/local/share/dotnet/dotnet", joinPath(environment.homeDir, ".dotnet/dotnet", platform)];
  return [...new Set([...fromPath, ...fromRoot, ...usual])];
}

/** From `dotnet --list-runtimes`: does a Microsoft.NETCore.App of this major version exist? */
export function listsRuntime(listRuntimesOutput: string, major: number): boolean {
  return listRuntimesOutput
    .split(/\r?\n/)
    .some((line) => new RegExp(`^Microsoft\\.NETCore\\.App ${major}\\.`).test(line.trim()));
}

/** The NETCore.App versions `dotnet --list-runtimes` printed, for the error message. */
export function runtimeVersions(listRuntimesOutput: string): string[] {
  return listRuntimesOutput
    .split(/\r?\n/)
    .map((line) => /^Microsoft\.NETCore\.App (\S+)/.exec(line.trim())?.[1])
    .filter((version): version is string => version !== undefined);
}

export function missingRuntimeFailure(dotnet: string, listRuntimesOutput: string): ResolutionFailure {
  const versions = runtimeVersions(listRuntimesOutput);
  return {
    kind: "failure",
    message: `The CodingDsl language server needs the .NET 10 runtime; ${dotnet} has ${versions.length > 0 ? versions.join(", ") : "no .NET runtime"}.`,
    fix: "Install the .NET 10 runtime, or set codingdsl.dotnet.path to the dotnet of a .NET 10 install.",
    setting: "codingdsl.dotnet.path",
    offerDotnetDownload: true,
  };
}
