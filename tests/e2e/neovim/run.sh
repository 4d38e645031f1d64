#!/usr/bin/env bash
# Headless Neovim (Debian's 0.7.2) against the real CodingDsl language server — `npm run test:e2e:neovim`.
# Server: $CODINGDSL_E2E_SERVER_PATH (a codingdsl executable or .dll), else the packaged
# out/vsix/universal/server/codingdsl.dll (built by `npm run package` when missing).
set -euo pipefail
cd "$(dirname "$0")/../../.."
root="$PWD"
bash tests/e2e/neovim/install.sh >/dev/null

server="${CODINGDSL_E2E_SERVER_PATH:-$root/out/vsix/universal/server/codingdsl.dll}"
# (Re)package when the staged server is missing or older than the server sources.
if [[ -z "${CODINGDSL_E2E_SERVER_PATH:-}" ]] && { [[ ! -f "$server" ]] ||
   [[ -n "$(find server -newer "$server" -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.coding' -o -name '*.txt' -o -name '*.tsv' \) -not -path '*/bin/*' -not -path '*/obj/*' -print -quit)" ]]; }; then
  npm run --silent package
fi
if [[ "$server" == *.dll ]]; then
  cmd="[\"dotnet\",\"$server\",\"lsp\"]"
else
  cmd="[\"$server\",\"lsp\"]"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/ws" "$work/xdg/config" "$work/xdg/data" "$work/xdg/state" "$work/xdg/cache"
cp samples/IPG327.coding "$work/ws/"
results="$work/results.json"

cd "$work/ws"
XDG_CONFIG_HOME="$work/xdg/config" XDG_DATA_HOME="$work/xdg/data" XDG_STATE_HOME="$work/xdg/state" \
XDG_CACHE_HOME="$work/xdg/cache" CODINGDSL_LSP_CMD="$cmd" CODINGDSL_NVIM_RESULTS="$results" \
  timeout 180 nvim --headless -n -i NONE -u "$root/tests/e2e/neovim/init.lua" IPG327.coding -c 'lua Probe()' \
  >"$work/nvim.out" 2>&1 || true

if [[ ! -f "$results" ]]; then
  echo "not ok - headless nvim wrote no results"; cat "$work/nvim.out"
  printf '# pass 0\n# fail 1\n0 passed, 1 failed\n'
  exit 1
fi
node -e '
  const results = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  let failed = 0;
  for (const r of results) {
    console.log(`${r.ok ? "ok" : "not ok"} - ${r.name}${r.ok ? "" : `: ${r.detail}`}`);
    if (!r.ok) failed++;
  }
  console.log(`# pass ${results.length - failed}\n# fail ${failed}`); // counted by scripts/test.sh
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
' "$results"
