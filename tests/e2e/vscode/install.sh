#!/usr/bin/env bash
# Installs what the VS Code end-to-end test needs: Debian's chromium and the build tools code-server's
# native modules compile with, then code-server 4.100.3 (the newest whose engines accept Node 20).
# Idempotent: when everything is present it returns in well under a second.
# The recipe (ripgrep cache trick, --unsafe-perm, npm_config_yes) is in shared/design/REAL-CLIENTS.md.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
PREFIX="${CODINGDSL_E2E_HOME:-$HOME/.cache/codingdsl-e2e}/code-server-$CODE_SERVER_VERSION"
BIN="$PREFIX/node_modules/.bin/code-server"

missing=()
for pkg in chromium libkrb5-dev ripgrep build-essential python3; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "install.sh: apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ -x "$BIN" ]] && "$BIN" --version 2>/dev/null | grep -q "^$CODE_SERVER_VERSION"; then
  echo "$BIN"
  exit 0
fi

echo "install.sh: installing code-server@$CODE_SERVER_VERSION into $PREFIX (about 1.5 min)" >&2
mkdir -p "$PREFIX"
cache="$(mktemp -d)"
trap 'rm -rf "$cache"' EXIT
# @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache already has the archive.
mkdir -p "$cache/vscode-ripgrep-cache-1.15.11" "$cache/rg"
cp "$(command -v rg)" "$cache/rg/rg"
tar -czf "$cache/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$cache/rg" rg
[[ -f "$PREFIX/package.json" ]] || echo '{"name":"codingdsl-e2e-code-server","private":true}' > "$PREFIX/package.json"
(cd "$PREFIX" && TMPDIR="$cache" npm_config_yes=true npm install "code-server@$CODE_SERVER_VERSION" \
  --unsafe-perm --foreground-scripts --no-audit --no-fund --loglevel=error >"$cache/npm.log" 2>&1) || {
  tail -40 "$cache/npm.log" >&2
  echo "install.sh: npm install code-server@$CODE_SERVER_VERSION failed (log above)" >&2
  exit 1
}
"$BIN" --version >&2
echo "$BIN"
