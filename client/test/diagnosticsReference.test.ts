import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codingDslCode, findDiagnosticEntry, listDiagnosticEntries } from "../src/diagnosticsReference";

const markdown = [
  "# Diagnostics",
  "",
  "## CDSL0201 — Malformed code",
  "text",
  "### `CDSL0501`: Approach to organ under image control",
  "## CDSL0304",
  "## Not a code",
].join("\n");

describe("diagnostics reference", () => {
  it("lists every heading that names a code, with its line and title", () => {
    assert.deepEqual(listDiagnosticEntries(markdown), [
      { code: "CDSL0201", title: "Malformed code", line: 2 },
      { code: "CDSL0501", title: "Approach to organ under image control", line: 4 },
      { code: "CDSL0304", title: "", line: 5 },
    ]);
  });

  it("takes a bare heading's title from the index table, as docs/diagnostics.md is generated", () => {
    const generated = ["| code | title | default level |", "| --- | --- | --- |", "| [CDSL0101](#cdsl0101) | Syntax error | error |", "", "## CDSL0101", "text"].join("\n");
    assert.deepEqual(listDiagnosticEntries(generated), [{ code: "CDSL0101", title: "Syntax error", line: 4 }]);
  });

  it("finds a code whatever its case", () => {
    assert.equal(findDiagnosticEntry(markdown, "cdsl0501")?.line, 4);
    assert.equal(findDiagnosticEntry(markdown, "CDSL9999"), undefined);
  });

  it("takes a diagnostic's code from a string or { value, target } and ignores other tools' codes", () => {
    assert.equal(codingDslCode("CDSL0501"), "CDSL0501");
    assert.equal(codingDslCode({ value: "CDSL0203", target: "https://example.invalid" }), "CDSL0203");
    assert.equal(codingDslCode("TS2304"), undefined);
    assert.equal(codingDslCode(2304), undefined);
    assert.equal(codingDslCode(undefined), undefined);
  });
});
