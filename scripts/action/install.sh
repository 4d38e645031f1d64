#!/usr/bin/env bash
# Installs the codingdsl .NET tool from the action's own checkout: packs server/CodingDsl.Cli into a
# folder feed and installs it into a tool path under RUNNER_TEMP. Prints "path=<codingdsl>" to
# GITHUB_OUTPUT for the step that runs it. Needs the .NET 10 SDK (actions/setup-dotnet).
set -euo pipefail
source_root=${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/../.." && pwd)}
work=${RUNNER_TEMP:-${TMPDIR:-/tmp}}/codingdsl-action
rm -rf "$work"
mkdir -p "$work"
# Only this runner's platform package (ReadyToRun) and the portable one: packing all five platforms'
# ReadyToRun packages would take minutes of a CI job for packages this job never installs. linux-x64
# is packed ReadyToRun too (CodingDslToolAot=false): compiling the Native AOT package costs minutes
# here and saves a job that checks once about 0.1 s.
rid=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')
echo "codingdsl: packing the tool from $source_root${rid:+ for $rid}"
dotnet pack "$source_root/server/CodingDsl.Cli" -c Release -o "$work/feed" -nologo -v quiet \
  ${rid:+"-p:ToolPackageRuntimeIdentifiers=\"$rid;any\""} -p:CodingDslToolAot=false
dotnet tool install --tool-path "$work/tool" --add-source "$work/feed" codingdsl
tool="$work/tool/codingdsl"
[ -x "$tool" ] || tool="$work/tool/codingdsl.exe"
"$tool" --version
echo "path=$tool" >> "${GITHUB_OUTPUT:-/dev/stdout}"
