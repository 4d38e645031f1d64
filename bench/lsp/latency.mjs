// Latency harness: the real server over stdio, driven as an editor would. Prints numbers; asserts nothing.
//   node latency.mjs [--files 2000] [--lines 5000] [--runs 100] [--stale-titles]
//                    [--case 50k] [--guidance-lines N] [--edit-at note|end] [--server-counter <log prefix>] [--settle]
//                    [--vscode-completion] [--server <native codingdsl executable>]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';
import { startServer } from '../../tests/e2e/lsp/server.mjs';
import { useStaleTitles, writeCorpus } from './corpus.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
if ('stale-titles' in args) {
  useStaleTitles();
}
// --case 50k: the large case, a 50,000-line file of 99 guidances (one every 500 lines).
const large = args.case === '50k';
const files = Number(args.files ?? 2000);
const lines = Number(args.lines ?? (large ? 50000 : 5000));
const guidanceLines = Number(args['guidance-lines'] ?? (large ? 500 : Infinity));
const runs = Number(args.runs ?? 100);
// note: type into the first variant's note (inside a block); end: into a comment after the last `}`
// (outside every block, as the outside probe edits).
const editAt = args['edit-at'] ?? 'note';
// A log message the server may send with its own count of diagnostics it left unsent because they had
// not changed (the server's wording is its own: pass the message's start); the last one is printed.
const serverCounter = args['server-counter'];

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (v) => `${v.toFixed(1)} ms`;
const rssMb = (pid, field) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(field));
  return line ? Number(line.split(/\s+/)[1]) / 1024 : NaN;
};

const folder = mkdtempSync(join(tmpdir(), 'codingdsl-bench-'));
const bigPath = writeCorpus(folder, files, lines, guidanceLines);
const bigUri = pathToFileURL(bigPath).href;
let text = readFileSync(bigPath, 'utf8');

