#!/usr/bin/env bash
# Installs what the end-to-end suites need and the plain tests do not: the LSP client package,
# code-server + Chromium (VS Code e2e), Neovim, and pre-commit (the hook test runs the real framework
# when it is there). Each step is idempotent and fast when done.
set -euo pipefail
cd "$(dirname "$0")/.."
(cd tests/e2e/lsp && npm ci --no-audit --no-fund --silent)
bash tests/e2e/vscode/install.sh >/dev/null
bash tests/e2e/neovim/install.sh >/dev/null
if ! command -v pre-commit >/dev/null; then
  echo "install-e2e.sh: apt-get install pre-commit" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends pre-commit >/dev/null
fi
