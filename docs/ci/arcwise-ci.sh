#!/usr/bin/env bash
# Fuzz what a pull request changed, as a CI job (docs/changes.md). Run from the source checkout
# after building the fuzz targets into BUILD_DIR. Exit status: 0 clean, 1 a new failure, 2 a usage
# error, 3 the campaign could not do its work.
#   BASE       the base branch (default origin/main); fetched so that its merge-base is known
#   BUILD_DIR  the build tree (default build)
#   TIME       how long to fuzz (default 10m)
#   CORPUS     an exported corpus of the base to start from (optional; arcwise-cli export)
set -uo pipefail
base=${BASE:-origin/main}
build=${BUILD_DIR:-build}
git fetch --quiet origin "${base#origin/}" || true
if [[ -n ${CORPUS:-} && -d $CORPUS ]]; then
    arcwise-cli import "$build" "$CORPUS" || exit $?
fi
arcwise-cli fuzz "$build" --changed-since "$base" --time "${TIME:-10m}" --fail-on new
status=$?
arcwise-cli report "$build" --changed-since "$base" --format junit --output arcwise-junit.xml
arcwise-cli report "$build" --changed-since "$base" --format sarif --output arcwise.sarif
exit $status
