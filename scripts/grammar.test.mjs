// The grammar tests, under Node's test runner so they are counted with the others:
// - vscode-tmgrammar-test (VS Code's tokenizer) on every grammar/tests/*.test.coding, one test per file;
// - proof that the tests can fail: a fixture asserting a wrong scope (an OPCS-4 code scoped as ICD-10,
//   grammar/tests/must-fail/) must make vscode-tmgrammar-test exit non-zero, naming that scope.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tester = path.join(root, "node_modules", "vscode-tmgrammar-test", "dist", "unit.js");

function runTester(...files) {
  const result = spawnSync(process.execPath, [tester, "-g", "grammar/codingdsl.tmLanguage.json", ...files], { cwd: root, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const testFiles = readdirSync(path.join(root, "grammar", "tests"))
  .filter((name) => name.endsWith(".test.coding"))
  .map((name) => `grammar/tests/${name}`);

describe("vscode-tmgrammar-test", () => {
  const run = runTester(...testFiles);

  it("finds the grammar test files", () => assert.ok(testFiles.length >= 4, testFiles.join(", ")));

  for (const file of testFiles) {
    it(file, () => {
      // The tester prints one block per file: "✓ <file> run successfuly." or "✖ <file> failed" + details.
      const failedBlock = run.output.split(/\n(?=[✓✖] )/).find((block) => block.startsWith(`✖ ${file} `));
      assert.equal(failedBlock, undefined, failedBlock);
      assert.ok(run.output.includes(`✓ ${file} run successfuly.`), run.output);
    });
  }

  it("exits non-zero on a deliberately wrong scope, naming it", () => {
    const wrong = runTester("grammar/tests/must-fail/wrong-scope.coding");
    assert.notEqual(wrong.status, 0, "a fixture with a wrong scope passed: the grammar tests could not fail");
    assert.match(wrong.output, /missing required scopes: constant\.other\.code\.icd10\.codingdsl/);
  });
});
