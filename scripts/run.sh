#!/usr/bin/env bash
# The main job on the bundled example project: installs what is missing, builds Arcwise (preset
# "release") with the examples, then runs a campaign over every target the examples hold (seven
# libFuzzer harnesses and eleven property tests) on all cores for a while (default 90s; the first
# argument overrides: 30s, 5m, 1h), storing everything in the default database
# (build/release/examples/.arcwise/arcwise.sqlite), and prints the report. Run it again to resume
# from what the last run stored.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-90s}
bash scripts/setup-debian.sh
cmake --preset release
cmake --build --preset release

project=build/release/examples
cli=build/release/bin/arcwise-cli
"$cli" list "$project"
echo
set +e
"$cli" fuzz "$project" --time "$duration"
rc=$?
set -e
# 1 means the campaign found failures (the examples have planted bugs); anything else is an error.
if ((rc != 0 && rc != 1)); then
    exit "$rc"
fi
echo
"$cli" report "$project" --format text || true
echo
echo "Reports for CI: $cli report $project --format json|junit|sarif"
