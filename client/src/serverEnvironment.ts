// The environment the language server process starts with: the extension host's, plus the .NET GC
// settings the server's keystroke latency depends on. Pure (no `vscode`), so it is unit-tested.

/**
 * The smallest gen0 budget (bytes, hex as .NET reads it): 32 MiB. The workstation GC's default is at
 * most 6 MiB whatever the cache size, and a keystroke with its completion allocates 2–5 MiB, so about
 * one collection per keystroke paused the server (bench/lsp: 130 collections in 100 edits, 27 of 100
 * completions paused by one). With 32 MiB: 19 in 100 edits, 6 of 100 completions, 10–20 MB more RSS.
 * .NET reads this setting only from the environment (no runtimeconfig.json name), hence here.
 * See docs/performance.md ("Keystroke latency: collections").
 */
export const gen0Budget = "0x2000000";

/** The server's environment: `env` with DOTNET_GCgen0size set unless the user set it (or GCgen0size under the COMPlus_ prefix). */
export function serverEnvironment(env: Record<string, string | undefined>): Record<string, string | undefined> {
  if (env.DOTNET_GCgen0size !== undefined || env.COMPlus_GCgen0size !== undefined) {
    return env;
  }
  return { ...env, DOTNET_GCgen0size: gen0Budget };
}
