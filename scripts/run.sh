#!/usr/bin/env bash
# The main job on the bundled example project: installs what is missing, builds Arcwise (preset
# "release") with the examples, then opens the workbench on the example project
# (build/release/examples: seven libFuzzer harnesses, eleven property tests and a GoogleTest suite
# with two more) and starts fuzzing
# every target on all cores, storing everything in the default database
# (build/release/examples/.arcwise/arcwise.sqlite). Run it again to resume from what was stored.
#
# Without a display (a server, a CI job, an SSH session) it runs the same campaign headless with
# arcwise-cli for a while (default 90s; the first argument overrides: 30s, 5m, 1h) and prints the
# report. ARCWISE_HEADLESS=1 asks for that on a desktop too.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-90s}
bash scripts/setup-debian.sh
cmake --preset release
cmake --build --preset release

project=build/release/examples
if [[ -z ${ARCWISE_HEADLESS:-} && -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
    exec build/release/bin/arcwise "$project" --start
fi

echo "run.sh: no display, so the campaign runs headless (arcwise-cli) for $duration"
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
echo "The workbench on the same database: build/release/bin/arcwise $project"
