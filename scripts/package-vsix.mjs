// Builds the extension's .vsix.
//   node scripts/package-vsix.mjs                      universal: framework-dependent server (needs .NET 10),
//                                                      ReadyToRun side by side for the common platforms
//   node scripts/package-vsix.mjs --target linux-x64   platform: Native AOT server, one native executable
//                                                      server/codingdsl (no .NET needed; built on linux-x64 only)
//   node scripts/package-vsix.mjs --target <other>     platform: self-contained, ReadyToRun server (no .NET needed)
// The .vsix is assembled from a staging folder (out/vsix/<target>/) holding only what the extension
// needs, so the repository's own server/ sources, tests and node_modules can never leak into it.
// The server is built and published under artifacts/vsix-server/<target>/ (dotnet's --artifacts-path),
// never into server/*/bin: packaging leaves the Debug and Release builds (docs/cli.md) as they were.
// The extension's README is client/README.md (written for users of the Marketplace page); the
// repository's README.md stays for developers.
// Output: codingdsl-<version>.vsix or codingdsl-linux-x64-<version>.vsix at the repository root.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const targetIndex = process.argv.indexOf("--target");
const target = targetIndex > 0 ? process.argv[targetIndex + 1] : undefined;
const supportedTargets = new Set(["linux-x64", "linux-arm64", "win32-x64", "darwin-arm64", "darwin-x64"]);
if (target !== undefined && !supportedTargets.has(target)) {
  fail(`unknown --target ${target}; use one of ${[...supportedTargets].join(", ")}`);
}
// The universal server is portable IL, JIT-compiled at every start (about 0.2 s of CPU more than
// ReadyToRun before the first diagnostics). A ReadyToRun image is compiled for one platform, so for the
// platforms most editors run on, ReadyToRun copies of the assemblies the start-up runs through sit under
// server/runtimes/<rid>/lib/net10.0/, named in codingdsl.deps.json as RID-specific assets: the .NET host
// loads them on that platform and the portable IL everywhere else, as it does for NuGet packages with
// per-platform assemblies. Export-only assemblies (Hl7.Fhir.*) stay IL: compiled ahead they would add
// 10 MB for a command that runs rarely. codingdsl.dll itself is always the portable one (the host runs
// the file it is given). See docs/performance.md, "ReadyToRun in the universal .vsix".
const readyToRunRids = ["linux-x64", "win-x64", "osx-arm64"];
const readyToRunAssemblies = ["CodingDsl.Language", "CodingDsl.LanguageServer", "CodingDsl.Export", "Newtonsoft.Json",
  "StreamJsonRpc", "Sprache", "System.CommandLine", "Microsoft.VisualStudio.Threading", "Nerdbank.Streams"];

// Native AOT compiles for the platform it runs on only (no cross-OS or cross-architecture AOT here), so
// only linux-x64, the platform CI builds and tests it on, gets the native server; the first diagnostics
// come in about half the ReadyToRun time (docs/performance.md, "Native AOT shipped for linux-x64").
const nativeAot = target === "linux-x64";
const serverEntry = nativeAot ? "codingdsl" : "codingdsl.dll";

const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const stage = path.join(root, "out", "vsix", target ?? "universal");
const vsixName = `codingdsl-${target ? `${target}-` : ""}${manifest.version}.vsix`;
const started = Date.now();

// --if-stale: do nothing when the .vsix is newer than everything it is built from (used by test:vsix).
if (process.argv.includes("--if-stale") && isCurrent(path.join(root, vsixName), path.join(stage, "server", serverEntry))) {
  console.log(`package: ${vsixName} is up to date`);
  process.exit(0);
}

step("bundling the client", () => {
  run(process.execPath, [path.join(root, "scripts", "build-client.mjs"), "--production"]);
});

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });

step(`publishing the server (${nativeAot ? `${target}, Native AOT` : target ? `${target}, self-contained, ReadyToRun` : "framework-dependent, portable"})`, () => {
  const args = ["publish", path.join(root, "server", "CodingDsl.Cli", "CodingDsl.Cli.csproj"), "-c", "Release",
    "--artifacts-path", path.join(root, "artifacts", "vsix-server", target ?? "universal"),
    "-o", path.join(stage, "server"), "-p:DebugType=None", "-p:DebugSymbols=false", "-p:GenerateDocumentationFile=false",
    "-p:SatelliteResourceLanguages=en", "--nologo", "-v", "quiet"];
  if (nativeAot) {
    // The CLI project sets PublishAot for itself and roots the assemblies reached by reflection (CodingDsl.Cli.csproj).
    args.push("-r", "linux-x64", "-p:CodingDslNativeAot=true", "-p:InvariantGlobalization=true", "-p:StripSymbols=true");
  } else if (target) {
    const rid = target.replace(/^win32-/, "win-").replace(/^darwin-/, "osx-");
    args.push("-r", rid, "--self-contained", "true", "-p:PublishReadyToRun=true", "-p:InvariantGlobalization=true");
  } else {
    args.push("-p:UseAppHost=false");
  }
  run("dotnet", args);
  if (!existsSync(path.join(stage, "server", serverEntry))) {
    fail(`dotnet publish produced no server/${serverEntry}`);
  }
  // Native AOT leaves the stripped symbols beside the executable: 30 MB the extension never reads.
  rmSync(path.join(stage, "server", "codingdsl.dbg"), { force: true });
});

if (!target) {
  step(`ReadyToRun side by side for ${readyToRunRids.join(", ")}`, () => {
    for (const rid of readyToRunRids) {
      addReadyToRun(rid);
    }
  });
}