// --server: a native executable (the Native AOT build) instead of the built .dll (tests/e2e/lsp/server.mjs).
if (args.server) {
  process.env.CODINGDSL_SERVER = args.server;
}
const server = startServer();
const connection = createProtocolConnection(new StreamMessageReader(server.child.stdout), new StreamMessageWriter(server.child.stdin));
const waiters = [];
const onMessage = (kind, params) => {
  for (const w of [...waiters]) {
    if (w.kind === kind && w.match(params)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(performance.now());
    }
  }
};
const waitFor = (kind, match) => new Promise((resolve) => waiters.push({ kind, match, resolve }));
// What the server sends per keystroke: publications and the diagnostics in them, for any file.
const sent = { publications: 0, diagnostics: 0, ownPublications: 0, ownDiagnostics: 0 };
let lastCounter;
// The server's account of its background work each time it goes idle (files, longest step, steps
// taken beside a busy foreground): what a keystroke may have waited for while the workspace loaded.
const backgroundIdle = [];
const publishedUris = [];
let lastOtherPublication = 0;
connection.onNotification('textDocument/publishDiagnostics', (p) => {
  sent.publications++;
  publishedUris.push(p.uri);
  if (p.uri !== bigUri) {
    lastOtherPublication = performance.now();
  }
  sent.diagnostics += p.diagnostics.length;
  if (p.uri === bigUri) {
    sent.ownPublications++;
    sent.ownDiagnostics += p.diagnostics.length;
  }
  onMessage('diagnostics', p);
});
connection.onNotification('window/logMessage', (p) => {
  if (serverCounter && p.message.startsWith(serverCounter)) {
    lastCounter = p.message;
  }
  onMessage('log', p);
});
// The server traces each publication it does not send because the diagnostics did not change.
const handledIn = {};
const queuedIn = {};
const writtenIn = {};
// The server's garbage collections during each request, and its process totals (see RuntimeCounters).
const gcDuring = {};
let gcTotals;
// The most memory the GC held at any traced message, and the heap the last collection before it left.
let gcPeak;
const gcTotalsAt = () => gcTotals && { ...gcTotals };
connection.onNotification('$/logTrace', (p) => {
  const gc = /^gc \+(\d+)\/\+(\d+)\/\+(\d+) paused ([\d.]+) ms; totals gc (\d+)\/(\d+)\/(\d+) paused ([\d.]+) ms allocated ([\d.]+) MB/.exec(p.verbose ?? '');
  if (gc) {
    const [, d0, d1, d2, dPause, g0, g1, g2, pause, allocated] = gc.map(Number);
    const method = p.message.split(' ')[0];
    const during = (gcDuring[method] ??= { requests: 0, withGc: 0, gen1: 0, gen2: 0, pause: 0 });
    during.requests++;
    during.withGc += d0 + d1 + d2 > 0 ? 1 : 0;
    during.gen1 += d1;
    during.gen2 += d2;
    during.pause += dPause;
    gcTotals = { g0, g1, g2, pause, allocated };
    const heap = /heap after gen(\d) ([\d.]+) MB, GC committed ([\d.]+) MB/.exec(p.verbose);
    if (heap && Number(heap[3]) > (gcPeak?.committed ?? 0)) {
      gcPeak = { committed: Number(heap[3]), heap: Number(heap[2]), generation: heap[1], method: p.message.split(' ')[0] };
    }
  }
  // The server's own time per request ("textDocument/completion handled in 3.2 ms"): the rest of a
  // round trip is queueing, serialisation and transport.
  const handled = /^(\S+) handled in ([\d.]+) ms/.exec(p.message);
  if (handled) {
    (handledIn[handled[1]] ??= []).push(Number(handled[2]));
  }
  // The server's split of the rest ("; arrived → started 2.1 ms, ended → written 0.9 ms"): from the read
  // that brought the message to its handler's start (the dispatch queue, thread wake-ups), and from the
  // handler's end to its answer written (serialisation, the output lock).
  const split = /^(\S+) handled in [\d.]+ ms; arrived → started ([\d.]+) ms(?:, ended → written ([\d.]+) ms)?/.exec(p.message);
  if (split) {
    (queuedIn[split[1]] ??= []).push(Number(split[2]));
    if (split[3] !== undefined) {
      (writtenIn[split[1]] ??= []).push(Number(split[3]));
    }
  }
  if (p.message.startsWith('background analysis idle: ')) {
    backgroundIdle.push(p.message.slice('background analysis idle: '.length));
  }
  onMessage('trace', p);
});
// CPU seconds (user + system) the server has used so far: beside wall times on a shared machine.
const cpuSeconds = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
connection.onRequest('client/registerCapability', () => null);
// As VS Code does: the server asks for the `codingdsl` settings after `initialized` (none are set here).
connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
connection.listen();

console.log(`server: ${server.dll}`);
console.log(`corpus: ${files} files + one ${text.split('\n').length}-line file in ${folder}`);

const started = performance.now();
const loaded = waitFor('log', (p) => p.message.startsWith('Loaded '));
await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: pathToFileURL(folder).href,
  workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
  trace: 'verbose', // the server's collections and allocations come in each trace's verbose part
  capabilities: {
    workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
    // --vscode-completion: the completion capabilities VS Code's client (vscode-languageclient 11) sends:
    // labelDetails on every row, and list item defaults (the shared edit range sent once).
    ...('vscode-completion' in args
      ? { textDocument: { completion: { completionItem: { labelDetailsSupport: true, snippetSupport: true }, completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] } } } }
      : {}),
  },
});
await connection.sendNotification('initialized', {});
const firstDiagnostics = waitFor('diagnostics', (p) => p.uri === bigUri && p.version === 1);
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'coding', version: 1, text } });
const firstAt = await firstDiagnostics;
const firstCpu = cpuSeconds(server.child.pid);
const loadedAt = await loaded;
console.log(`initialize → first diagnostics of the open ${lines}-line file: ${ms(firstAt - started)} (server CPU by then ${(firstCpu * 1000).toFixed(0)} ms, load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]})`);
console.log(`initialize → workspace of ${files} files loaded (background): ${ms(loadedAt - started)}`);

