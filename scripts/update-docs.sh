#!/usr/bin/env bash
# Regenerates docs/diagnostics.md from the diagnostic catalogue.
set -euo pipefail
cd "$(dirname "$0")/.."
CODINGDSL_UPDATE_DOCS=1 dotnet test tests/CodingDsl.Language.Tests --filter "FullyQualifiedName~DiagnosticsReferenceTests" --nologo -v q