step("staging the extension files", () => {
  const shipped = { ...manifest };
  delete shipped.scripts;
  delete shipped.devDependencies;
  delete shipped.dependencies; // bundled into dist/extension.js
  writeFileSync(path.join(stage, "package.json"), `${JSON.stringify(shipped, null, 2)}\n`);
  const files = [
    "dist/extension.js",
    "grammar/codingdsl.tmLanguage.json",
    "grammar/language-configuration.json",
    "grammar/snippets.json",
    "images/icon.png",
    "NOTICE",
    "LICENSE",
    "CHANGELOG.md",
    "docs/diagnostics.md",
    "docs/schema/codingdsl.schema.json",
  ];
  for (const file of files) {
    if (!existsSync(path.join(root, file))) {
      fail(`${file} is missing`);
    }
    copy(file);
  }
  // vsce takes README.md from the folder it packages: the users' README, not the developers' one.
  copyFileSync(path.join(root, "client", "README.md"), path.join(stage, "README.md"));
  writeFileSync(path.join(stage, ".vscodeignore"), "**/*.map\n");
});

step(`vsce package -> ${vsixName}`, () => {
  const vsce = path.join(root, "node_modules", "@vscode", "vsce", "vsce");
  const args = [vsce, "package", "--no-dependencies", "--allow-star-activation", "--no-rewrite-relative-links",
    "--out", path.join(root, vsixName)];
  if (target) {
    args.push("--target", target);
  }
  run(process.execPath, args, stage);
});

const size = statSync(path.join(root, vsixName)).size;
console.log(`package: ${vsixName} ${(size / 1024 / 1024).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (!target && size > 20 * 1024 * 1024) {
  fail(`${vsixName} is ${(size / 1024 / 1024).toFixed(1)} MB; the universal .vsix must stay under 20 MB`);
}

function addReadyToRun(rid) {
  const published = path.join(root, "artifacts", "vsix-server", `universal-${rid}`, "publish-out");
  rmSync(published, { recursive: true, force: true });
  run("dotnet", ["publish", path.join(root, "server", "CodingDsl.Cli", "CodingDsl.Cli.csproj"), "-c", "Release",
    "--artifacts-path", path.join(root, "artifacts", "vsix-server", `universal-${rid}`), "-o", published,
    "-r", rid, "--self-contained", "false", "-p:PublishReadyToRun=true", "-p:ReadyToRunStartupOnly=true", "-p:UseAppHost=false",
    "-p:DebugType=None", "-p:DebugSymbols=false", "-p:GenerateDocumentationFile=false", "-p:SatelliteResourceLanguages=en",
    "--nologo", "-v", "quiet"]);
  const depsFile = path.join(stage, "server", "codingdsl.deps.json");
  const deps = JSON.parse(readFileSync(depsFile, "utf8"));
  const libraries = deps.targets[deps.runtimeTarget.name];
  const placed = new Set();
  for (const library of Object.values(libraries)) {
    for (const asset of Object.keys(library.runtime ?? {})) {
      const name = path.basename(asset, ".dll");
      if (!readyToRunAssemblies.includes(name)) {
        continue;
      }
      const relative = `runtimes/${rid}/lib/net10.0/${name}.dll`;
      const source = path.join(published, `${name}.dll`);
      if (!existsSync(source)) {
        fail(`the ${rid} ReadyToRun publish has no ${name}.dll`);
      }
      mkdirSync(path.dirname(path.join(stage, "server", relative)), { recursive: true });
      copyFileSync(source, path.join(stage, "server", relative));
      library.runtimeTargets = { ...library.runtimeTargets, [relative]: { rid, assetType: "runtime" } };
      placed.add(name);
    }
  }
  const missing = readyToRunAssemblies.filter((name) => !placed.has(name));
  if (missing.length > 0) {
    fail(`codingdsl.deps.json names no ${missing.join(", ")}: update readyToRunAssemblies in scripts/package-vsix.mjs`);
  }
  writeFileSync(depsFile, `${JSON.stringify(deps, null, 2)}\n`);
}

function isCurrent(vsix, stagedServer) {
  if (!existsSync(vsix) || !existsSync(stagedServer)) {
    return false;
  }
  const built = statSync(vsix).mtimeMs;
  const inputs = ["client/src", "client/README.md", "grammar", "server", "images/icon.png", "package.json", "NOTICE",
    "LICENSE", "CHANGELOG.md", "docs/diagnostics.md", "docs/schema", "Directory.Build.props", "Directory.Packages.props"];
  return inputs.every((input) => newestBelow(path.join(root, input)) <= built);
}

function newestBelow(file) {
  if (!existsSync(file)) {
    return 0;
  }
  const stat = statSync(file);
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  return readdirSync(file)
    .filter((name) => !["bin", "obj", "tests"].includes(name))
    .reduce((newest, name) => Math.max(newest, newestBelow(path.join(file, name))), 0);
}

function copy(file) {
  mkdirSync(path.dirname(path.join(stage, file)), { recursive: true });
  copyFileSync(path.join(root, file), path.join(stage, file));
}

function step(title, action) {
  const at = Date.now();
  console.log(`package: ${title}…`);
  action();
  console.log(`package: ${title} done in ${((Date.now() - at) / 1000).toFixed(1)} s`);
}

function run(command, args, cwd = root) {
  try {
    execFileSync(command, args, { cwd, stdio: "inherit", env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_NOLOGO: "1" } });
  } catch {
    fail(`${path.basename(command)} ${args.slice(0, 2).join(" ")} failed (output above)`);
  }
}

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

