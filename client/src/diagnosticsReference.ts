// Finding a diagnostic code's entry in docs/diagnostics.md (shipped in the extension). Pure.

export interface DiagnosticEntry {
  code: string;
  /** The heading's text after the code, e.g. "Approach to organ under image control". */
  title: string;
  /** Zero-based line of the heading. */
  line: number;
}

const codePattern = /^CDSL\d{4}$/;

/** Every heading that names a code: `## CDSL0501 — title`, `### CDSL0501: title`, `## CDSL0501`. */
/** A heading without a title takes it from the index table (`| [CDSL0101](#cdsl0101) | Syntax error | error |`). */
export function listDiagnosticEntries(markdown: string): DiagnosticEntry[] {
  const lines = markdown.split(/\r?\n/);
  const tableTitles = new Map<string, string>();
  for (const text of lines) {
    const row = /^\|\s*\[?`?(CDSL\d{4})`?\]?(?:\([^)]*\))?\s*\|\s*([^|]*?)\s*\|/.exec(text);
    if (row) {
      tableTitles.set(row[1], row[2]);
    }
  }
  const entries: DiagnosticEntry[] = [];
  lines.forEach((text, line) => {
    const match = /^#{1,6}\s+`?(CDSL\d{4})`?\s*(?:[—–:-]\s*)?(.*)$/.exec(text);
    if (match) {
      entries.push({ code: match[1], title: match[2].trim() || (tableTitles.get(match[1]) ?? ""), line });
    }
  });
  return entries;
}

export function findDiagnosticEntry(markdown: string, code: string): DiagnosticEntry | undefined {
  const wanted = code.trim().toUpperCase();
  return listDiagnosticEntries(markdown).find((entry) => entry.code === wanted);
}

/** A diagnostic's code as VS Code holds it (string, number or { value, target }), when it is ours. */
export function codingDslCode(code: unknown): string | undefined {
  const value = code !== null && typeof code === "object" ? (code as { value?: unknown }).value : code;
  const text = typeof value === "string" ? value.trim().toUpperCase() : undefined;
  return text !== undefined && codePattern.test(text) ? text : undefined;
}
