// The Native AOT `codingdsl` as shipped (the linux-x64 tool package, the linux-x64 .vsix's server),
// named by CODINGDSL_SERVER, against the JIT build of the same sources: exit codes of `check`, the
// JSON and FHIR exports (Newtonsoft.Json and Firely reach their types by reflection, which trimming can
// break without a build error: session 6's first AOT build wrote `{}`) and `lsp` answering initialize.
// Run by scripts/test-aot.sh; `CODINGDSL_SERVER=<executable> node --test scripts/native-cli.test.mjs`.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { probeInitialize } from "./lsp-stdio-probe.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const native = process.env.CODINGDSL_SERVER;
const jitDll = path.join(root, "server", "CodingDsl.Cli", "bin", "Debug", "net10.0", "codingdsl.dll");

function nativeRun(args) {
  assert.ok(native, "CODINGDSL_SERVER names the native codingdsl executable to test (scripts/test-aot.sh sets it)");
  const result = spawnSync(native, args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  assert.equal(result.error, undefined, String(result.error));
  return result;
}

function jitRun(args) {
  const result = spawnSync("dotnet", [jitDll, ...args], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  assert.equal(result.error, undefined, `${jitDll}: ${result.error} (dotnet build server/CodingDsl.Cli first)`);
  return result;
}

describe("native codingdsl", () => {
  it("is an ELF executable, not a .NET apphost beside assemblies", () => {
    const head = readFileSync(native).subarray(0, 4);
    assert.deepEqual([...head], [0x7f, 0x45, 0x4c, 0x46], `${native} is an ELF file`);
    assert.match(nativeRun(["--version"]).stdout, /^\d+\.\d+\.\d+/, "--version answers");
  });

  it("check: 0 for the clean samples, 1 for a file with an error (naming it), 2 with a one-line reason for a missing file", () => {
    const clean = nativeRun(["check", "samples"]);
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    assert.match(clean.stdout, /^All \d+ files are clean/m);

    const broken = nativeRun(["check", "tests/cases/invalid/CDSL0101-syntax-error.coding"]);
    assert.equal(broken.status, 1, broken.stdout + broken.stderr);
    assert.match(broken.stdout, /CDSL0101/);

    const missing = nativeRun(["check", "no-such-file.coding"]);
    assert.equal(missing.status, 2, missing.stdout + missing.stderr);
    assert.equal(missing.stderr.trim().split("\n").length, 1, `one line: ${missing.stderr}`);
  });

  for (const format of ["json", "fhir", "csv"]) {
    it(`export --format ${format} of the samples writes byte for byte what the JIT build writes`, () => {
      const aot = nativeRun(["export", "--format", format, "samples"]);
      const jit = jitRun(["export", "--format", format, "samples"]);
      assert.equal(aot.status, jit.status, aot.stderr);
      assert.ok(aot.stdout.length > 10_000, `a full export, not an empty object: ${aot.stdout.slice(0, 200)}`);
      assert.equal(aot.stdout, jit.stdout);
      if (format === "fhir") {
        const bundle = JSON.parse(aot.stdout);
        assert.equal(bundle.resourceType, "Bundle");
        assert.ok(bundle.entry.length > 0, "the bundle has entries");
      }
    });
  }

  it("lsp answers initialize with the server's capabilities", async () => {
    const result = await probeInitialize(native, ["lsp"], { cwd: root });
    assert.ok(result.capabilities?.completionProvider, "completion is offered");
    assert.ok(result.capabilities?.hoverProvider, "hover is offered");
  });
});
