// Finds and starts the real built language server over stdio.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

// `codingdsl lsp` from the built CLI (Release first, then Debug); CODINGDSL_SERVER_DLL overrides it.
export function serverDll() {
  if (process.env.CODINGDSL_SERVER_DLL) {
    return process.env.CODINGDSL_SERVER_DLL;
  }
  for (const configuration of ['Release', 'Debug']) {
    const cli = join(repoRoot, 'server/CodingDsl.Cli/bin', configuration, 'net10.0/codingdsl.dll');
    const deps = cli.replace(/\.dll$/, '.deps.json');
    if (existsSync(cli) && existsSync(deps) && readFileSync(deps, 'utf8').includes('CodingDsl.LanguageServer')) {
      return cli;
    }
  }
  throw new Error('No built server: run `dotnet build server/CodingDsl.Cli` first, or set CODINGDSL_SERVER_DLL.');
}

// How to run `codingdsl <args>`: CODINGDSL_SERVER names a native executable (the Native AOT build of
// the linux-x64 .vsix and tool package), run directly with no dotnet, so a trimming or reflection break
// in the shipped binary fails these tests; otherwise the .dll above, run with dotnet.
export function codingdslCommand(args) {
  const native = process.env.CODINGDSL_SERVER;
  if (native) {
    if (!existsSync(native)) {
      throw new Error(`CODINGDSL_SERVER is ${native}, but there is no file there.`);
    }
    return { command: native, args, target: native };
  }
  const dll = serverDll();
  return { command: 'dotnet', args: [dll, ...args], target: dll };
}

export function startServer() {
  const { command, args, target } = codingdslCommand(['lsp', '--stdio']);
  // The environment the VS Code client starts the server with (client/src/serverEnvironment.ts: a 32 MiB
  // gen0 budget), so bench/lsp measures what users run; a DOTNET_GCgen0size already set wins.
  const env = { DOTNET_GCgen0size: '0x2000000', ...process.env };
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], env });
  const stderr = [];
  child.stderr.on('data', (chunk) => stderr.push(chunk));
  const exited = new Promise((resolveExit) => child.on('exit', (code) => resolveExit(code)));
  return { child, dll: target, exited, stderr: () => Buffer.concat(stderr).toString('utf8') };
}
