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

export function startServer() {
  const dll = serverDll();
  // The environment the VS Code client starts the server with (client/src/serverEnvironment.ts: a 32 MiB
  // gen0 budget), so bench/lsp measures what users run; a DOTNET_GCgen0size already set wins.
  const env = { DOTNET_GCgen0size: '0x2000000', ...process.env };
  const child = spawn('dotnet', [dll, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
  const stderr = [];
  child.stderr.on('data', (chunk) => stderr.push(chunk));
  const exited = new Promise((resolveExit) => child.on('exit', (code) => resolveExit(code)));
  return { child, dll, exited, stderr: () => Buffer.concat(stderr).toString('utf8') };
}
