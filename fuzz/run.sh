#!/usr/bin/env bash
# Coverage-guided fuzzing with SharpFuzz and AFL++ (see docs/fuzzing.md).
#   fuzz/run.sh <analysis|jsonrpc|episodes-csv|episodes-json|import-json|all> <seconds per target>
# Installs afl++ (apt-get) and the sharpfuzz tool when missing, builds and instruments the product
# assemblies under artifacts/fuzz (ignored by git), seeds each corpus from samples/ and tests/cases,
# and runs each target for the given time at the lowest priority. Findings: artifacts/fuzz/out/<target>/default/crashes|hangs.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
targets=(analysis jsonrpc episodes-csv episodes-json import-json)
[ $# -eq 2 ] || { echo "usage: fuzz/run.sh <${targets[*]// /|}|all> <seconds>" >&2; exit 2; }
what="$1"; seconds="$2"
[ "$what" = all ] && run=("${targets[@]}") || run=("$what")
work="$root/artifacts/fuzz"
mkdir -p "$work/out"

command -v afl-fuzz >/dev/null || { apt-get update -qq && apt-get install -y -qq afl++ >/dev/null; }
tools="$work/tools"
[ -x "$tools/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null

# Built and instrumented afresh each run (instrumenting twice fails); FUZZ_BIN lets two runs overlap.
bin="${FUZZ_BIN:-$work/bin}"
rm -rf "$bin"
dotnet publish "$root/fuzz/CodingDsl.Fuzz" -c Release -o "$bin" -v quiet > "$work/publish.log" || { cat "$work/publish.log"; exit 1; }
for dll in CodingDsl.Language CodingDsl.Export CodingDsl.LanguageServer; do
  "$tools/sharpfuzz" "$bin/$dll.dll" >/dev/null
done

seed() {
  local target="$1" dir="$work/in/$1"
  rm -rf "$dir"; mkdir -p "$dir"
  case "$target" in
    analysis) cp "$root"/samples/*.coding "$root"/tests/cases/invalid/*.coding "$dir"/ ;;
    jsonrpc) printf 'Content-Length: 52\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"shutdown","params":null}' > "$dir/shutdown"
             printf 'Content-Length: 95\r\n\r\n{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///a"}}}' > "$dir/didopen" ;;
    episodes-csv) cp "$root"/tests/cases/episodes/*.csv "$dir"/ ;;
    episodes-json) cp "$root"/tests/cases/episodes/*.json "$dir"/ ;;
    import-json) dotnet run --project "$root/server/CodingDsl.Cli" -v quiet -- export "$root/samples/IPG211.coding" --format json > "$dir/IPG211.json" 2>/dev/null || echo '{"formatVersion":"1.0","files":[]}' > "$dir/empty.json" ;;
  esac
  # AFL wants small seeds: keep files under 64 KB.
  find "$dir" -type f -size +64k -delete
}

for target in "${run[@]}"; do
  seed "$target"
  out="$work/out/$target"
  echo "== $target for ${seconds}s"
  AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 \
    nice -n 19 afl-fuzz -i "$work/in/$target" -o "$out" -V "$seconds" -t 5000 -m none -- \
    dotnet "$bin/CodingDsl.Fuzz.dll" "$target" > "$work/$target.log" 2>&1 || true
  stats="$out/default/fuzzer_stats"
  if [ -f "$stats" ]; then
    grep -E '^(execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|run_time)' "$stats" | tr -s ' '
  else
    tail -20 "$work/$target.log"
  fi
done
