import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  dotnetCandidates,
  listsRuntime,
  missingRuntimeFailure,
  resolveServer,
  runtimeVersions,
  type ResolveEnvironment,
} from "../src/serverResolution";
import type { Settings } from "../src/settings";

const noSettings: Settings = { serverPath: "", dotnetPath: "", trace: "off" };

function linux(files: string[], overrides: Partial<ResolveEnvironment> = {}): ResolveEnvironment {
  const present = new Set(files);
  return {
    extensionPath: "/ext",
    platform: "linux",
    env: { PATH: "/usr/local/bin:/usr/bin" },
    homeDir: "/home/ana",
    workspaceFolder: "/work/rules",
    isFile: (path) => present.has(path),
    ...overrides,
  };
}

describe("resolveServer", () => {
  it("runs the bundled dll with the dotnet found on PATH", () => {
    const result = resolveServer(noSettings, linux(["/ext/server/codingdsl.dll", "/usr/bin/dotnet"]));
    assert.deepEqual(result, {
      kind: "launch",
      command: "/usr/bin/dotnet",
      args: ["/ext/server/codingdsl.dll", "lsp"],
      origin: "bundled",
      usesDotnet: true,
    });
  });

  it("prefers the bundled self-contained server, which needs no dotnet", () => {
    const result = resolveServer(noSettings, linux(["/ext/server/codingdsl", "/ext/server/codingdsl.dll"]));
    assert.deepEqual(result, { kind: "launch", command: "/ext/server/codingdsl", args: ["lsp"], origin: "bundled", usesDotnet: false });
  });

  it("starts the linux-x64 .vsix's Native AOT server directly: a lone executable, no .dll, no dotnet anywhere", () => {
    const env = linux(["/ext/server/codingdsl"], { env: {}, homeDir: "/nonexistent" });
    const result = resolveServer(noSettings, env);
    assert.deepEqual(result, { kind: "launch", command: "/ext/server/codingdsl", args: ["lsp"], origin: "bundled", usesDotnet: false });
  });

  it("looks for codingdsl.exe on Windows", () => {
    const env = linux(["C:\\ext\\server\\codingdsl.exe"], { platform: "win32", extensionPath: "C:\\ext", env: {} });
    const result = resolveServer(noSettings, env);
    assert.equal(result.kind === "launch" && result.command, "C:\\ext\\server\\codingdsl.exe");
  });

  it("gives one message with the fix when no dotnet is anywhere", () => {
    const result = resolveServer(noSettings, linux(["/ext/server/codingdsl.dll"]));
    assert.equal(result.kind, "failure");
    if (result.kind === "failure") {
      assert.match(result.message, /needs the \.NET 10 runtime, and no dotnet was found/);
      assert.match(result.fix, /codingdsl\.dotnet\.path/);
      assert.match(result.fix, /linux-x64 CodingDsl extension/);
      assert.equal(result.setting, "codingdsl.dotnet.path");
      assert.equal(result.offerDotnetDownload, true);
    }
  });

  it("uses codingdsl.dotnet.path, with ~ expanded, before PATH", () => {
    const settings = { ...noSettings, dotnetPath: "~/.dotnet/dotnet" };
    const result = resolveServer(settings, linux(["/ext/server/codingdsl.dll", "/usr/bin/dotnet", "/home/ana/.dotnet/dotnet"]));
    assert.equal(result.kind === "launch" && result.command, "/home/ana/.dotnet/dotnet");
  });

  it("says which setting is wrong when codingdsl.dotnet.path points nowhere, instead of falling back", () => {
    const settings = { ...noSettings, dotnetPath: "/opt/dotnet/dotnet" };
    const result = resolveServer(settings, linux(["/ext/server/codingdsl.dll", "/usr/bin/dotnet"]));
    assert.equal(result.kind, "failure");
    if (result.kind === "failure") {
      assert.equal(result.message, 'codingdsl.dotnet.path is set to "/opt/dotnet/dotnet", but there is no file at /opt/dotnet/dotnet.');
      assert.equal(result.setting, "codingdsl.dotnet.path");
    }
  });

  it("runs an executable named in codingdsl.server.path directly", () => {
    const settings = { ...noSettings, serverPath: "/opt/codingdsl/codingdsl" };
    const result = resolveServer(settings, linux(["/opt/codingdsl/codingdsl", "/ext/server/codingdsl"]));
    assert.deepEqual(result, { kind: "launch", command: "/opt/codingdsl/codingdsl", args: ["lsp"], origin: "setting", usesDotnet: false });
  });

  it("runs a .dll named in codingdsl.server.path with dotnet, relative to the workspace folder", () => {
    const settings = { ...noSettings, serverPath: "tools/codingdsl.dll" };
    const result = resolveServer(settings, linux(["/work/rules/tools/codingdsl.dll", "/usr/local/bin/dotnet", "/usr/bin/dotnet"]));
    assert.deepEqual(result, {
      kind: "launch",
      command: "/usr/local/bin/dotnet",
      args: ["/work/rules/tools/codingdsl.dll", "lsp"],
      origin: "setting",
      usesDotnet: true,
    });
  });

  it("reports a codingdsl.server.path that points nowhere rather than silently using the bundled server", () => {
    const settings = { ...noSettings, serverPath: "${workspaceFolder}/bin/codingdsl" };
    const result = resolveServer(settings, linux(["/ext/server/codingdsl.dll", "/usr/bin/dotnet"]));
    assert.equal(result.kind, "failure");
    if (result.kind === "failure") {
      assert.match(result.message, /no file at \/work\/rules\/bin\/codingdsl\./);
      assert.equal(result.setting, "codingdsl.server.path");
      assert.equal(result.offerDotnetDownload, false);
    }
  });

  it("explains a build without a bundled server", () => {
    const result = resolveServer(noSettings, linux(["/usr/bin/dotnet"]));
    assert.equal(result.kind, "failure");
    if (result.kind === "failure") {
      assert.match(result.message, /no bundled language server \(\/ext\/server\/codingdsl\.dll is missing\)/);
    }
  });
});