// --settle: start typing only once the background analysis of the workspace is done (no other file
// published for a second), to see a keystroke's cost in steady state rather than beside that work.
if ('settle' in args) {
  while (lastOtherPublication === 0 || performance.now() - lastOtherPublication < 1000) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  console.log(`settled: the last workspace file was published ${ms(lastOtherPublication - started)} after initialize; typing starts now`);
}

// didChange → publishDiagnostics: type one character into a note (or a comment after the last `}`), then take it out again.
let unchangedEdits = 0;
let version = 1;
let noteLine;
let column;
if (editAt === 'end') {
  const lastLine = text.split('\n').length - 1;
  version++;
  const published = waitFor('diagnostics', (p) => p.uri === bigUri && p.version === version);
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri: bigUri, version }, contentChanges: [{ range: { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: 0 } }, text: '// probe' }] });
  await published;
  text += '// probe';
  noteLine = lastLine;
  column = '// probe'.length;
} else {
  noteLine = text.split('\n').findIndex((l) => l.includes('note "Variant 0'));
  column = text.split('\n')[noteLine].indexOf('Variant 0') + 'Variant 0'.length;
}
const changeTimes = [];
const sentBefore = { ...sent };
const gcBeforeEdits = gcTotalsAt();
for (let i = 0; i < runs; i++) {
  version++;
  const insert = i % 2 === 0;
  const range = insert
    ? { start: { line: noteLine, character: column }, end: { line: noteLine, character: column } }
    : { start: { line: noteLine, character: column }, end: { line: noteLine, character: column + 1 } };
  const published = waitFor('diagnostics', (p) => p.uri === bigUri && p.version === version);
  const unchanged = waitFor('trace', (p) => p.message.startsWith(`publishDiagnostics not sent (unchanged): ${bigUri} version ${version};`));
  const sent = performance.now();
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri: bigUri, version }, contentChanges: [{ range, text: insert ? 'x' : '' }] });
  const outcome = await Promise.race([published.then((at) => ({ at, sent: true })), unchanged.then((at) => ({ at, sent: false }))]);
  unchangedEdits += outcome.sent ? 0 : 1;
  changeTimes.push(outcome.at - sent);
}
console.log(`didChange → publishDiagnostics (${lines}-line file, ${runs} edits at ${editAt}): p50 ${ms(percentile(changeTimes, 50))}, p95 ${ms(percentile(changeTimes, 95))}, max ${ms(Math.max(...changeTimes))}; ${runs - unchangedEdits} published, ${unchangedEdits} unchanged (not sent)`);
const perEdit = (key) => ((sent[key] - sentBefore[key]) / runs).toFixed(1);
const gcPer = (from, to, count, what) => {
  if (from && to) {
    console.log(`server per ${what} (process totals): ${((to.allocated - from.allocated) / count).toFixed(2)} MB allocated, collections gen0/1/2 ${to.g0 - from.g0}/${to.g1 - from.g1}/${to.g2 - from.g2} over ${count}, paused ${((to.pause - from.pause) / count).toFixed(2)} ms`);
  }
};
gcPer(gcBeforeEdits, gcTotalsAt(), runs, 'edit');
console.log(`sent per edit: the edited file ${perEdit('ownPublications')} publications, ${perEdit('ownDiagnostics')} diagnostics; all files ${perEdit('publications')} publications, ${perEdit('diagnostics')} diagnostics (the background workspace load may overlap the first edits)`);
if (serverCounter) {
  console.log(`server counter: ${lastCounter ?? '(no message starting with ' + serverCounter + ')'}`);
}

