// Issue 11 reproducers against the real built server over stdio: a 20 MB document and malformed URIs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js';
import { startServer } from './server.mjs';

const patienceMs = 60_000;

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out waiting for ${what}`)), patienceMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function start(t) {
  const server = startServer();
  t.after(() => server.child.kill());
  const connection = createProtocolConnection(new StreamMessageReader(server.child.stdout), new StreamMessageWriter(server.child.stdin));
  const published = [];
  const shown = [];
  connection.onNotification('textDocument/publishDiagnostics', (params) => published.push(params));
  connection.onNotification('window/showMessage', (params) => shown.push(params));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  connection.listen();
  await withTimeout(connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } }), 'initialize');
  await connection.sendNotification('initialized', {});
  const until = async (find, what) => withTimeout((async () => {
    for (;;) {
      const found = find();
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })(), what);
  return { server, connection, published, shown, until };
}

test('a 20 MB document is not analysed, the user is told, and another document still is', async (t) => {
  const { connection, published, shown, until } = await start(t);
  const block = 'guidance IPG1 "t" {\n  procedure {\n    opcs J12.4 "x"\n  }\n}\n';
  const big = block.repeat(Math.ceil(20 * 1024 * 1024 / block.length));
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///e2e/big.coding', languageId: 'coding', version: 1, text: big } });
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///e2e/small.coding', languageId: 'coding', version: 1, text: 'guidance IPG2 "t" {\n  bogus\n}\n' } });

  const notice = await until(() => shown.find((m) => m.message.includes('big.coding')), 'the size notice');
  const small = await until(() => published.find((p) => p.uri === 'file:///e2e/small.coding'), 'diagnostics of the small document');
  const symbols = await withTimeout(connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///e2e/small.coding' } }), 'symbols of the small document');

  assert.equal(notice.type, 2);
  assert.match(notice.message, /not analysed/);
  assert.ok(small.diagnostics.length > 0, 'the small document is analysed');
  assert.ok(symbols.length > 0);
  const bigPublished = published.filter((p) => p.uri === 'file:///e2e/big.coding');
  assert.ok(bigPublished.every((p) => p.diagnostics.length === 0), 'no diagnostics for the document past the limit');
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///e2e/big.coding' } });
  await withTimeout(connection.sendRequest('shutdown'), 'shutdown');
});

test('malformed file URIs are served as documents of their own, not internal errors', async (t) => {
  const { server, connection, published, until } = await start(t);
  for (const uri of ['file:///%00', 'file:///a%00b.coding']) {
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'coding', version: 1, text: 'guidance X "x" {\n}\nbogus\n' } });
    const diagnostics = await until(() => published.find((p) => p.uri === uri), `diagnostics of ${uri}`);
    const report = await withTimeout(connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }), `diagnostic request for ${uri}`);
    assert.ok(diagnostics.diagnostics.length > 0);
    assert.equal(report.kind, 'full');
  }
  await withTimeout(connection.sendRequest('shutdown'), 'shutdown');
  assert.doesNotMatch(server.stderr(), /Exception/);
});

test('1 MB of repeated findings: one warning for a repeated alternative, and at most 1,000 items a document with a note counting the rest', async (t) => {
  const { connection, published, until } = await start(t);
  const alternatives = `guidance IPG1 "t" {\n  procedure {\n    opcs ${Array(116_508).fill('J12.4').join(' or ')}\n  }\n}\n`;
  const statements = `guidance IPG2 "t" {\n  procedure {\n${'    opcs J12.4\n'.repeat(69_902)}  }\n}\n`;
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///e2e/alternatives.coding', languageId: 'coding', version: 1, text: alternatives } });
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///e2e/statements.coding', languageId: 'coding', version: 1, text: statements } });

  const one = await until(() => published.find((p) => p.uri === 'file:///e2e/alternatives.coding'), 'diagnostics of the repeated statement');
  const many = await until(() => published.find((p) => p.uri === 'file:///e2e/statements.coding'), 'diagnostics of the repeated statements');

  const repeated = one.diagnostics.filter((d) => d.code === 'CDSL0207');
  assert.equal(repeated.length, 1);
  assert.match(repeated[0].message, /This statement repeats it 116,506 more times after this\.$/);
  assert.equal(many.diagnostics.length, 1000);
  const note = many.diagnostics.at(-1);
  assert.equal(note.code, 'maxDiagnosticsPerDocument');
  assert.match(note.message, /^68,902 more findings are not shown \(68,902 warnings\).*`codingdsl check statements\.coding` lists them all\.$/);
  await withTimeout(connection.sendRequest('shutdown'), 'shutdown');
});
