// Entry point: starts the CodingDsl language server and wires the commands, the status bar and the
// export documents to it.
import * as vscode from "vscode";
import { LanguageClient, RevealOutputChannelOn, State, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { WorkspaceCheck } from "./checkWorkspace";
import { openDiagnosticReference } from "./diagnosticsReferenceCommand";
import { ExportDocuments, exportScheme, showExport } from "./exportDocuments";
import { classificationsFromCapabilities, statusNotification, type Requester, type StatusParams } from "./protocol";
import { serverEnvironment } from "./serverEnvironment";
import { dotnetDownloadUrl, type ResolutionFailure } from "./serverResolution";
import { resolveLaunch } from "./serverLauncher";
import { restartSettings } from "./settings";
import { ServerStatus, showOutputCommand } from "./statusBar";

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;
let status: ServerStatus;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("CodingDsl", { log: true });
  status = new ServerStatus();
  const exports = new ExportDocuments(requester);
  const workspaceCheck = new WorkspaceCheck();
  context.subscriptions.push(
    output,
    status,
    exports,
    workspaceCheck,
    vscode.workspace.registerTextDocumentContentProvider(exportScheme, exports),
    vscode.commands.registerCommand(showOutputCommand, () => output.show(true)),
    vscode.commands.registerCommand("codingdsl.restartServer", () => restart(context)),
    vscode.commands.registerCommand("codingdsl.showCompiledJson", () => showExport("json")),
    vscode.commands.registerCommand("codingdsl.showFhir", () => showExport("fhir")),
    vscode.commands.registerCommand("codingdsl.checkWorkspace", () => workspaceCheck.run(client?.state === State.Running ? client : undefined)),
    vscode.commands.registerCommand("codingdsl.openDiagnosticReference", (code?: unknown) =>
      openDiagnosticReference(context.extensionUri, code),
    ),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (restartSettings.some((setting) => event.affectsConfiguration(setting))) {
        void restart(context);
      }
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await stop();
}

/** The running client's sendRequest, or undefined while no server runs. */
function requester(): Requester | undefined {
  const running = client;
  return running?.state === State.Running ? <R,>(method: string, params: unknown) => running.sendRequest<R>(method, params) : undefined;
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  status.starting();
  const launch = await resolveLaunch(context.extensionPath);
  if (launch.kind === "failure") {
    reportFailure(launch);
    return;
  }
  output.appendLine(`Starting the ${launch.origin === "bundled" ? "bundled" : "configured"} server: ${launch.command} ${launch.args.join(" ")}`);

  const serverOptions: ServerOptions = { command: launch.command, args: launch.args, options: { cwd: context.extensionPath, env: serverEnvironment(process.env) } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "codingdsl" },
      { scheme: "untitled", language: "codingdsl" },
    ],
    // The codingdsl.classifications/diagnostics/rules settings need no wiring here: the server asks for
    // the `codingdsl` section (workspace/configuration, answered by the client's default middleware) and
    // registers for its changes itself, so `synchronize.configurationSection` would only send them twice.
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher("**/{*.coding,codingdsl.json}"),
    },
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationFailedHandler: (error) => {
      output.appendLine(`The server failed to initialise: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    },
  };
  const starting = new LanguageClient("codingdsl", "CodingDsl", serverOptions, clientOptions);
  client = starting;
  starting.onDidChangeState((event) => {
    if (event.newState === State.Stopped && client === starting) {
      status.failed("the server stopped; see the CodingDsl output");
    }
  });
  try {
    await starting.start();
  } catch (error) {
    // The client's own reason ("connection got disposed") says little; the server's stderr, which the
    // client copies to the output channel, says why.
    const reason = error instanceof Error ? error.message : String(error);
    output.appendLine(`The CodingDsl language server did not start (${launch.command} ${launch.args.join(" ")}): ${reason}`);
    status.failed("the server stopped while starting");
    void vscode.window.showErrorMessage(
      "CodingDsl: the language server stopped while starting. The CodingDsl output shows its messages; codingdsl.server.path chooses another server.",
      "Show Output",
    ).then((choice) => {
      if (choice) {
        output.show(true);
      }
    });
    return;
  }
  let classifications = classificationsFromCapabilities(starting.initializeResult?.capabilities);
  status.ready(classifications);
  starting.onNotification(statusNotification, (params: StatusParams) => {
    classifications = params.classifications ?? classifications;
    status.ready(classifications, params.message);
  });
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running !== undefined && running.state !== State.Stopped) {
    await running.stop(5000).catch((error: unknown) => output.appendLine(`Stopping the server: ${String(error)}`));
  }
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  await stop();
  status.stopped();
  await start(context);
}

function reportFailure(failure: ResolutionFailure): void {
  output.appendLine(`${failure.message} ${failure.fix}`);
  status.failed(failure.message);
  const actions = [failure.setting ? "Open Settings" : undefined, failure.offerDotnetDownload ? "Get .NET" : undefined].filter(
    (action): action is string => action !== undefined,
  );
  void vscode.window.showErrorMessage(`CodingDsl: ${failure.message} ${failure.fix}`, ...actions).then((choice) => {
    if (choice === "Open Settings" && failure.setting) {
      void vscode.commands.executeCommand("workbench.action.openSettings", failure.setting);
    } else if (choice === "Get .NET") {
      void vscode.env.openExternal(vscode.Uri.parse(dotnetDownloadUrl));
    }
  });
}
