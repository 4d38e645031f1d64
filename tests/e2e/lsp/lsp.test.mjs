// The real built server as a child process over stdio, driven by the npm LSP client library.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js';
import { codingdslCommand, repoRoot, startServer } from './server.mjs';
import { applyEdits, lineOf } from './text.mjs';

const patienceMs = 30_000;

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out waiting for ${what}`)), patienceMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Collects publishDiagnostics and lets a test wait for the one for a given document version. The
// server does not send diagnostics the client already has (traced instead, with traces on): for such
// a version the last publication for the document is the answer.
function diagnosticsInbox(connection) {
  const received = [];
  const waiters = [];
  const unchangedSeen = new Set();
  connection.onNotification('$/logTrace', (params) => {
    const unchanged = /^publishDiagnostics not sent \(unchanged\): (\S+ version \d+);/.exec(params.message);
    if (unchanged) unchangedSeen.add(unchanged[1]);
    for (const waiter of [...waiters]) {
      if (waiter.unchanged && params.message.startsWith(`publishDiagnostics not sent (unchanged): ${waiter.unchanged};`)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(received.findLast((p) => p.uri === waiter.uri));
      }
    }
  });
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    received.push(params);
    for (const waiter of [...waiters]) {
      if (waiter.match(params)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  return {
    /** The first publication, received already or to come, that matches. */
    matching(match, what) {
      const found = received.find(match);
      return withTimeout(found ? Promise.resolve(found) : new Promise((resolve) => waiters.push({ match, resolve })), what);
    },
    forVersion(uri, version) {
      const match = (p) => p.uri === uri && p.version === version;
      const found = received.find(match);
      const unchanged = `${uri} version ${version}`;
      if (!found && unchangedSeen.has(unchanged)) return Promise.resolve(received.findLast((p) => p.uri === uri));
      return withTimeout(found ? Promise.resolve(found) : new Promise((resolve) => waiters.push({ match, resolve, uri, unchanged })), `diagnostics for ${uri} v${version}`);
    },
  };
}

test('the language server over stdio: diagnostics, incremental change, quick fix, shutdown', async (t) => {
  const workspace = mkdtempSync(join(tmpdir(), 'codingdsl-e2e-'));
  t.after(() => rmSync(workspace, { recursive: true, force: true }));
  const file = join(workspace, 'IPG327.coding');
  copyFileSync(join(repoRoot, 'samples/IPG327.coding'), file);
  const uri = pathToFileURL(file).href;
  let text = readFileSync(file, 'utf8');

  const server = startServer();
  t.after(() => server.child.kill());
  const connection = createProtocolConnection(new StreamMessageReader(server.child.stdout), new StreamMessageWriter(server.child.stdin));
  const registrations = [];
  connection.onRequest('client/registerCapability', (params) => {
    registrations.push(...params.registrations);
    return null;
  });
  // The editor's `codingdsl` settings, as VS Code answers them (null: nothing set).
  let settings = null;
  const settingsRequests = [];
  connection.onRequest('workspace/configuration', (params) => {
    settingsRequests.push(params);
    return params.items.map(() => settings);
  });
  connection.onRequest('window/workDoneProgress/create', () => null);
  const diagnostics = diagnosticsInbox(connection);
  connection.listen();

  const init = await withTimeout(connection.sendRequest('initialize', {
    processId: process.pid,
    trace: 'messages',
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'e2e' }],
    capabilities: {
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } } },
    },
  }), 'initialize');
  assert.equal(init.capabilities.textDocumentSync.change, 2, 'incremental sync');
  assert.deepEqual(init.capabilities.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll', 'source.upgrade.codingdsl']);
  await connection.sendNotification('initialized', {});

  await t.test('opening IPG327 gives no errors', async () => {
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'coding', version: 1, text } });
    const published = await diagnostics.forVersion(uri, 1);
    assert.deepEqual(published.diagnostics.filter((d) => d.severity === 1), []);
  });

  let imageControl;
  await t.test('deleting the Y53/Y68 line gives the image-control error', async () => {
    const first = lineOf(text, 'opcs Y53.-');
    const change = { range: { start: { line: first, character: 0 }, end: { line: first + 2, character: 0 } }, text: '' };
    text = applyEdits(text, [{ range: change.range, newText: '' }]);
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [change] });
    const published = await diagnostics.forVersion(uri, 2);
    imageControl = published.diagnostics.find((d) => d.code === 'CDSL0501');
    assert.ok(imageControl, `CDSL0501 among ${JSON.stringify(published.diagnostics.map((d) => d.code))}`);
    assert.equal(imageControl.severity, 1);
    assert.equal(imageControl.source, 'codingdsl');
    assert.match(imageControl.codeDescription.href, /diagnostics\.md#cdsl0501$/);
  });

  await t.test('the quick fix adds the line back and the file is clean again', async () => {
    const actions = await withTimeout(connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: imageControl.range,
      context: { diagnostics: [imageControl] },
    }), 'codeAction');
    const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred);
    assert.ok(fix, `a preferred quick fix among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(fix.diagnostics[0].code, 'CDSL0501');
    const edits = fix.edit.changes[uri];
    // Send the edits as incremental changes, last first, as an editor applying a workspace edit does.
    const sorted = [...edits].reverse();
    text = applyEdits(text, edits);
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: sorted.map((e) => ({ range: e.range, text: e.newText })),
    });
    const published = await diagnostics.forVersion(uri, 3);
    assert.deepEqual(published.diagnostics.filter((d) => d.severity === 1), []);
    assert.match(text, /Y53\.-/);
  });

  await t.test('completion after "opcs J12." offers J12.4 with its title, and "liver abl" finds it too', async () => {
    const line = lineOf(text, 'opcs J12.4') + 1;
    const typed = '    opcs J12.';
    const insert = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: `${typed}\n` };
    text = applyEdits(text, [{ range: insert.range, newText: insert.text }]);
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [insert] });
    const byCode = await withTimeout(connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character: typed.length } }), 'completion');
    const j124 = byCode.items.find((i) => i.label === 'J12.4');
    assert.equal(j124?.detail, 'Percutaneous radiofrequency ablation of lesion of liver');
    assert.equal(j124.textEdit.newText, 'J12.4 "Percutaneous radiofrequency ablation of lesion of liver"');

    const words = { range: { start: { line, character: 9 }, end: { line, character: typed.length } }, text: 'liver abl' };
    text = applyEdits(text, [{ range: words.range, newText: words.text }]);
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [words] });
    const byTitle = await withTimeout(connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character: 9 + words.text.length } }), 'completion');
    const ranked = [...byTitle.items].sort((a, b) => a.sortText.localeCompare(b.sortText));
    assert.equal(ranked[0].label, 'J12.4');

    const remove = { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' };
    text = applyEdits(text, [{ range: remove.range, newText: '' }]);
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 6 }, contentChanges: [remove] });
    const published = await diagnostics.forVersion(uri, 6);
    assert.deepEqual(published.diagnostics.filter((d) => d.severity === 1), []);
  });

  await t.test('hover over J12.4 shows its official title', async () => {
    const line = lineOf(text, 'opcs J12.4');
    const character = text.split('\n')[line].indexOf('J12.4') + 2;
    const hover = await withTimeout(connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }), 'hover');
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /^\*\*J12\.4\*\* Percutaneous radiofrequency ablation of lesion of liver/);
  });

  await t.test('the server asked to watch rule files and codingdsl.json', () => {
    const watchers = registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles')?.registerOptions.watchers.map((w) => w.globPattern);
    assert.deepEqual(watchers, ['**/*.coding', '**/codingdsl.json']);
  });

  await t.test('a severity from the editor settings is applied when they change', async () => {
    settings = { diagnostics: { CDSL0304: 'warning' }, trace: { server: 'off' } };
    await connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const published = await diagnostics.matching(
      (p) => p.uri === uri && p.diagnostics.some((d) => d.code === 'CDSL0304' && d.severity === 2),
      'CDSL0304 as a warning');
    assert.equal(published.version, 6);
    assert.deepEqual(settingsRequests.at(-1).items, [{ section: 'codingdsl' }]);
    const registration = registrations.find((r) => r.method === 'workspace/didChangeConfiguration');
    assert.deepEqual(registration?.registerOptions, { section: 'codingdsl' });
  });

  await t.test('formatting a messy but valid layout gives what `codingdsl format` writes', async () => {
    const canonical = readFileSync(join(repoRoot, 'samples/IPG327.coding'), 'utf8');
    // Tabs for indentation, padding inside a block header and trailing blanks: the same tokens, another layout.
    const messy = canonical
      .split('\n')
      .map((l) => l.replace(/^( +)/, (m) => '\t'.repeat(m.length / 2)).replace(/ \{$/, '   {'))
      .map((l) => (l.includes('//') || l === '' ? l : `${l}   `))
      .join('\n');
    assert.notEqual(messy, canonical);
    text = messy;
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 7 }, contentChanges: [{ text: messy }] });
    const edits = await withTimeout(connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }), 'formatting');
    assert.ok(edits.length > 0);
    const formatted = applyEdits(messy, edits);

    const copy = join(workspace, 'messy-copy.txt');
    writeFileSync(copy, messy);
    const format = codingdslCommand(['format', copy]);
    const cli = spawnSync(format.command, format.args, { encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    assert.equal(formatted, readFileSync(copy, 'utf8'));
    assert.equal(formatted, canonical);
  });

  await t.test('shutdown and exit end the process with code 0', async () => {
    const result = await withTimeout(connection.sendRequest('shutdown'), 'shutdown');
    assert.equal(result, null);
    await connection.sendNotification('exit');
    const code = await withTimeout(server.exited, 'the process to exit');
    assert.equal(code, 0, server.stderr());
  });
  connection.dispose();
});
