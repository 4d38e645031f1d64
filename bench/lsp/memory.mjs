// Memory harness: the real server over stdio, one large document opened, analysed, edited and closed.
// Prints the server's resident memory (VmRSS, and VmHWM for the peak) at each step, and after the edits
// how long each waited for its diagnostics (wall) and the server's CPU time over them; asserts nothing.
//   node memory.mjs [--duplicates 1] [--lines 50000] [--file PATH] [--edits 20] [--cycles 3] [--hold 30]
// --hold S: keeps the server S seconds after the last close (for dotnet-gcdump collect -p <pid>).
// --duplicates N: N MB of one-line-procedure guidance blocks that all share one id (every block a
// duplicate-id error: the issue 11 hostile 1 MB file). --file PATH: that file's text (any hostile input).
// Otherwise --lines N: bench/lsp's large file.
import { readFileSync } from 'node:fs';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';
import { startServer } from '../../tests/e2e/lsp/server.mjs';
import { bigFile } from './corpus.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const edits = Number(args.edits ?? 20);
const cycles = Number(args.cycles ?? 3);
let text;
let what;
if (args.file) {
  text = readFileSync(args.file, 'utf8');
  what = `${args.file} (${(text.length / 1024 / 1024).toFixed(2)} M characters)`;
} else if (args.duplicates) {
  const block = 'guidance IPG1 "t" {\n  procedure {\n    opcs J12.4 "x"\n  }\n}\n';
  text = block.repeat(Math.ceil((Number(args.duplicates) * 1024 * 1024) / block.length));
  what = `${(text.length / 1024 / 1024).toFixed(2)} MB of ${text.length / block.length} duplicate guidance blocks`;
} else {
  text = bigFile(Number(args.lines ?? 50000));
  what = `${text.split('\n').length}-line file (${(text.length / 1024 / 1024).toFixed(2)} MB)`;
}

const status = (pid) => Object.fromEntries(readFileSync(`/proc/${pid}/status`, 'utf8').split('\n')
  .filter((l) => l.startsWith('VmRSS') || l.startsWith('VmHWM'))
  .map((l) => [l.split(':')[0], (Number(l.split(/\s+/)[1]) / 1024).toFixed(0)]));
const server = startServer();
const pid = server.child.pid;
const report = (step) => { const s = status(pid); console.log(`${step}: RSS ${s.VmRSS} MB, peak ${s.VmHWM} MB`); };
// utime + stime of the server, in seconds (clock ticks of 1/100 s on Linux).
const cpu = () => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) / 100; };
const connection = createProtocolConnection(new StreamMessageReader(server.child.stdout), new StreamMessageWriter(server.child.stdin));
const waiters = [];
const published = (uri, version) => new Promise((resolve) => waiters.push({ uri, version, resolve }));
connection.onNotification('textDocument/publishDiagnostics', (p) => {
  for (const w of [...waiters]) {
    if (w.uri === p.uri && (w.version === undefined || w.version === p.version)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(p.diagnostics.length);
    }
  }
});
// A publication the server does not send (the diagnostics did not change) is traced instead.
connection.onNotification('$/logTrace', (p) => {
  for (const w of [...waiters]) {
    if (w.version !== undefined && p.message.startsWith(`publishDiagnostics not sent (unchanged): ${w.uri} version ${w.version};`)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(-1);
    }
  }
});
connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
connection.listen();
await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, trace: 'messages', capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
await connection.sendNotification('initialized', {});
console.log(`server: ${server.dll}\ndocument: ${what}`);
report('started');
const uri = 'file:///bench-memory/big.coding';
for (let cycle = 1; cycle <= cycles; cycle++) {
  const first = published(uri, 1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'coding', version: 1, text } });
  const count = await first;
  report(`cycle ${cycle}: opened, ${count} diagnostics`);
  // Edits that move every diagnostic (a line inserted, then removed, at the top).
  const waits = [];
  const cpuBefore = cpu();
  for (let version = 2; version <= edits + 1; version++) {
    const started = process.hrtime.bigint();
    const range = version % 2 === 0 ? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } : { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
    const done = published(uri, version);
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: version % 2 === 0 ? '// edit\n' : '' }] });
    await done;
    waits.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  report(`cycle ${cycle}: after ${edits} edits`);
  const sorted = [...waits].sort((a, b) => a - b);
  console.log(`  edit → diagnostics: median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms; server CPU ${((cpu() - cpuBefore) / edits * 1000).toFixed(0)} ms per edit; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  const cleared = published(uri, undefined);
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  await cleared;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  report(`cycle ${cycle}: closed`);
}
if (args.hold) {
  console.log(`holding for ${args.hold} s: server pid ${pid}`);
  await new Promise((resolve) => setTimeout(resolve, Number(args.hold) * 1000));
  report('held');
}
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
await server.exited;
connection.dispose();
