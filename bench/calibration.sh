#!/usr/bin/env bash
# bench/calibration.sh: how well the scaling hint's estimates predict what happens. Runs a
# campaign, then reads back (arcwise-cli report --format json, "scaling") every prediction the
# campaign's statistics allow: at each stats row where a target's coverage grew, the expected
# fuzzing time to the next new behaviour (from its rate over its recent fuzzing) against the time
# it took. For a calibrated predictor of an exponential wait the median of observed / predicted
# is 0.69, 63% of waits are not longer than predicted, and 47% are within 2x of it.
#
# Usage: bench/calibration.sh [options] [project ...]
#
#   project             a directory of fuzz binaries (default: the build's bundled examples)
#   -b, --build DIR     Arcwise build tree (default: build/release, relative to the repository)
#   -t, --time SECONDS  campaign time (default: 600)
#   -c, --cores N       cores (default: 2)
#   -w, --work DIR      scratch directory (default: a new /tmp/arcwise-calibration.XXXXXX, kept)
#   -o, --output FILE   Markdown report (default: bench/results/calibration.md)
#   -h, --help          show this help
#
# Needs jq.
set -uo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"


repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=build/release
run_time=600
cores=2
work=
output=$repo/bench/results/calibration.md
projects=()
while (($#)); do
    case $1 in
    -b | --build) build=${2:?}; shift 2 ;;
    -t | --time) run_time=${2:?}; shift 2 ;;
    -c | --cores) cores=${2:?}; shift 2 ;;
    -w | --work) work=${2:?}; shift 2 ;;
    -o | --output) output=${2:?}; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) projects+=("$1"); shift ;;
    esac
done
[[ $build = /* ]] || build=$repo/$build
cli=$build/bin/arcwise-cli
[[ -x $cli ]] || die "no Arcwise build in $build"
command -v jq >/dev/null || die "jq is missing (Debian: jq)"
((${#projects[@]})) || projects=("$build/examples")
[[ -n $work ]] || work=$(mktemp -d /tmp/arcwise-calibration.XXXXXX)
mkdir -p "$work"
log "work directory: $work"

{
    echo "# Calibration of the scaling hint"
    echo
    echo "\`bench/calibration.sh --time $run_time --cores $cores\`, $(date -u +%Y-%m-%d), $(nproc) cores."
    echo "Per target: predictions checked (growths of coverage with a prediction before them), the"
    echo "share of observed waits within 2x of the predicted, the share not longer than predicted, and"
    echo "the median of observed / predicted. Calibrated (exponential waits): 47%, 63%, 0.69."
    echo "The hint calls itself reliable when the median is within 0.35-1.4 over 10 or more."
} >"$output"

for project in "${projects[@]}"; do
    name=$(basename "$project")
    copy=$work/$name
    rm -rf "$copy" && mkdir -p "$copy"
    find "$project" -maxdepth 1 -type f -perm -u+x -exec cp {} "$copy/" \;
    log "$name: ${run_time}s on $cores cores"
    "$cli" fuzz "$copy" --cores "$cores" --time "$run_time" --seed 1 >"$work/$name.log" 2>&1
    "$cli" report "$copy" --format json --output "$work/$name.json"
    {
        echo
        echo "## $name"
        echo
        echo "| target | checked | within 2x | not later | median observed/predicted |"
        echo "|---|---:|---:|---:|---:|"
        jq -r '
            (.targets | map({key: (.id | tostring), value: .name}) | from_entries) as $names
            | .scaling.calibration_by_target | to_entries[] | select(.value.observations > 0)
            | "| \($names[.key] // .key) | \(.value.observations) | \(.value.within_2x * 100 | floor)% | \(.value.not_later * 100 | floor)% | \(.value.median_ratio * 100 | round / 100) |"' \
            "$work/$name.json"
        jq -r '.scaling.calibration
            | "| **all** | \(.observations) | \(.within_2x * 100 | floor)% | \(.not_later * 100 | floor)% | \(.median_ratio * 100 | round / 100) |"' \
            "$work/$name.json"
        echo
        jq -r '"Hint at the end: \(.scaling.reason) Reliable: \(.scaling.reliable)."' "$work/$name.json"
    } >>"$output"
done
log "report: $output"
cat "$output"
