import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { classificationsFromCapabilities, exportContent } from "../src/protocol";
import { expandPath, readSettings, restartSettings } from "../src/settings";

describe("readSettings", () => {
  it("trims paths and defaults what is missing or of the wrong type", () => {
    const values: Record<string, unknown> = { "server.path": "  /opt/codingdsl  ", "dotnet.path": 42, "trace.server": "verbose" };
    assert.deepEqual(readSettings((key) => values[key]), { serverPath: "/opt/codingdsl", dotnetPath: "", trace: "verbose" });
  });

  it("treats an unknown trace level as off", () => {
    assert.equal(readSettings((key) => (key === "trace.server" ? "loud" : undefined)).trace, "off");
  });

  it("restarts the server for the two path settings only", () => {
    assert.deepEqual(restartSettings, ["codingdsl.server.path", "codingdsl.dotnet.path"]);
  });
});

describe("expandPath", () => {
  const context = { homeDir: "/home/ana", workspaceFolder: "/work/rules", platform: "linux" as const };

  it("expands ~ and ${userHome}", () => {
    assert.equal(expandPath("~/bin/codingdsl", context), "/home/ana/bin/codingdsl");
    assert.equal(expandPath("${userHome}/bin/codingdsl", context), "/home/ana/bin/codingdsl");
  });

  it("expands ${workspaceFolder} and resolves relative paths from it", () => {
    assert.equal(expandPath("${workspaceFolder}/tools/codingdsl.dll", context), "/work/rules/tools/codingdsl.dll");
    assert.equal(expandPath("./tools/codingdsl.dll", context), "/work/rules/tools/codingdsl.dll");
  });

  it("leaves a relative path alone when no folder is open", () => {
    assert.equal(expandPath("tools/codingdsl.dll", { homeDir: "/h", platform: "linux" }), "tools/codingdsl.dll");
  });

  it("knows Windows absolute paths", () => {
    const windows = { homeDir: "C:\\Users\\ana", workspaceFolder: "C:\\rules", platform: "win32" as const };
    assert.equal(expandPath("D:\\codingdsl\\codingdsl.exe", windows), "D:\\codingdsl\\codingdsl.exe");
    assert.equal(expandPath("tools\\codingdsl.dll", windows), "C:\\rules\\tools\\codingdsl.dll");
  });

  it("keeps an empty setting empty", () => {
    assert.equal(expandPath("   ", context), "");
  });
});

describe("protocol helpers", () => {
  it("takes the export text from { content } or a bare string", () => {
    assert.equal(exportContent({ content: "{\"a\":1}" }), "{\"a\":1}");
    assert.equal(exportContent("text"), "text");
    assert.equal(exportContent({ other: 1 }), "{\n  \"other\": 1\n}");
  });

  it("reads the classification versions from initialize's experimental capabilities", () => {
    assert.deepEqual(classificationsFromCapabilities({ experimental: { codingdsl: { classifications: ["OPCS-4.10", 3] } } }), ["OPCS-4.10"]);
    assert.deepEqual(classificationsFromCapabilities({}), []);
    assert.deepEqual(classificationsFromCapabilities(undefined), []);
  });
});
