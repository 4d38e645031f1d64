// Unpacks each built .vsix (npm run package / package:linux-x64) and checks what a user installs:
// the manifest, the bundled client, the server, the grammar, the NOTICE, LICENSE, CHANGELOG, the
// users' README and the icon the Marketplace shows, and nothing it does not need.
// The linux-x64 .vsix's server (Native AOT: one native executable) is then started with no dotnet reachable. First, packaging is run
// once more beside a Release build, which it must leave as it was (docs/cli.md points at it).
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it, after } from "node:test";
import { fileURLToPath } from "node:url";
import { probeInitialize } from "./lsp-stdio-probe.mjs";
import { readZip } from "./vsix-zip.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const universal = path.join(root, `codingdsl-${version}.vsix`);
const linux = path.join(root, `codingdsl-linux-x64-${version}.vsix`);

// Everything a .vsix may hold. Anything else (sources, tests, maps, pdbs, node_modules) fails the test.
const allowed = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/(package\.json|readme\.md|NOTICE|LICENSE\.txt|LICENSE|changelog\.md)$/,
  /^extension\/dist\/extension\.js$/,
  /^extension\/grammar\/(codingdsl\.tmLanguage|language-configuration|snippets)\.json$/,
  /^extension\/images\/icon\.png$/,
  /^extension\/docs\/(diagnostics\.md|schema\/codingdsl\.schema\.json)$/,
  /^extension\/server\/[^/]+\.(dll|json|so)$/,
  /^extension\/server\/runtimes\/(linux-x64|win-x64|osx-arm64)\/lib\/net10\.0\/[^/]+\.dll$/,
  /^extension\/server\/codingdsl$/,
  /^extension\/server\/createdump$/,
];

function open(file) {
  assert.ok(existsSync(file), `${path.basename(file)} is missing: run \`npm run package\` and \`npm run package:linux-x64\` first`);
  const entries = readZip(readFileSync(file));
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  return { entries, byName, text: (name) => byName.get(name)?.data().toString("utf8") };
}

