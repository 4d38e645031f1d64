#!/usr/bin/env bash
# Cold start-up of a built CLI: wall and CPU (user+sys) of N runs of one command, median and range.
#   bash bench/startup/measure.sh <codingdsl.dll or native executable> [runs] -- <arguments...>
# Example (from the repository root):
#   bash bench/startup/measure.sh server/CodingDsl.Cli/bin/Release/net10.0/codingdsl.dll 11 -- check samples/IPG327.coding
# Environment variables pass through (DOTNET_TieredPGO=0 and the like). Prints one line; asserts nothing.
set -euo pipefail
target=$1; shift
runs=11
if [[ $# -gt 0 && $1 != "--" ]]; then runs=$1; shift; fi
[[ ${1:-} == "--" ]] && shift
if [[ $target == *.dll ]]; then cmd=(dotnet "$target"); else cmd=("$target"); fi
walls=(); cpus=(); rss=()
tmp=$(mktemp); trap 'rm -f "$tmp"' EXIT
for _ in $(seq "$runs"); do
  /usr/bin/time -o "$tmp" -f "%e %U %S %M" "${cmd[@]}" "$@" >/dev/null 2>&1 || true
  read -r e u s m < <(tail -1 "$tmp")
  walls+=("$e"); cpus+=("$(echo "$u + $s" | bc)"); rss+=("$m")
done
stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "median %.3f (%.3f–%.3f)", a[int((NR+1)/2)], a[1], a[NR]}'; }
echo "wall s: $(stats "${walls[@]}") | cpu s: $(stats "${cpus[@]}") | max RSS KB: $(stats "${rss[@]}") | $runs runs | load $(cut -d' ' -f1 /proc/loadavg)"
