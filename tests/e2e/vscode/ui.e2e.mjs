// The extension in a real VS Code (code-server 4.100.3) driven through headless Chromium, as a user
// would: open IPG327, see it highlighted and clean; delete the Y53/Y68 statement and see CDSL0501 in
// the Problems panel; apply the light bulb's quick fix and see it clean; complete `opcs J12.` and see
// every row's title. A second file, never opened, has a malformed code: Problems lists it too
// (workspace diagnostics), and the open file's finding is listed once, not twice.
// Screenshots go to tests/e2e/vscode/artifacts/. Usage: node ui.e2e.mjs <path to .vsix>
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { artifactsDir, codeServerBinary, installExtension, launchChromium, makeHome, repoRoot, startCodeServer } from "./codeServer.mjs";

const vsix = path.resolve(process.argv[2] ?? "");
const serverPath = process.env.CODINGDSL_E2E_SERVER_PATH ?? ""; // optional: test another server build
const results = [];
mkdirSync(artifactsDir, { recursive: true });

const bin = codeServerBinary();
const home = makeHome(serverPath ? { "codingdsl.server.path": serverPath } : {});
const workspace = mkdtempSync(path.join(home, "ws-"));
copyFileSync(path.join(repoRoot, "samples", "IPG327.coding"), path.join(workspace, "IPG327.coding"));
writeFileSync(path.join(workspace, "closed.coding"), 'guidance IPG1 "Never opened" {\n  procedure {\n    opcs j12.4\n  }\n}\n');
installExtension(bin, home, vsix);
const server = await startCodeServer(bin, home);
const browser = await launchChromium(home);
const page = browser.pages()[0] ?? (await browser.newPage());
let failed = false;

async function step(name, action) {
  const started = Date.now();
  try {
    await action();
    results.push({ name, ok: true, ms: Date.now() - started });
    console.log(`ok - ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed = true;
    results.push({ name, ok: false, error: String(error?.message ?? error) });
    console.log(`not ok - ${name}: ${String(error?.message ?? error).split("\n")[0]}`);
    await shot(`failed-${name.replace(/\W+/g, "-").toLowerCase()}`);
    throw error;
  }
}

async function shot(name) {
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`) }).catch(() => {});
}

const editorText = () => page.locator(".monaco-editor .view-lines").first().innerText().then((t) => t.replace(/\u00a0/g, " "));
const problemRows = () => page.locator(".markers-panel .monaco-list-row");
const errorSquiggles = () => page.locator(".monaco-editor .squiggly-error");

// The Problems tree as { file, text } per finding: a file's row (level 1) heads its findings (level 2).
async function problemsByFile() {
  const rows = await page.locator(".markers-panel .monaco-list-row").evaluateAll((elements) =>
    elements.map((row) => ({ level: row.getAttribute("aria-level"), text: row.innerText, error: !!row.querySelector(".codicon-error"), warning: !!row.querySelector(".codicon-warning") })));
  const findings = [];
  let file = "";
  for (const row of rows) {
    if (row.level === "1") file = row.text.split("\n")[0].trim();
    else findings.push({ file, ...row });
  }
  return findings;
}

async function openProblems() {
  if (!(await page.locator(".markers-panel").isVisible().catch(() => false))) {
    await page.keyboard.press("Control+Shift+M");
    await page.locator(".markers-panel").waitFor({ state: "visible", timeout: 10000 });
  }
}

async function waitFor(predicate, what, timeout = 30000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await predicate()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await page.waitForTimeout(250);
  }
}

async function tokenColours() {
  return page.evaluate(() =>
    [...document.querySelectorAll(".monaco-editor .view-line span span")].map((span) => ({
      text: span.textContent ?? "",
      color: getComputedStyle(span).color,
    })),
  );
}

