// Proves the grammar tests can fail: runs vscode-tmgrammar-test on a fixture that asserts a wrong
// scope (an OPCS-4 code scoped as ICD-10) and requires a non-zero exit naming that scope.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tester = path.join(root, "node_modules", "vscode-tmgrammar-test", "dist", "unit.js");
const result = spawnSync(process.execPath, [tester, "-g", "grammar/codingdsl.tmLanguage.json",
  "grammar/tests/must-fail/wrong-scope.coding"], { cwd: root, encoding: "utf8" });
const output = `${result.stdout}${result.stderr}`;

if (result.status === 0) {
  console.error("FAIL: vscode-tmgrammar-test passed a fixture with a wrong scope; grammar tests cannot fail.");
  process.exit(1);
}
if (!output.includes("missing required scopes: constant.other.code.icd10.codingdsl")) {
  console.error(`FAIL: the wrong-scope fixture failed for another reason:\n${output}`);
  process.exit(1);
}
console.log("ok: a deliberately wrong scope makes the grammar tests fail");
