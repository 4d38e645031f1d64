// The custom messages between this extension and the CodingDsl language server, beside standard LSP.
// Kept in one place so the server side (server/CodingDsl.LanguageServer) has one list to implement.

/** Request `codingdsl/export`: compile one open document and return the export as text. */
export const exportRequest = "codingdsl/export";
export type ExportFormat = "json" | "fhir";
export interface ExportParams {
  /** The document's URI as the client knows it (the same string as in textDocument/didOpen). */
  uri: string;
  format: ExportFormat;
}
/** The server answers `{ content }`; a bare string is accepted too. */
export interface ExportResult {
  content: string;
}

/** Request `codingdsl/checkWorkspace` (params `{}`): check every rule file under the workspace folders.
 * The result lists each file's diagnostics (LSP Diagnostic objects), which the client shows in the
 * Problems panel for files not open in an editor; open files keep their pulled/pushed diagnostics. */
export const checkWorkspaceRequest = "codingdsl/checkWorkspace";
export interface CheckWorkspaceResult {
  files: number;
  errors: number;
  warnings: number;
  infos?: number;
  diagnostics?: { uri: string; diagnostics: unknown[] }[];
}

/** Notification `codingdsl/status` (server → client), e.g. after the classification tables load. */
export const statusNotification = "codingdsl/status";
export interface StatusParams {
  /** The classification tables loaded, as people name them: ["OPCS-4.10", "ICD-10 5th Edition (starter)"]. */
  classifications?: string[];
  /** One line for the status bar tooltip, e.g. a configuration problem. */
  message?: string;
}

/** Sends a request to the running server (the language client's sendRequest). */
export type Requester = <R>(method: string, params: unknown) => Promise<R>;

/** JSON-RPC "method not found": the server predates a custom request. */
export const methodNotFound = -32601;

export function exportContent(result: unknown): string {
  if (typeof result === "string") {
    return result;
  }
  if (result !== null && typeof result === "object" && typeof (result as ExportResult).content === "string") {
    return (result as ExportResult).content;
  }
  return JSON.stringify(result, null, 2);
}

/** Classification versions from `initialize`'s result, `capabilities.experimental.codingdsl.classifications`. */
export function classificationsFromCapabilities(capabilities: unknown): string[] {
  const list = (capabilities as { experimental?: { codingdsl?: { classifications?: unknown } } } | undefined)
    ?.experimental?.codingdsl?.classifications;
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === "string") : [];
}
