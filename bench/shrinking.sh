#!/usr/bin/env bash
# bench/shrinking.sh: shrink quality on the shrinking challenges (github.com/jlink/shrinking-challenge).
# Runs every Challenge.* property of tests/targets/shrinking_challenges.cc in unit-test mode over
# seeds 1..N and compares the example each run reports with the challenge's known minimum.
# Builds nothing: build the binary first, e.g.
#   cmake --build build/release --target shrinking_challenges
#
# Usage: bench/shrinking.sh [options] [challenge ...]
#
#   challenge               Challenge.Bound5 or just Bound5 (default: all)
#   -b, --build DIR         build tree holding tests/targets/shrinking_challenges
#                           (default: build/release, relative to the repository root)
#   -s, --seeds N           seeds 1..N (default: 10)
#   -e, --examples N        examples per run, as --examples=N (default: 1000)
#   -o, --output FILE       Markdown report (default: bench/results/shrinking.md)
#   -w, --work DIR          reports and logs of every run (default: a new /tmp/arcwise-shrinking.XXXXXX,
#                           kept after the run)
#   -h, --help              show this help
#
# Every run gets a fresh --regressions directory, so no run replays another's failure. The report
# has one table per challenge (per seed: the example reached, whether it is the known minimum, the
# shrinker's oracle calls, its seconds and the run's wall-clock seconds) and a summary table.
# Needs jq.
set -uo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"


# Challenge name and known minimum, as the report prints the draws ("label=value; label=value").
# The minimum is the smallest failing example in Arcwise's shortlex order of choices (integers
# 0, 1, -1, 2, -2, ...), which is also Hypothesis's.
known_minima=(
    "Reverse|ls={0, 1}"
    "LengthList|ls={900}"
    "Bound5|p={{}, {}, {}, {-1}, {-32768}}"
    "LargeUnionList|ls={{0, 1, -1, 2, -2}}"
    "DifferenceMustNotBeZero|first=10; second=10"
    "DifferenceMustNotBeSmall|first=10; second=6"
    "DifferenceMustNotBeOne|first=10; second=9"
    "Coupling|ls={1, 0}"
    "Deletion|ls={0, 0}; i=0"
    "Distinct|ls={0, 1, -1}"
    "NestedLists|ls={{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}}"
    "Calculator|e=('/', 0, ('+', 0, 0))"
    "Binheap|h=(0, None, (0, (0, None, None), (1, None, None)))"
)

