#!/usr/bin/env bash
# Runs every test suite of the project and ends with one line "N passed, N failed" over all of them.
# Suites: the C# tests (core, CLI, export, language server), the client's unit tests, the grammar
# tests, the .vsix content test and the end-to-end tests (LSP over stdio with a real Node client,
# the same against the Native AOT linux-x64 build, VS Code in code-server, Neovim).
# On a fresh clone it first installs what the suites need, each step idempotent and skipped when done:
#   npm ci                   when node_modules is missing or older than package-lock.json
#   scripts/install-e2e.sh   when the editor tools (code-server, Chromium, Neovim, the e2e LSP client) are missing
# What cannot be installed (no dotnet, no npm, install-e2e.sh failing) fails the suites that need
# it, naming it: a suite is never left out silently.
# Usage: bash scripts/test.sh            everything
#        SKIP_E2E=1 bash scripts/test.sh  without the slow editor end-to-end suites: the summary says
#                                         which were skipped and the final line counts them
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
LOG_DIR=${TEST_LOG_DIR:-$ROOT/artifacts/test-logs}
mkdir -p "$LOG_DIR"
passed=0
failed=0
suite_failures=()
skipped=()
NODE_SUITES=(test:client test:grammar test:vsix)
# test:aot: the Native AOT linux-x64 tool package and .vsix server, run as shipped (scripts/test-aot.sh).
E2E_SUITES=(test:e2e:lsp test:aot test:e2e:neovim test:e2e:vscode)

# Adds a suite's counts; a suite that fails without printing counts counts as one failure.
record() {
  local name=$1 p=$2 f=$3 rc=$4
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  [ "$f" -gt 0 ] && suite_failures+=("$name")
  printf '== %-28s %5d passed, %d failed\n' "$name" "$p" "$f"
}

# A suite that could not run at all: one failure, with the reason.
cannot_run() {
  local name=$1 reason=$2
  echo "== $name cannot run: $reason"
  record "$name" 0 1 1
}

run_dotnet() {
  local log="$LOG_DIR/dotnet.log"
  if ! command -v dotnet >/dev/null; then
    cannot_run "C# (xunit)" "dotnet is not on PATH (install the .NET 10 SDK)"
    return
  fi
  echo "== dotnet test CodingDsl.sln"
  dotnet build CodingDsl.sln -nologo -v q 2>&1 | tail -n 3
  dotnet test CodingDsl.sln --no-build -nologo 2>&1 | tee "$log" | grep -E "^(Passed|Failed)!|\[FAIL\]|Error Message"
  local rc=${PIPESTATUS[0]}
  local p f
  p=$(grep -Eo "Passed: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
  f=$(grep -Eo "Failed: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
  record "C# (xunit)" "$p" "$f" "$rc"
}

# An npm script whose runner is node's built-in test runner (prints "# pass N" / "# fail N").
run_node_suite() {
  local name=$1 script=$2
  local log="$LOG_DIR/$script.log"
  echo "== npm run $script"
  npm run --silent "$script" >"$log" 2>&1
  local rc=$?
  tail -n 15 "$log"
  local p f
  p=$(grep -Eo "^# pass [0-9]+" "$log" | awk '{s+=$3} END {print s+0}')
  f=$(grep -Eo "^# fail [0-9]+" "$log" | awk '{s+=$3} END {print s+0}')
  record "$name" "$p" "$f" "$rc"
}

# npm ci when node_modules is missing or stale (package-lock.json changed since the last install,
# which npm records in node_modules/.package-lock.json). Prints why, or that it is up to date.
ensure_node_modules() {
  if ! command -v npm >/dev/null; then
    echo "== setup: npm is not on PATH (install Node 20)"
    return 1
  fi
  if [ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "== setup: node_modules up to date"
    return 0
  fi
  local why="node_modules is missing"
  [ -d node_modules ] && why="package-lock.json is newer than node_modules"
  echo "== setup: npm ci ($why)"
  npm ci --no-audit --no-fund --loglevel=error >"$LOG_DIR/npm-ci.log" 2>&1 || {
    tail -n 20 "$LOG_DIR/npm-ci.log"
    echo "== setup: npm ci failed (log: $LOG_DIR/npm-ci.log)"
    return 1
  }
}

# The editor tools the end-to-end suites drive; install-e2e.sh when any is missing.
e2e_tools_missing() {
  local missing=()
  command -v nvim >/dev/null || missing+=(neovim)
  command -v chromium >/dev/null || missing+=(chromium)
  command -v pre-commit >/dev/null || missing+=(pre-commit)
  ls "${CODINGDSL_E2E_HOME:-$HOME/.cache/codingdsl-e2e}"/code-server-*/node_modules/.bin/code-server >/dev/null 2>&1 || missing+=(code-server)
  [ -d tests/e2e/lsp/node_modules ] || missing+=("tests/e2e/lsp/node_modules")
  echo "${missing[*]}"
}

ensure_e2e_tools() {
  local missing
  missing=$(e2e_tools_missing)
  if [ -z "$missing" ]; then
    echo "== setup: editor tools present (code-server, Chromium, Neovim, pre-commit)"
    return 0
  fi
  echo "== setup: bash scripts/install-e2e.sh (missing: $missing)"
  bash scripts/install-e2e.sh >"$LOG_DIR/install-e2e.log" 2>&1 || {
    tail -n 20 "$LOG_DIR/install-e2e.log"
    echo "== setup: scripts/install-e2e.sh failed (log: $LOG_DIR/install-e2e.log)"
    return 1
  }
  missing=$(e2e_tools_missing)
  if [ -n "$missing" ]; then
    echo "== setup: still missing after scripts/install-e2e.sh: $missing"
    return 1
  fi
}

node_ready=1
ensure_node_modules || node_ready=0
e2e_ready=1
if [ "${SKIP_E2E:-0}" = "1" ]; then
  e2e_ready=skip
elif [ "$node_ready" = 1 ]; then
  ensure_e2e_tools || e2e_ready=0
fi

run_dotnet

for suite in "${NODE_SUITES[@]}"; do
  if [ "$node_ready" = 1 ]; then
    run_node_suite "$suite" "$suite"
  else
    cannot_run "$suite" "npm packages are not installed (see setup above)"
  fi
done
for suite in "${E2E_SUITES[@]}"; do
  if [ "$e2e_ready" = skip ]; then
    echo "== $suite SKIPPED (SKIP_E2E=1)"
    skipped+=("$suite")
  elif [ "$node_ready" != 1 ]; then
    cannot_run "$suite" "npm packages are not installed (see setup above)"
  elif [ "$e2e_ready" != 1 ]; then
    cannot_run "$suite" "the editor tools are missing: scripts/install-e2e.sh did not install them (see setup above)"
  else
    run_node_suite "$suite" "$suite"
  fi
done

if [ ${#suite_failures[@]} -gt 0 ]; then
  echo "Failing suites: ${suite_failures[*]} (logs in $LOG_DIR)"
fi
if [ ${#skipped[@]} -gt 0 ]; then
  echo "NOT EVERY SUITE RAN: ${#skipped[@]} skipped by SKIP_E2E=1 (${skipped[*]})"
  echo "$passed passed, $failed failed, ${#skipped[@]} suites skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