// Completion over the full OPCS-4 table: by code prefix and by title words, on a line of the big file.
const codeLine = text.split('\n').findIndex((l) => l.includes('opcs J12.4'));
const queries = ['J12.', 'J1', 'Y53.', 'liver abl', 'percutaneous ablation', 'kidney'];
const completionTimes = [];
const completionBytes = [];
const gcBeforeCompletions = gcTotalsAt();
let lastLabel = '';
for (let i = 0; i < runs; i++) {
  const query = queries[i % queries.length];
  version++;
  const original = text.split('\n')[codeLine];
  const range = { start: { line: codeLine, character: 0 }, end: { line: codeLine, character: original.length } };
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri: bigUri, version }, contentChanges: [{ range, text: `    opcs ${query}` }] });
  const sent = performance.now();
  const list = await connection.sendRequest('textDocument/completion', { textDocument: { uri: bigUri }, position: { line: codeLine, character: 9 + query.length } });
  completionTimes.push(performance.now() - sent);
  lastLabel = list.items[0]?.label ?? '(none)';
  if (process.env.BENCH_DUMP && i === 0) console.log(JSON.stringify(list).slice(0, 600));
  completionBytes.push(JSON.stringify(list).length);
  version++;
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: bigUri, version },
    contentChanges: [{ range: { start: { line: codeLine, character: 0 }, end: { line: codeLine, character: 9 + query.length } }, text: original }],
  });
}
// A request's trace comes after its answer (with the time the answer took to write): let the last ones arrive.
for (let waited = 0; (handledIn['textDocument/completion']?.length ?? 0) < runs && waited < 2000; waited += 10) {
  await new Promise((resolve) => setTimeout(resolve, 10));
}
gcPer(gcBeforeCompletions, gcTotalsAt(), runs, 'completion and its two edits');
console.log(`completion (after a change, ${runs} requests over ${queries.join(' | ')}): p50 ${ms(percentile(completionTimes, 50))}, p95 ${ms(percentile(completionTimes, 95))}, max ${ms(Math.max(...completionTimes))} (last first item ${lastLabel})`);
for (const [method, times] of Object.entries(handledIn)) {
  console.log(`  server handling ${method}: ${times.length}×, p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(Math.max(...times))}`);
}
for (const [method, times] of Object.entries(queuedIn)) {
  const written = writtenIn[method];
  console.log(`  server split ${method}: arrived → handler start p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`
    + (written ? `; handler end → answer written p50 ${ms(percentile(written, 50))}, p95 ${ms(percentile(written, 95))}` : ''));
}
for (const [method, d] of Object.entries(gcDuring)) {
  if (d.withGc > 0) {
    console.log(`  collections during ${method}: ${d.withGc} of ${d.requests} requests (gen1 ${d.gen1}, gen2 ${d.gen2}), paused ${d.pause.toFixed(1)} ms in all`);
  }
}
const handledCompletion = handledIn['textDocument/completion'] ?? [];
if (handledCompletion.length > 0) {
  console.log(`completion, the server's own handling time: p50 ${ms(percentile(handledCompletion, 50))}, p95 ${ms(percentile(handledCompletion, 95))}, max ${ms(Math.max(...handledCompletion))}; answer ${(completionBytes.reduce((a, b) => a + b, 0) / completionBytes.length / 1024).toFixed(1)} KB of JSON on average`);
}

console.log(`publications in all: ${sent.publications} (${new Set(publishedUris).size} files), the last workspace file's at ${ms(lastOtherPublication - started)} after initialize`);
for (const idle of backgroundIdle) {
  console.log(`server background analysis: ${idle}`);
}
console.log(`server memory: RSS ${rssMb(server.child.pid, 'VmRSS').toFixed(0)} MB, peak ${rssMb(server.child.pid, 'VmHWM').toFixed(0)} MB`);
if (gcPeak) {
  console.log(`server GC: most committed ${gcPeak.committed.toFixed(0)} MB (traced after ${gcPeak.method}; the heap after the last collection, gen${gcPeak.generation}, ${gcPeak.heap.toFixed(0)} MB)`);
}
console.log(`server CPU in all: ${(cpuSeconds(server.child.pid) * 1000).toFixed(0)} ms (load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]})`);

await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
console.log(`exit code: ${await server.exited}`);
connection.dispose();
rmSync(folder, { recursive: true, force: true });
