// Bundles the extension client with esbuild: client/src/extension.ts -> dist/extension.js (CommonJS,
// `vscode` left to the extension host). With --tests, also bundles client/test/*.test.ts into
// out/client-tests/ for `node --test` (those tests import only the pure modules, never `vscode`).
import { build } from "esbuild";
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const production = process.argv.includes("--production");
const withTests = process.argv.includes("--tests");

await build({
  absWorkingDir: root,
  entryPoints: ["client/src/extension.ts"],
  outfile: "dist/extension.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["vscode"],
  minify: production,
  sourcemap: production ? false : "linked",
  logLevel: "warning",
});

if (withTests) {
  const testDir = path.join(root, "client", "test");
  const entryPoints = readdirSync(testDir).filter((name) => name.endsWith(".test.ts")).map((name) => path.join("client", "test", name));
  rmSync(path.join(root, "out", "client-tests"), { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints,
    outdir: "out/client-tests",
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    external: ["vscode"],
    sourcemap: "inline",
    logLevel: "warning",
  });
}