// nativeServer: the linux-x64 .vsix, whose server is one Native AOT executable with no assemblies.
function checkCommon(vsix, { nativeServer = false } = {}) {
  const manifest = JSON.parse(vsix.text("extension/package.json"));
  assert.equal(manifest.name, "codingdsl");
  assert.equal(manifest.main, "./dist/extension.js");
  assert.equal(manifest.engines.vscode, "^1.100.0");
  assert.equal(manifest.contributes.languages[0].id, "codingdsl");
  assert.deepEqual(manifest.contributes.languages[0].extensions, [".coding"]);
  assert.equal(manifest.devDependencies, undefined, "devDependencies are not shipped");
  assert.equal(manifest.scripts, undefined, "scripts are not shipped");

  const client = vsix.text("extension/dist/extension.js");
  assert.ok(client.length > 50_000, "the client is bundled with vscode-languageclient");
  assert.doesNotMatch(client, /require\(["']vscode-languageclient/, "vscode-languageclient is bundled, not required");

  const grammar = JSON.parse(vsix.text("extension/grammar/codingdsl.tmLanguage.json"));
  assert.equal(grammar.scopeName, "source.codingdsl");
  for (const file of ["language-configuration.json", "snippets.json"]) {
    JSON.parse(vsix.text(`extension/grammar/${file}`));
  }
  assert.match(vsix.text("extension/NOTICE") ?? "", /OPCS-4 © Crown copyright, NHS England; released under the Open Government Licence v3\.0/);
  checkMarketplaceFiles(vsix, manifest);

  for (const name of nativeServer ? ["codingdsl"] : ["codingdsl.dll", "codingdsl.runtimeconfig.json", "codingdsl.deps.json", "CodingDsl.Language.dll"]) {
    assert.ok(vsix.byName.has(`extension/server/${name}`), `server/${name} is in the .vsix`);
  }
  if (existsSync(path.join(root, "docs", "schema", "codingdsl.schema.json"))) {
    assert.ok(vsix.byName.has("extension/docs/schema/codingdsl.schema.json"), "the codingdsl.json schema named by jsonValidation is shipped");
  }
  const unexpected = vsix.entries.map((entry) => entry.name).filter((name) => !name.endsWith("/") && !allowed.some((pattern) => pattern.test(name)));
  assert.deepEqual(unexpected, [], "nothing the extension does not need");
}

// What the Marketplace shows: licence, changelog, the Details page (the users' README), the icon,
// and the links to the repository.
function checkMarketplaceFiles(vsix, manifest) {
  const vsixManifest = vsix.text("extension.vsixmanifest");
  assert.match(vsix.text("extension/LICENSE.txt") ?? "", /^MIT License/, "the project's licence is shipped");
  assert.match(vsixManifest, /<License>extension\/LICENSE\.txt<\/License>/);
  assert.match(vsix.text("extension/changelog.md") ?? "", new RegExp(`^## ${version.replaceAll(".", "\\.")}$`, "m"), "the changelog has this version");
  assert.match(vsixManifest, /Content\.Changelog" Path="extension\/changelog\.md"/);

  const readme = vsix.text("extension/readme.md") ?? "";
  assert.match(readme, /^# CodingDsl for VS Code/, "the Details page is the users' README (client/README.md), not the developers'");
  assert.match(readme, /## Requirements: \.NET/);
  for (const key of Object.keys(manifest.contributes.configuration.properties)) {
    assert.ok(readme.includes(`\`${key}\``), `the README documents the setting ${key}`);
  }
  const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]);
  assert.ok(images.length > 0, "the README shows a screenshot");
  for (const image of images) {
    assert.match(image, /^https:\/\/raw\.githubusercontent\.com\/codingdsl\/codingdsl\/main\/images\/[^/]+\.png$/, "images render on the Details page: absolute https PNGs of the repository");
    assert.ok(existsSync(path.join(root, image.replace(/^.*\/main\//, ""))), `${image} names a file of the repository`);
  }

  const icon = vsix.byName.get("extension/images/icon.png")?.data();
  assert.ok(icon, "the icon is shipped");
  assert.equal(icon.subarray(1, 4).toString("latin1"), "PNG");
  assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128], "the icon is 128×128");
  assert.match(vsixManifest, /<Icon>extension\/images\/icon\.png<\/Icon>/);

  assert.equal(manifest.publisher, "codingdsl");
  assert.equal(manifest.repository.url, "https://github.com/codingdsl/codingdsl");
  assert.equal(manifest.bugs.url, "https://github.com/codingdsl/codingdsl/issues");
}

// name → size and modification time of every file under a folder.
function snapshot(folder) {
  return Object.fromEntries(readdirSync(folder, { recursive: true })
    .map((name) => [name, statSync(path.join(folder, name))])
    .filter(([, stat]) => stat.isFile())
    .map(([name, stat]) => [name, `${stat.size} ${stat.mtimeMs}`]));
}

describe("packaging", () => {
  it("publishes the server into its own folder and leaves the Release build (apphost, .pdb) as it was", () => {
    const release = path.join(root, "server", "CodingDsl.Cli", "bin", "Release", "net10.0");
    execFileSync("dotnet", ["build", path.join(root, "server", "CodingDsl.Cli"), "-c", "Release", "-nologo", "-v", "q"], { stdio: "ignore" });
    const before = snapshot(release);
    assert.ok(before.codingdsl && before["codingdsl.pdb"], "the Release build has its apphost and symbols");

    execFileSync(process.execPath, [path.join(root, "scripts", "package-vsix.mjs")], { cwd: root, stdio: "ignore" });

    assert.deepEqual(snapshot(release), before);
    assert.ok(existsSync(path.join(root, "artifacts", "vsix-server", "universal")), "the server was built under artifacts/vsix-server/");
  });
});

describe("universal .vsix", () => {
  it("holds the manifest, bundled client, framework-dependent server, grammar and NOTICE, and nothing else", () => {
    const vsix = open(universal);
    checkCommon(vsix);
    assert.equal(vsix.byName.has("extension/server/codingdsl"), false, "no native apphost in the portable build");
    const runtimeConfig = JSON.parse(vsix.text("extension/server/codingdsl.runtimeconfig.json"));
    assert.equal(runtimeConfig.runtimeOptions.framework?.name ?? runtimeConfig.runtimeOptions.frameworks?.[0]?.name, "Microsoft.NETCore.App");
    assert.match(runtimeConfig.runtimeOptions.tfm, /^net10\.0/);
    assert.doesNotMatch(vsix.text("extension.vsixmanifest"), /TargetPlatform=/);
  });

  it("carries ReadyToRun copies of the start-up assemblies for linux-x64, win-x64 and osx-arm64, named in the deps file", () => {
    const vsix = open(universal);
    const deps = JSON.parse(vsix.text("extension/server/codingdsl.deps.json"));
    const libraries = deps.targets[deps.runtimeTarget.name];
    for (const rid of ["linux-x64", "win-x64", "osx-arm64"]) {
      for (const name of ["CodingDsl.Language", "CodingDsl.LanguageServer", "StreamJsonRpc", "Newtonsoft.Json"]) {
        const relative = `runtimes/${rid}/lib/net10.0/${name}.dll`;
        const image = vsix.byName.get(`extension/server/${relative}`)?.data();
        assert.ok(image, `server/${relative} is in the .vsix`);
        assert.ok(Object.values(libraries).some((library) => library.runtimeTargets?.[relative]?.rid === rid), `codingdsl.deps.json names ${relative} for ${rid}`);
        const portable = vsix.byName.get(`extension/server/${name}.dll`).data();
        assert.ok(image.length > portable.length, `${relative} holds native code beside its IL (${image.length} > ${portable.length} bytes)`);
      }
    }
  });

  it("starts its server with dotnet, loading this platform's ReadyToRun assemblies", async () => {
    const vsix = open(universal);
    const unpacked = mkdtempSync(path.join(os.tmpdir(), "codingdsl-universal-"));
    try {
      for (const entry of vsix.entries.filter((e) => e.name.startsWith("extension/server/") && !e.name.endsWith("/"))) {
        const target = path.join(unpacked, entry.name);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, entry.data());
      }
      const dll = path.join(unpacked, "extension", "server", "codingdsl.dll");
      const trace = path.join(unpacked, "host-trace.txt");
      const result = await probeInitialize("dotnet", [dll, "lsp"], { env: { ...process.env, COREHOST_TRACE: "1", COREHOST_TRACEFILE: trace }, cwd: unpacked });
      assert.ok(result.capabilities, "initialize answered with capabilities");
      if (process.platform === "linux" && process.arch === "x64") {
        assert.match(readFileSync(trace, "utf8"), /TPA for deps entry \[CodingDsl\.Language, [^,]+, runtimes\/linux-x64\/lib\/net10\.0\/CodingDsl\.Language\.dll/, "the host chose the linux-x64 ReadyToRun image");
      }
    } finally {
      rmSync(unpacked, { recursive: true, force: true });
    }
  });

  it("is under 20 MB", () => {
    const megabytes = statSync(universal).size / 1024 / 1024;
    assert.ok(megabytes < 20, `${megabytes.toFixed(1)} MB`);
  });
});

describe("linux-x64 .vsix", () => {
  const unpacked = mkdtempSync(path.join(os.tmpdir(), "codingdsl-vsix-"));
  after(() => rmSync(unpacked, { recursive: true, force: true }));

  it("holds a Native AOT server, one executable with no runtime or assemblies beside it, and targets linux-x64", () => {
    const vsix = open(linux);
    checkCommon(vsix, { nativeServer: true });
    assert.match(vsix.text("extension.vsixmanifest"), /TargetPlatform="linux-x64"/);
    const server = vsix.byName.get("extension/server/codingdsl");
    assert.ok(server, "server/codingdsl (the native server) is included");
    assert.notEqual(server.mode & 0o111, 0, "server/codingdsl is stored executable");
    assert.deepEqual([...server.data().subarray(0, 4)], [0x7f, 0x45, 0x4c, 0x46], "server/codingdsl is an ELF executable");
    const serverFiles = vsix.entries.map((entry) => entry.name).filter((name) => name.startsWith("extension/server/") && !name.endsWith("/"));
    assert.deepEqual(serverFiles, ["extension/server/codingdsl"], "no .NET runtime, assemblies or symbols: Native AOT compiled them in");
  });

  it("starts its language server with no dotnet on PATH or in DOTNET_ROOT", async (t) => {
    const vsix = open(linux);
    for (const entry of vsix.entries.filter((e) => e.name.startsWith("extension/server/") && !e.name.endsWith("/"))) {
      const target = path.join(unpacked, entry.name);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, entry.data());
    }
    const server = path.join(unpacked, "extension", "server", "codingdsl");
    chmodSync(server, 0o755); // the extension does the same if unzipping lost the mode bit
    const emptyBin = mkdtempSync(path.join(os.tmpdir(), "codingdsl-nobin-"));
    const env = { PATH: emptyBin, HOME: unpacked, DOTNET_ROOT: path.join(unpacked, "no-dotnet-here"), DOTNET_CLI_TELEMETRY_OPTOUT: "1" };
    assert.notEqual(spawnSync("/bin/sh", ["-c", "command -v dotnet"], { env }).status, 0, "dotnet is unreachable in this environment");

    const help = spawnSync(server, ["--help"], { env, encoding: "utf8", timeout: 60000 });
    assert.equal(help.error, undefined, String(help.error));
    assert.equal(help.status, 0, `codingdsl --help ran without .NET installed: ${help.stderr}`);
    if (!/\blsp\b/.test(help.stdout)) {
      t.skip("this build of codingdsl has no `lsp` command yet (server/CodingDsl.Cli); the runtime itself started");
      return;
    }
    const result = await probeInitialize(server, ["lsp"], { env, cwd: unpacked });
    assert.ok(result.capabilities, "initialize answered with capabilities");
  });
});
