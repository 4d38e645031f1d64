// Runs inside code-server's extension host (extensionTestsPath) against the real `vscode` API and the
// real language server. The host exits when run() resolves, so results go to a file beside the
// workspace folder (exthost-results.json), which tests/e2e/vscode/exthost.e2e.mjs reads.
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const vscode = require("vscode");

const title = "Percutaneous radiofrequency ablation of lesion of liver";

async function waitFor(check, what, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const codeOf = (diagnostic) => (typeof diagnostic.code === "object" ? diagnostic.code.value : diagnostic.code);
const withCode = (uri, code) => vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === code);
const text = (value) => (typeof value === "string" ? value : value?.value ?? "");

class Skip extends Error {}

async function run() {
  const folder = vscode.workspace.workspaceFolders[0].uri;
  const resultsFile = path.join(path.dirname(folder.fsPath), "exthost-results.json");
  const results = [];
  const check = async (name, body) => {
    try {
      await body();
      results.push({ name, ok: true });
    } catch (error) {
      results.push(error instanceof Skip ? { name, ok: true, skipped: error.message } : { name, ok: false, error: String(error && error.stack || error) });
    }
  };
  const uri = vscode.Uri.joinPath(folder, "IPG327.coding");
  let document;

  await check("IPG327.coding opens as codingdsl and activates the extension", async () => {
    document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, "codingdsl");
    const extension = vscode.extensions.all.find((e) => e.packageJSON.name === "codingdsl");
    assert.ok(extension, "the CodingDsl extension is loaded");
    await waitFor(() => extension.isActive, "the extension to activate");
  });

  await check("the five commands are registered", async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const command of ["codingdsl.restartServer", "codingdsl.showCompiledJson", "codingdsl.showFhir", "codingdsl.checkWorkspace", "codingdsl.openDiagnosticReference"]) {
      assert.ok(commands.includes(command), command);
    }
  });

  await check("the server publishes IPG327's diagnostics: snomed pending (CDSL0304) and no errors", async () => {
    await waitFor(() => withCode(uri, "CDSL0304").length > 0, "CDSL0304 on `snomed pending`", 60000);
    const errors = vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepEqual(errors.map((d) => `${codeOf(d)} ${d.message}`), []);
  });

  await check("hover on J12.4 shows its official title", async () => {
    const line = document.getText().split("\n").findIndex((l) => l.includes("opcs J12.4"));
    const position = new vscode.Position(line, document.lineAt(line).text.indexOf("J12.4") + 2);
    const hovers = await vscode.commands.executeCommand("vscode.executeHoverProvider", uri, position);
    const shown = hovers.flatMap((hover) => hover.contents.map(text)).join("\n");
    assert.ok(shown.includes(title), `hover: ${shown}`);
  });

  await check("removing the Y53/Y68 statement gives CDSL0501, and its quick fix clears it", async () => {
    const lines = document.getText().split("\n");
    const first = lines.findIndex((l) => l.includes("opcs Y53.-"));
    assert.ok(lines[first + 1].includes("Y68.-"));
    const edit = new vscode.WorkspaceEdit();
    edit.delete(uri, new vscode.Range(first, 0, first + 2, 0));
    assert.ok(await vscode.workspace.applyEdit(edit));
    const [diagnostic] = await waitFor(() => withCode(uri, "CDSL0501").length > 0 && withCode(uri, "CDSL0501"), "CDSL0501");
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    const actions = await vscode.commands.executeCommand("vscode.executeCodeActionProvider", uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => /Y53/.test(action.title) && action.edit);
    assert.ok(fix, `a Y53 fix among: ${actions.map((a) => a.title).join(", ")}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.getText(), /Y53\.-/);
    await waitFor(() => withCode(uri, "CDSL0501").length === 0, "CDSL0501 to clear");
  });

  await check("completion after `opcs J12.` offers J12.4 with its title", async () => {
    const line = document.getText().split("\n").findIndex((l) => l.includes("opcs J12.4"));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(line + 1, 0), "    opcs J12.\n");
    assert.ok(await vscode.workspace.applyEdit(edit));
    const position = new vscode.Position(line + 1, "    opcs J12.".length);
    const list = await vscode.commands.executeCommand("vscode.executeCompletionItemProvider", uri, position);
    // VS Code adds word-based suggestions (a bare "J12.4" from the text); the server's item carries the title.
    const items = list.items.filter((i) => (typeof i.label === "string" ? i.label : i.label.label) === "J12.4");
    assert.ok(items.length > 0, `J12.4 among ${list.items.length} items`);
    const shown = items.map((item) => [typeof item.label === "object" ? item.label.description : "", item.detail, text(item.documentation)].join(" "));
    assert.ok(shown.some((s) => s.includes(title)), `J12.4's title shown: ${shown.join(" | ")}`);
    const undo = new vscode.WorkspaceEdit();
    undo.delete(uri, new vscode.Range(line + 1, 0, line + 2, 0));
    await vscode.workspace.applyEdit(undo);
  });

  for (const [command, format] of [["codingdsl.showCompiledJson", "json"], ["codingdsl.showFhir", "fhir"]]) {
    await check(`${command} opens the ${format} export as a read-only document`, async () => {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand(command);
      const shown = await waitFor(
        () => vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === "codingdsl-export" && e.document.uri.query.includes(`format=${format}`)),
        "the export document",
      );
      const content = shown.document.getText();
      if (content.includes("does not support codingdsl/export")) {
        throw new Skip("the language server does not implement codingdsl/export yet");
      }
      assert.equal(shown.document.languageId, "json");
      const parsed = JSON.parse(content);
      assert.ok(JSON.stringify(parsed).includes("IPG327"), "the export names the guidance");
      if (format === "fhir") assert.ok(parsed.resourceType, "a FHIR resource");
    });
  }

  await check("check workspace reports the unopened broken file", async () => {
    const broken = vscode.Uri.joinPath(folder, "rules", "broken.coding");
    assert.equal(vscode.workspace.textDocuments.some((d) => d.uri.toString() === broken.toString()), false);
    await vscode.commands.executeCommand("codingdsl.checkWorkspace");
    await waitFor(() => vscode.languages.getDiagnostics(broken).some((d) => d.severity === vscode.DiagnosticSeverity.Error), "an error in rules/broken.coding");
  });

  fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2));
}

module.exports = { run };
