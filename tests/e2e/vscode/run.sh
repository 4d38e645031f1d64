#!/usr/bin/env bash
# End-to-end test of the extension in a real VS Code (code-server 4.100.3) — `npm run test:e2e:vscode`.
# Installs what it needs (tests/e2e/vscode/install.sh: chromium, build tools, code-server; fast when
# present), builds the universal .vsix when it is missing, then runs the UI test (headless Chromium)
# and the extension-host test. Screenshots and logs: tests/e2e/vscode/artifacts/.
# CODINGDSL_E2E_SERVER_PATH=/path/to/codingdsl(.dll) tests another server build instead of the bundled one.
set -euo pipefail
cd "$(dirname "$0")/../../.."

bash tests/e2e/vscode/install.sh >/dev/null
version="$(node -p 'require("./package.json").version')"
vsix="codingdsl-$version.vsix"
# (Re)package when the .vsix is missing or older than the client, grammar, manifest or server sources.
if [[ ! -f "$vsix" || ! -f out/vsix/universal/server/codingdsl.dll ]] ||
   [[ -n "$(find client/src grammar package.json server -newer "$vsix" -type f \( -name '*.ts' -o -name '*.json' -o -name '*.cs' -o -name '*.csproj' -o -name '*.coding' -o -name '*.txt' -o -name '*.tsv' \) -not -path '*/bin/*' -not -path '*/obj/*' -print -quit)" ]]; then
  npm run --silent package
fi
rm -rf tests/e2e/vscode/artifacts
status=0
node tests/e2e/vscode/ui.e2e.mjs "$vsix" || status=1
node tests/e2e/vscode/exthost.e2e.mjs || status=1
exit $status
