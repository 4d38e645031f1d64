// Starts a language server process, sends `initialize` over stdio (Content-Length framing) and resolves
// with the result, then shuts the server down. Used to prove a packaged server starts.
import { spawn } from "node:child_process";

export function probeInitialize(command, args, { env, cwd, timeoutMs = 60000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd, stdio: ["pipe", "pipe", "pipe"] });
    let buffer = Buffer.alloc(0);
    let stderr = "";
    const timer = setTimeout(() => finish(new Error(`no initialize response in ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
    const send = (message) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
      child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      child.stdin.write(body);
    };
    function finish(error, result) {
      clearTimeout(timer);
      if (error) {
        child.kill();
        reject(error);
        return;
      }
      send({ id: 2, method: "shutdown" });
      send({ method: "exit" });
      setTimeout(() => child.kill(), 2000).unref();
      resolve(result);
    }
    child.on("error", (error) => finish(error));
    child.on("exit", (code) => finish(new Error(`server exited with ${code} before answering; stderr: ${stderr}`)));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.stdout.on("data", (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
        if (buffer.length < headerEnd + 4 + length) return;
        const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8"));
        buffer = buffer.subarray(headerEnd + 4 + length);
        if (message.id === 1) {
          child.removeAllListeners("exit");
          finish(message.error ? new Error(`initialize failed: ${JSON.stringify(message.error)}`) : undefined, message.result);
        }
      }
    });
    send({ id: 1, method: "initialize", params: { processId: process.pid, rootUri: null, capabilities: {} } });
  });
}
