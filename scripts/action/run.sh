#!/usr/bin/env bash
# The CodingDsl GitHub Action's work (action.yml runs it after installing the tool):
#   1. `codingdsl check <paths> --format sarif --output <sarif-file>` for code scanning;
#   2. `codingdsl check <paths> --format github`: annotations on the changed lines;
#   3. `codingdsl diff <base> HEAD <paths> --format markdown` appended to $GITHUB_STEP_SUMMARY.
# The base of the diff: INPUT_BASE when set; for a pull request the merge base of HEAD and
# origin/$GITHUB_BASE_REF (fetched when missing); for a push CODINGDSL_PUSH_BEFORE
# (github.event.before). With no usable base the summary says why and the diff is skipped.
# Exit code: check's (0 clean, 1 findings at or above the fail level, 2 could not check), or 2 when
# the diff could not run. Outputs: sarif-file, check-exit-code, diff-base.
#
# Environment: CODINGDSL (the tool), GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT,
# GITHUB_EVENT_NAME, GITHUB_BASE_REF, GITHUB_SERVER_URL, GITHUB_REPOSITORY, CODINGDSL_PUSH_BEFORE,
# INPUT_PATHS (space-separated, default "."), INPUT_SARIF_FILE (default codingdsl.sarif),
# INPUT_FAIL_LEVEL (default error), INPUT_BASE, INPUT_SUMMARY (default true).
set -uo pipefail

codingdsl=${CODINGDSL:?CODINGDSL must name the codingdsl executable}
cd "${GITHUB_WORKSPACE:-.}" || exit 2
read -r -a paths <<< "${INPUT_PATHS:-.}"
[ ${#paths[@]} -gt 0 ] || paths=(.)
sarif=${INPUT_SARIF_FILE:-codingdsl.sarif}
fail_level=${INPUT_FAIL_LEVEL:-error}
summary=${GITHUB_STEP_SUMMARY:-/dev/null}
output=${GITHUB_OUTPUT:-/dev/null}

"$codingdsl" check "${paths[@]}" --format sarif --output "$sarif" --fail-level "$fail_level"
sarif_rc=$?
"$codingdsl" check "${paths[@]}" --format github --fail-level "$fail_level" | tee "${RUNNER_TEMP:-/tmp}/codingdsl-check.$$.txt"
check_rc=${PIPESTATUS[0]}
check_summary=$(tail -n 1 "${RUNNER_TEMP:-/tmp}/codingdsl-check.$$.txt")
rm -f "${RUNNER_TEMP:-/tmp}/codingdsl-check.$$.txt"
[ "$sarif_rc" -eq 2 ] && check_rc=2
{
  echo "sarif-file=$sarif"
  echo "check-exit-code=$check_rc"
} >> "$output"

# The revision the diff starts from, or "" with the reason in $no_base.
base=""
no_base=""
if [ -n "${INPUT_BASE:-}" ]; then
  base=$INPUT_BASE
elif [ -n "${GITHUB_BASE_REF:-}" ]; then
  target="origin/$GITHUB_BASE_REF"
  if ! git rev-parse --verify --quiet "$target^{commit}" > /dev/null; then
    git fetch --no-tags --quiet origin "+refs/heads/$GITHUB_BASE_REF:refs/remotes/origin/$GITHUB_BASE_REF" 2> /dev/null
  fi
  if git rev-parse --verify --quiet "$target^{commit}" > /dev/null; then
    # The merge base: what the pull request changes, not what the target branch did meanwhile. A
    # shallow clone may not have it; the target branch itself is the next best.
    base=$(git merge-base "$target" HEAD 2> /dev/null || echo "$target")
  else
    no_base="the target branch $target could not be fetched"
  fi
elif [ "${GITHUB_EVENT_NAME:-}" = "push" ]; then
  before=${CODINGDSL_PUSH_BEFORE:-}
  if [ -z "$before" ] || [ -z "${before//0/}" ]; then
    no_base="the push created the branch (no previous commit)"
  elif git rev-parse --verify --quiet "$before^{commit}" > /dev/null; then
    base=$before
  else
    no_base="the previous commit $before is not in the clone (check out with fetch-depth: 0 or 2)"
  fi
else
  no_base="no base: not a pull request or a push, and no 'base' input"
fi
echo "diff-base=$base" >> "$output"

diff_rc=0
if [ "${INPUT_SUMMARY:-true}" = "true" ]; then
  if [ -n "$base" ]; then
    head=$(git rev-parse HEAD)
    link_base="${GITHUB_SERVER_URL:-https://github.com}/${GITHUB_REPOSITORY:-}/blob/$head/"
    [ -n "${GITHUB_REPOSITORY:-}" ] || link_base=""
    "$codingdsl" diff "$base" HEAD "${paths[@]}" --format markdown --link-base "$link_base" >> "$summary"
    diff_rc=$?
  else
    printf '### CodingDsl: changes in meaning\n\nNot compared: %s.\n' "$no_base" >> "$summary"
  fi
  printf '\n**codingdsl check:** %s\n' "$check_summary" >> "$summary"
fi

if [ "$diff_rc" -eq 2 ]; then
  echo "::error title=codingdsl diff::could not compare $base with HEAD (see the log above)"
  [ "$check_rc" -eq 0 ] && check_rc=2
fi
exit "$check_rc"
