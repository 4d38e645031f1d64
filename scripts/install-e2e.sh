#!/usr/bin/env bash
# Installs what the end-to-end suites need and the plain tests do not: the LSP client package,
# code-server + Chromium (VS Code e2e) and Neovim. Each step is idempotent and fast when done.
set -euo pipefail
cd "$(dirname "$0")/.."
(cd tests/e2e/lsp && npm ci --no-audit --no-fund --silent)
bash tests/e2e/vscode/install.sh >/dev/null
bash tests/e2e/neovim/install.sh >/dev/null
