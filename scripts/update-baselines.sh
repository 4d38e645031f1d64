#!/usr/bin/env bash
# Regenerates tests/baselines/*.diagnostics.coding from the current analyser: every .coding file under
# samples/ and tests/cases/invalid/ gets its source with the diagnostics written inline. Baselines of
# removed files are deleted. Read the changes (git diff tests/baselines) before committing them.
set -euo pipefail
cd "$(dirname "$0")/.."
CODINGDSL_UPDATE_BASELINES=1 dotnet test tests/CodingDsl.Language.Tests/CodingDsl.Language.Tests.csproj \
  --filter "FullyQualifiedName~CodingDsl.Language.Tests.Baselines.BaselineTests" "$@"
git status --short -- tests/baselines
