// Starting code-server (VS Code 1.100.3 in a browser) and headless Chromium for the end-to-end tests,
// following shared/design/REAL-CLIENTS.md: temp XDG dirs, a dead gallery, loopback only.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

export const repoRoot = path.resolve(import.meta.dirname, "..", "..", "..");
export const artifactsDir = path.join(import.meta.dirname, "artifacts");

export function codeServerBinary() {
  const bin = execFileSync("bash", [path.join(import.meta.dirname, "install.sh")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] })
    .trim()
    .split("\n")
    .pop();
  if (!bin || !existsSync(bin)) {
    throw new Error(`install.sh did not give a code-server binary (${bin})`);
  }
  return bin;
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A fresh home for one code-server run: user data, extensions, XDG dirs. */
export function makeHome(settings = {}) {
  const home = mkdtempSync(path.join(os.tmpdir(), "codingdsl-code-server-"));
  const userDir = path.join(home, "ud", "User");
  mkdirSync(userDir, { recursive: true });
  writeFileSync(
    path.join(userDir, "settings.json"),
    JSON.stringify(
      {
        "workbench.startupEditor": "none",
        "workbench.colorTheme": "Default Dark Modern",
        "window.autoDetectColorScheme": false,
        "security.workspace.trust.enabled": false,
        "workbench.tips.enabled": false,
        "extensions.autoCheckUpdates": false,
        "extensions.autoUpdate": false,
        "telemetry.telemetryLevel": "off",
        "update.mode": "none",
        "editor.minimap.enabled": false,
        "workbench.enableExperiments": false,
        "chat.commandCenter.enabled": false,
        ...settings,
      },
      null,
      2,
    ),
  );
  return home;
}

function environment(home, extra) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(home, "config"),
    XDG_DATA_HOME: path.join(home, "data"),
    XDG_CACHE_HOME: path.join(home, "cache"),
    EXTENSIONS_GALLERY: JSON.stringify({
      serviceUrl: "http://127.0.0.1:9/gallery",
      itemUrl: "http://127.0.0.1:9/item",
      resourceUrlTemplate: "http://127.0.0.1:9/res/{publisher}/{name}/{version}/{path}",
    }),
    ...extra,
  };
}

export function installExtension(bin, home, vsix) {
  execFileSync(bin, ["--user-data-dir", path.join(home, "ud"), "--extensions-dir", path.join(home, "ext"), "--install-extension", vsix], {
    env: environment(home, {}),
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Starts code-server; resolves once it answers HTTP. `stop()` ends it (and only it). */
export async function startCodeServer(bin, home, extraEnv = {}) {
  const port = await freePort();
  const log = [];
  const child = spawn(
    bin,
    [
      "--bind-addr", `127.0.0.1:${port}`, "--auth", "none",
      "--user-data-dir", path.join(home, "ud"), "--extensions-dir", path.join(home, "ext"),
      "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust",
      "--disable-getting-started-override", "--disable-proxy",
    ],
    { env: environment(home, extraEnv), stdio: ["ignore", "pipe", "pipe"], detached: false },
  );
  child.stdout.on("data", (chunk) => log.push(String(chunk)));
  child.stderr.on("data", (chunk) => log.push(String(chunk)));
  const deadline = Date.now() + 60000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`code-server exited with ${child.exitCode}:\n${log.join("")}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`code-server did not answer on port ${port}:\n${log.join("")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    log: () => log.join(""),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      }),
  };
}

export async function launchChromium(home) {
  const executablePath = execFileSync("bash", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
  return chromium.launchPersistentContext(path.join(home, "chromium-profile"), {
    executablePath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
    ],
  });
}
