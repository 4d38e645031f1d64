#!/usr/bin/env bash
# The Native AOT `codingdsl` users get on linux-x64, tested as shipped (scripts/test.sh's suite
# `test:aot`): packs the tool package for linux-x64 and `any` into a folder feed, installs it as a user
# does, checks that the installed package is the native executable (no assemblies), then runs the CLI
# smoke test (scripts/native-cli.test.mjs: check's exit codes, the JSON/FHIR/CSV exports against the JIT
# build, lsp initialize) and the whole end-to-end LSP suite (tests/e2e/lsp) against it. When the linux-x64
# .vsix's server has been built (test:vsix builds it first), the smoke test runs against it too.
# Trimming can break reflection (Newtonsoft.Json, Firely, StreamJsonRpc) with no build error, so only
# running the shipped binary shows it. Prints the AOT pack's wall and CPU time.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
if [ "$(uname -s)-$(uname -m)" != Linux-x86_64 ]; then
  echo "aot: Native AOT is shipped and tested for linux-x64 only; this machine is $(uname -s)-$(uname -m)" >&2
  exit 1
fi
work=$ROOT/artifacts/aot
rm -rf "$work"
mkdir -p "$work"

echo "aot: dotnet pack (linux-x64 Native AOT, any portable); load $(cut -d' ' -f1-3 /proc/loadavg)"
started=$(date +%s.%N)
cpu_before=$(awk '{print $14+$15+$16+$17}' /proc/$$/stat)
dotnet pack server/CodingDsl.Cli -c Release -o "$work/feed" -nologo -v q -nodeReuse:false \
  '-p:ToolPackageRuntimeIdentifiers="linux-x64;any"' >"$work/pack.log" 2>&1
pack_rc=$?
# Children's CPU (utime+stime of waited-for children, clock ticks): dotnet, its MSBuild nodes (not
# reused: -nodeReuse:false, so they end with it and are counted) and the ILCompiler.
cpu_after=$(awk '{print $14+$15+$16+$17}' /proc/$$/stat)
ticks=$(getconf CLK_TCK)
printf 'aot: pack took %.0f s wall, %.0f s CPU (exit %d); %s IL trim/AOT warnings (listed in %s)\n' \
  "$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')" \
  "$(awk -v a="$cpu_before" -v b="$cpu_after" -v t="$ticks" 'BEGIN { print (b - a) / t }')" "$pack_rc" \
  "$(grep -Eo 'warning IL[0-9]+' "$work/pack.log" | sort -u | wc -l)" "$work/pack.log"
if [ "$pack_rc" -ne 0 ]; then
  tail -n 30 "$work/pack.log"
  echo "aot: dotnet pack failed" >&2
  exit 1
fi
ls -l "$work/feed"

dotnet tool install --tool-path "$work/tool" --add-source "$work/feed" codingdsl >"$work/install.log" 2>&1 || {
  cat "$work/install.log"
  echo "aot: dotnet tool install failed" >&2
  exit 1
}
assemblies=$(find "$work/tool/.store" -name '*.dll' | head -n 5)
if [ -n "$assemblies" ] || [ -z "$(find "$work/tool/.store" -path '*codingdsl.linux-x64*' -name codingdsl -type f)" ]; then
  echo "aot: the installed tool is not the Native AOT linux-x64 package (assemblies: ${assemblies:-none})" >&2
  exit 1
fi

# The JIT build the exports are compared with.
dotnet build server/CodingDsl.Cli -nologo -v q >"$work/build.log" 2>&1 || {
  tail -n 30 "$work/build.log"
  echo "aot: dotnet build server/CodingDsl.Cli failed" >&2
  exit 1
}

rc=0
CODINGDSL_SERVER="$work/tool/codingdsl" node --test scripts/native-cli.test.mjs tests/e2e/lsp/ || rc=1
vsix_server=$ROOT/out/vsix/linux-x64/server/codingdsl
if [ -x "$vsix_server" ]; then
  echo "aot: the linux-x64 .vsix's server ($vsix_server)"
  CODINGDSL_SERVER="$vsix_server" node --test scripts/native-cli.test.mjs || rc=1
fi
exit $rc