describe("dotnetCandidates", () => {
  it("tries PATH in order, then DOTNET_ROOT, then the usual folders, without repeats", () => {
    const candidates = dotnetCandidates(linux([], { env: { PATH: "/a:/usr/share/dotnet::/b", DOTNET_ROOT: "/root/dn" } }));
    assert.deepEqual(candidates.slice(0, 4), ["/a/dotnet", "/usr/share/dotnet/dotnet", "/b/dotnet", "/root/dn/dotnet"]);
    assert.equal(candidates.filter((c) => c === "/usr/share/dotnet/dotnet").length, 1);
    assert.ok(candidates.includes("/home/ana/.dotnet/dotnet"));
  });

  it("reads Path with ; on Windows and strips quotes", () => {
    const candidates = dotnetCandidates(linux([], { platform: "win32", env: { Path: 'C:\\tools;"C:\\Program Files\\dotnet"' } }));
    assert.deepEqual(candidates.slice(0, 2), ["C:\\tools\\dotnet.exe", "C:\\Program Files\\dotnet\\dotnet.exe"]);
  });
});

describe("the .NET 10 runtime check", () => {
  const onlyEight = "Microsoft.AspNetCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.AspNetCore.App]\nMicrosoft.NETCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.NETCore.App]\n";
  const withTen = `${onlyEight}Microsoft.NETCore.App 10.0.1 [/usr/share/dotnet/shared/Microsoft.NETCore.App]\n`;

  it("accepts a dotnet with a 10.x Microsoft.NETCore.App", () => {
    assert.equal(listsRuntime(withTen, 10), true);
  });

  it("rejects a dotnet with only 8.0 (an ASP.NET Core 10 alone does not count)", () => {
    assert.equal(listsRuntime(onlyEight, 10), false);
    assert.equal(listsRuntime("Microsoft.AspNetCore.App 10.0.1 [/x]\n", 10), false);
  });

  it("names the runtimes found in the message", () => {
    assert.deepEqual(runtimeVersions(onlyEight), ["8.0.11"]);
    const failure = missingRuntimeFailure("/usr/bin/dotnet", onlyEight);
    assert.equal(failure.message, "The CodingDsl language server needs the .NET 10 runtime; /usr/bin/dotnet has 8.0.11.");
    assert.equal(missingRuntimeFailure("/usr/bin/dotnet", "").message.endsWith("has no .NET runtime."), true);
  });
});
