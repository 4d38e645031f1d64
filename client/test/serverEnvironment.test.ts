import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { gen0Budget, serverEnvironment } from "../src/serverEnvironment";

describe("serverEnvironment", () => {
  it("keeps the extension host's environment and adds the server's gen0 budget", () => {
    const env = serverEnvironment({ PATH: "/usr/bin", DOTNET_ROOT: "/opt/dotnet" });
    assert.deepEqual(env, { PATH: "/usr/bin", DOTNET_ROOT: "/opt/dotnet", DOTNET_GCgen0size: gen0Budget });
  });

  it("leaves a gen0 budget the user set, under either prefix", () => {
    assert.equal(serverEnvironment({ DOTNET_GCgen0size: "0x1000000" }).DOTNET_GCgen0size, "0x1000000");
    assert.deepEqual(serverEnvironment({ COMPlus_GCgen0size: "0x1000000" }), { COMPlus_GCgen0size: "0x1000000" });
  });
});
