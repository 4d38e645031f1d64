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
export function listDiagnosticEntries(markdown: string): DiagnosticEntry[] {
  const entries: DiagnosticEntry[] = [];
  markdown.split(/\r?\n/).forEach((text, line) => {
    const match = /^#{1,6}\s+`?(CDSL\d{4})`?\s*(?:[—–:-]\s*)?(.*)$/.exec(text);
    if (match) {
      entries.push({ code: match[1], title: match[2].trim(), line });
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