# median <numbers...>: the median (mean of the middle two for an even count), or - for none.
median() {
    [[ $# -eq 0 ]] && {
        echo "-"
        return
    }
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
        if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
maximum() {
    [[ $# -eq 0 ]] && {
        echo "-"
        return
    }
    printf '%s\n' "$@" | sort -g | tail -n 1
}
# Markdown table cells: escape the pipe.
cell() { printf '%s' "${1//|/\\|}"; }

main() {
    local here root build=build/release seeds=10 examples=1000 output="" work=""
    local -a wanted=()
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    root=$(cd "$here/.." && pwd)
    while [[ $# -gt 0 ]]; do
        case $1 in
        -b | --build) need_value "$@"; build=$2; shift 2 ;;
        -s | --seeds) need_value "$@"; seeds=$2; shift 2 ;;
        -e | --examples) need_value "$@"; examples=$2; shift 2 ;;
        -o | --output) need_value "$@"; output=$2; shift 2 ;;
        -w | --work) need_value "$@"; work=$2; shift 2 ;;
        -h | --help) usage; exit 0 ;;
        -*) die "unknown option $1 (see --help)" ;;
        *) wanted+=("${1#Challenge.}"); shift ;;
        esac
    done
    [[ $seeds =~ ^[1-9][0-9]*$ ]] || die "--seeds needs a positive number"
    [[ $examples =~ ^[1-9][0-9]*$ ]] || die "--examples needs a positive number"
    command -v jq >/dev/null || die "jq is needed to read the JSON reports (apt-get install jq)"
    [[ $build = /* ]] || build=$root/$build
    local bin=$build/tests/targets/shrinking_challenges
    [[ -x $bin ]] || die "$bin not found; build it first: cmake --build $build --target shrinking_challenges"
    [[ -n $output ]] || output=$root/bench/results/shrinking.md
    if [[ -z $work ]]; then
        work=$(mktemp -d /tmp/arcwise-shrinking.XXXXXX) || die "cannot create a work directory"
    fi
    mkdir -p "$work" "$(dirname "$output")" || die "cannot create $work"

    local -a selected=()
    local entry name known
    for entry in "${known_minima[@]}"; do
        name=${entry%%|*}
        if [[ ${#wanted[@]} -eq 0 ]] || printf '%s\n' "${wanted[@]}" | grep -qx "$name"; then
            selected+=("$entry")
        fi
    done
    [[ ${#selected[@]} -gt 0 ]] || die "no challenge matches: ${wanted[*]}"
    # A copy, so a rebuild of the build tree during the measurement does not disturb it.
    local run_bin=$work/shrinking_challenges
    cp "$bin" "$run_bin" || die "cannot copy $bin to $work"
    log "binary: $bin; seeds 1..$seeds; $examples examples per run; work directory: $work"

    local summary="" details="" seed report start end wall found reached calls secs exhausted rc
    for entry in "${selected[@]}"; do
        name=${entry%%|*}
        known=${entry#*|}
        local -a all_calls=() all_secs=()
        local n_found=0 n_reached=0
        details+=$'\n'"### Challenge.$name"$'\n\n'"Known minimum: \`$known\`"$'\n\n'
        details+=$'| Seed | Minimum reached | Known minimum | Reached | Calls | Shrink s | Run s |\n'
        details+=$'|---:|---|---|---|---:|---:|---:|\n'
        for ((seed = 1; seed <= seeds; ++seed)); do
            report=$work/$name-$seed.json
            rm -rf "$work/regressions-$name-$seed" "$report"
            start=$(date +%s.%N)
            "$run_bin" --target="Challenge.$name" --seed="$seed" --examples="$examples" \
                --regressions="$work/regressions-$name-$seed" --report="$report" \
                >"$work/$name-$seed.log" 2>&1
            rc=$?
            end=$(date +%s.%N)
            wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
            found=0
            if [[ -s $report ]] && [[ $(jq '.failures | length' "$report") -gt 0 ]]; then
                found=1
                reached=$(jq -r '.failures[0].draws | map(.label + "=" + .value) | join("; ")' "$report")
                calls=$(jq -r '.failures[0].shrink.calls' "$report")
                secs=$(jq -r '.failures[0].shrink.seconds | . * 1000 | round / 1000' "$report")
                exhausted=$(jq -r '.failures[0].shrink.budget_exhausted' "$report")
            fi
            if ((found)); then
                ((++n_found))
                all_calls+=("$calls")
                all_secs+=("$secs")
                local verdict=no
                if [[ $reached == "$known" ]]; then
                    verdict=yes
                    ((++n_reached))
                fi
                [[ $exhausted == true ]] && verdict+=" (budget spent)"
                details+="| $seed | \`$(cell "$reached")\` | \`$(cell "$known")\` | $verdict | $calls | $secs | $wall |"$'\n'
                log "Challenge.$name seed $seed: $reached ($verdict, $calls calls)"
            elif [[ $rc -eq 0 ]]; then
                details+="| $seed | not found in $examples examples | \`$(cell "$known")\` | no | - | - | $wall |"$'\n'
                log "Challenge.$name seed $seed: no failure found"
            else
                details+="| $seed | run failed (exit $rc, see $name-$seed.log) | \`$(cell "$known")\` | no | - | - | $wall |"$'\n'
                log "Challenge.$name seed $seed: the run failed (exit $rc): $work/$name-$seed.log"
            fi
        done
        summary+="| $name | \`$(cell "$known")\` | $n_reached / $seeds | $n_found / $seeds"
        summary+=" | $(median "${all_calls[@]}") | $(maximum "${all_calls[@]}")"
        summary+=" | $(median "${all_secs[@]}") | $(maximum "${all_secs[@]}") |"$'\n'
    done

    local cpu
    cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
    {
        echo "# Shrinking challenges"
        echo
        echo "\`bench/shrinking.sh\` on $(date -u +%Y-%m-%d): \`${bin#"$root"/}\`, seeds 1..$seeds,"
        echo "\`--examples=$examples\`, a fresh \`--regressions\` directory per run; $(nproc) cores${cpu:+ ($cpu)}."
        echo "Reached: the reported example is exactly the known minimum. Calls: the shrinker's oracle"
        echo "runs (\`shrink.calls\` of \`--report\`). Shrink s: the shrinker's time; run s: the whole run."
        echo
        echo "## Summary"
        echo
        echo "| Challenge | Known minimum | Seeds reaching it | Seeds finding a failure | Median calls | Max calls | Median shrink s | Max shrink s |"
        echo "|---|---|---:|---:|---:|---:|---:|---:|"
        printf '%s' "$summary"
        echo
        echo "## Per challenge"
        printf '%s' "$details"
    } >"$output"
    log "report: $output"
    printf '%s' "$summary"
}

main "$@"
