// Runs tests/e2e/vscode/extension-tests/index.js inside code-server's extension host (the
// extensionTestsPath recipe in shared/design/REAL-CLIENTS.md), with the extension loaded from its
// packaging stage (out/vsix/universal: the bundled client and the server). Usage: node exthost.e2e.mjs
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { artifactsDir, codeServerBinary, launchChromium, makeHome, repoRoot, startCodeServer } from "./codeServer.mjs";

const extensionDir = path.join(repoRoot, "out", "vsix", "universal");
if (!existsSync(path.join(extensionDir, "server", "codingdsl.dll"))) {
  console.error("exthost: out/vsix/universal has no server: run `npm run package` first");
  process.exit(1);
}
const serverPath = process.env.CODINGDSL_E2E_SERVER_PATH ?? "";
mkdirSync(artifactsDir, { recursive: true });
const bin = codeServerBinary();
const home = makeHome(serverPath ? { "codingdsl.server.path": serverPath } : {});
const workspace = mkdtempSync(path.join(home, "ws-"));
copyFileSync(path.join(repoRoot, "samples", "IPG327.coding"), path.join(workspace, "IPG327.coding"));
mkdirSync(path.join(workspace, "rules"));
writeFileSync(path.join(workspace, "rules", "broken.coding"), 'guidance IPG999 "Broken" {\n  procedure {\n    opcs j12.4 "lower-case code"\n  }\n}\n');
const resultsFile = path.join(path.dirname(workspace), "exthost-results.json");

const server = await startCodeServer(bin, home);
const browser = await launchChromium(home);
let results;
try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = JSON.stringify([
    ["extensionDevelopmentPath", remote(extensionDir)],
    ["extensionTestsPath", remote(path.join(repoRoot, "tests", "e2e", "vscode", "extension-tests", "index.js"))],
  ]);
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`, { waitUntil: "domcontentloaded", timeout: 120000 });
  const deadline = Date.now() + 240000;
  while (!existsSync(resultsFile)) {
    if (Date.now() > deadline) throw new Error("the extension tests wrote no results in 240 s");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  results = JSON.parse(readFileSync(resultsFile, "utf8"));
  await page.screenshot({ path: path.join(artifactsDir, "exthost-final.png") }).catch(() => {});
} catch (error) {
  writeFileSync(path.join(artifactsDir, "exthost-code-server.log"), server.log());
  console.error(`exthost: ${error.message}`);
  results = [{ name: "the extension tests ran", ok: false, error: error.message }];
} finally {
  await browser.close().catch(() => {});
  await server.stop();
  rmSync(home, { recursive: true, force: true });
}
writeFileSync(path.join(artifactsDir, "exthost-results.json"), JSON.stringify(results, null, 2));
for (const result of results) {
  console.log(`${result.ok ? "ok" : "not ok"} - ${result.name}${result.skipped ? ` # SKIP ${result.skipped}` : ""}`);
  if (!result.ok) console.log(`    ${result.error.split("\n").slice(0, 3).join("\n    ")}`);
}
const passed = results.filter((r) => r.ok && !r.skipped).length;
const skipped = results.filter((r) => r.skipped).length;
const failed = results.filter((r) => !r.ok).length;
// scripts/test.sh sums "# pass N" / "# fail N" lines across suites.
console.log(`# pass ${passed}\n# fail ${failed}${skipped ? `\n# skipped ${skipped}` : ""}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
