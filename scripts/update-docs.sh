#!/usr/bin/env bash
# Regenerates docs/diagnostics.md from the diagnostic catalogue, and docs/schema/compiled.schema.json from the compiled types.
set -euo pipefail
cd "$(dirname "$0")/.."
CODINGDSL_UPDATE_DOCS=1 dotnet test tests/CodingDsl.Language.Tests --filter "FullyQualifiedName~DiagnosticsReferenceTests" --nologo -v q
# Regenerates docs/schema/compiled.schema.json from the fragments beside the compiled types.
CODINGDSL_UPDATE_DOCS=1 dotnet test tests/CodingDsl.Export.Tests --filter "FullyQualifiedName~CompiledSchemaIsCurrentTests" --nologo -v q