try {
  await step("the workbench opens with the workspace", async () => {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: "domcontentloaded", timeout: 120000 });
    await page.locator(".monaco-workbench").waitFor({ timeout: 60000 });
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "IPG327.coding" }).waitFor({ timeout: 30000 });
  });

  await step("IPG327.coding opens as CodingDsl with its codes coloured", async () => {
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "IPG327.coding" }).dblclick();
    await page.locator(".monaco-editor .view-line", { hasText: "guidance IPG327" }).waitFor({ timeout: 20000 });
    await waitFor(async () => (await page.locator("#status\\.editor\\.mode").innerText()).includes("CodingDsl"), "the CodingDsl language mode");
    let colours = [];
    await waitFor(async () => {
      colours = await tokenColours();
      const of = (text) => colours.find((token) => token.text.trim() === text)?.color;
      return of("J12.4") && of("guidance") && of("J12.4") !== of("guidance");
    }, "tokenised text", 20000);
    const of = (text) => colours.find((token) => token.text.trim() === text)?.color;
    const plain = of("{");
    const coloured = { keyword: of("guidance"), code: of("J12.4"), category: of("Y53.-"), system: of("opcs"), fact: of("image-guided") };
    for (const [what, colour] of Object.entries(coloured)) {
      if (!colour || colour === plain) throw new Error(`${what} is not coloured (${colour}; plain text is ${plain})`);
    }
    if (coloured.code === coloured.keyword || coloured.code === coloured.system) {
      throw new Error(`codes share a colour with keywords: ${JSON.stringify(coloured)}`);
    }
    writeFileSync(path.join(artifactsDir, "token-colours.json"), JSON.stringify(coloured, null, 2));
    await shot("01-ipg327-highlighted");
  });

  await step("the language server starts and IPG327 has no errors or warnings", async () => {
    await page.locator(".statusbar-item:has(.codicon-check)", { hasText: "CodingDsl" }).waitFor({ timeout: 120000 });
    await openProblems();
    await page.waitForTimeout(3000); // let the first diagnostics arrive
    const errorsOrWarnings = (await problemsByFile()).filter((f) => f.file.startsWith("IPG327.coding") && (f.error || f.warning));
    if (errorsOrWarnings.length > 0) {
      throw new Error(`unexpected problems: ${errorsOrWarnings.map((f) => f.text).join(" | ")}`);
    }
    if ((await errorSquiggles().count()) > 0) throw new Error("an error squiggle is shown");
    await shot("02-ipg327-no-problems");
  });

  await step("Problems lists the finding of a file that was never opened, and the open file's finding once", async () => {
    await openProblems();
    await waitFor(async () => (await problemsByFile()).some((f) => f.file.startsWith("closed.coding") && f.text.includes("CDSL0201")), "closed.coding's CDSL0201 in Problems");
    const findings = await problemsByFile();
    const tabs = await page.locator(".tabs-container .tab").allInnerTexts();
    if (tabs.some((tab) => tab.includes("closed.coding"))) throw new Error("closed.coding was opened");
    const pending = findings.filter((f) => f.file.startsWith("IPG327.coding") && f.text.includes("CDSL0304"));
    if (pending.length !== 1) throw new Error(`IPG327's CDSL0304 is listed ${pending.length} times: ${findings.map((f) => `${f.file}: ${f.text}`).join(" | ")}`);
    await shot("02b-closed-file-in-problems");
  });

  await step("deleting the Y53/Y68 statement reports the image-control problem (CDSL0501)", async () => {
    await page.locator(".monaco-editor .view-line", { hasText: "opcs Y53.-" }).click();
    await page.keyboard.press("Control+Shift+K");
    await waitFor(async () => !(await editorText()).includes("Y53.-"), "the Y53.- line to go");
    await page.keyboard.press("Control+Shift+K");
    await waitFor(async () => !(await editorText()).includes("Y68.-"), "the Y68.- line to go");
    await openProblems();
    await problemRows().filter({ hasText: "CDSL0501" }).first().waitFor({ timeout: 30000 });
    await errorSquiggles().first().waitFor({ timeout: 10000 });
    await shot("03-image-control-problem");
  });

  await step("the light bulb's quick fix adds the Y53.- or Y68.- code back and the file is clean", async () => {
    const squiggle = await errorSquiggles().first().boundingBox();
    await page.mouse.click(squiggle.x + squiggle.width / 2, squiggle.y + squiggle.height / 2);
    const bulb = page.locator(".monaco-editor .lightBulbWidget");
    await bulb.waitFor({ state: "visible", timeout: 15000 });
    await shot("04-light-bulb");
    await bulb.click();
    await page.locator(".action-widget .monaco-list-row", { hasText: /Y53/ }).first().waitFor({ timeout: 10000 });
    await shot("05-quick-fix-menu");
    // Choose it with the keyboard, as the menu expects: move the focus to the Y53 fix, then Enter.
    for (let i = 0; i < 6 && !/Y53/.test(await page.locator(".action-widget .monaco-list-row.focused").innerText().catch(() => "")); i++) {
      await page.keyboard.press("ArrowDown");
    }
    await page.keyboard.press("Enter");
    await waitFor(async () => (await editorText()).includes("Y53.-"), "the fix to insert Y53.-");
    await waitFor(async () => (await problemRows().filter({ hasText: "CDSL0501" }).count()) === 0, "CDSL0501 to clear");
    await waitFor(async () => (await errorSquiggles().count()) === 0, "the squiggle to clear");
    await shot("06-fixed");
  });

  await step("typing `opcs J12.` suggests J12.4 with its title", async () => {
    await page.locator(".monaco-editor .view-line", { hasText: "opcs J12.4" }).click();
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("opcs J12.", { delay: 60 });
    const widget = page.locator(".suggest-widget");
    const row = widget.locator(".monaco-list-row", { hasText: "J12.4" }).first();
    try {
      await row.waitFor({ timeout: 8000 });
    } catch {
      await page.keyboard.press("Control+Space");
      await row.waitFor({ timeout: 15000 });
    }
    const title = "Percutaneous radiofrequency ablation of lesion of liver";
    // Every row shows its code's title (labelDetails), not only the focused one (detail): J12.4's
    // row shows it while another row has the focus, and so does every other row.
    const focused = widget.locator(".monaco-list-row.focused");
    if (/J12\.4/.test(await focused.innerText().catch(() => ""))) await page.keyboard.press("ArrowDown");
    await waitFor(async () => (await row.innerText()).includes(title), `the title "${title}" on J12.4's row, not focused`, 10000);
    const rows = await widget.locator(".monaco-list-row").evaluateAll((elements) =>
      elements.map((element) => ({ focused: element.classList.contains("focused"), text: element.innerText.replace(/\s+/g, " ").trim() })));
    const untitled = rows.filter((r) => !/^J12\.\d \S.{8,}/.test(r.text));
    if (rows.length < 3 || untitled.length > 0) throw new Error(`rows without a title: ${JSON.stringify(untitled)} of ${rows.length}`);
    await shot("07-completion-j12");
    await page.keyboard.press("Escape");
  });
} catch {
  // reported by step(); fall through to clean up
} finally {
  writeFileSync(path.join(artifactsDir, "ui-results.json"), JSON.stringify(results, null, 2));
  if (failed) {
    writeFileSync(path.join(artifactsDir, "code-server.log"), server.log());
  }
  await browser.close().catch(() => {});
  await server.stop();
  rmSync(home, { recursive: true, force: true });
}
const passed = results.filter((r) => r.ok).length;
// scripts/test.sh sums "# pass N" / "# fail N" lines across suites.
console.log(`# pass ${passed}\n# fail ${results.length - passed}`);
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(failed ? 1 : 0);
