#!/usr/bin/env bash
# bench/run.sh: side-by-side benchmark of Arcwise against libFuzzer (and AFL++, when installed) on
# the example fuzz targets in examples/. See bench/README.md for the method.
#
# Usage: bench/run.sh [options] [harness ...]
#
#   harness                 example harnesses to run, e.g. fuzz_nested or nested (default: all)
#   -b, --build DIR         Arcwise build tree; its bin/arcwise-c++ compiles the Arcwise side
#                           (default: build/release, relative to the repository root)
#   -t, --time SECONDS      time limit of every fuzzing run (default: 60)
#   -s, --seeds N           repetitions with the random seeds 1..N (default: 3)
#       --timeout SECONDS   per-input timeout of all tools (default: 5)
#       --quick             smoke run: 5 s per run, 1 seed, no AFL++ unless --afl is given
#       --afl / --no-afl    include AFL++ as a third column, or not (default: when afl-fuzz and
#                           afl-clang-fast++ are installed)
#       --cpu N             core the fuzzers are pinned to with taskset (default: 0)
#   -o, --output FILE       Markdown report (default: bench/results/latest.md)
#   -w, --work DIR          scratch directory for binaries, corpora and logs (default: a new
#                           /tmp/arcwise-bench.XXXXXX, kept after the run)
#       --report-only       no runs: rebuild the report from the results.tsv of an earlier run
#                           in the --work directory
#   -h, --help              show this help
#
# Environment:
#   ARCWISE_BENCH_CXX   command that replaces <build>/bin/arcwise-c++ for the Arcwise side, for
#                       example "clang++-19 -fsanitize=fuzzer" to try the script without Arcwise
#   LIBFUZZER_CXX       compiler of the libFuzzer side (default: clang++-19)
#   AFL_CXX             compiler of the AFL++ side (default: afl-clang-fast++)
#
# Every harness is built from its library and harness sources, twice per tool: as is (with the
# planted bug) for the time-to-first-crash runs, and with -DARCWISE_EXAMPLE_FIXED=1 (bug fixed)
# for the throughput and coverage runs, which therefore always last the full time. Coverage is
# measured neutrally: each tool's final corpus is replayed through the same libFuzzer-built binary
# (-runs=0) and its "INITED cov: N" is reported.
set -uo pipefail
BENCH_NAME=bench
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# ==================================================================================================
# Building and running. These functions use the settings of main() (bash's dynamic scoping).
# ==================================================================================================

# build_one <tool> <harness> <variant: bug|fixed> <output>
build_one() {
    local tool=$1 h=$2 variant=$3 out=$4
    local -a cc=() envs=() flags=(-O1 -g -std=c++20 -I"$examples")
    [[ $variant == fixed ]] && flags+=(-DARCWISE_EXAMPLE_FIXED=1)
    case $tool in
    libfuzzer) cc=("${libfuzzer_cxx[@]}" -fsanitize=fuzzer) ;;
    arcwise) cc=("${arcwise_cxx[@]}") ;;
    # One CmpLog-instrumented binary serves as both the target and the CmpLog binary (-c 0).
    afl) cc=("$afl_cxx" -fsanitize=fuzzer) envs=(AFL_QUIET=1 AFL_LLVM_CMPLOG=1) ;;
    esac
    mkdir -p "$(dirname "$out")"
    if ! env "${envs[@]}" "${cc[@]}" "${flags[@]}" "$examples/${library_of[$h]}.cc" "$examples/$h.cc" \
        -o "$out" >"$out.build.log" 2>&1; then
        log "build failed: $tool $h ($variant), see $out.build.log"
        sed -n '1,20p' "$out.build.log" >&2
        return 1
    fi
}

# reap <executable>: kills the processes still running this executable (afl-fuzz sometimes leaves
# a fork server behind). Each run uses its own copy of the binary, so this only hits that run.
reap() {
    local exe=$1 p
    for p in /proc/[0-9]*; do
        if [[ $(readlink "$p/exe" 2>/dev/null) == "$exe"* ]]; then
            kill -KILL "${p#/proc/}" 2>/dev/null
        fi
    done
}

# Each run has a directory of its own: "target" (a copy of the binary), "log", "rc", "start" and
# "end" (times around the fuzzer process), an empty corpus ("corpus") or AFL++'s "in"/"out", and
# the artifacts.

# run_libfuzzer_style <binary> <dir> <seed>: libFuzzer and Arcwise (same command line).
run_libfuzzer_style() {
    local bin=$1 dir=$2 seed=$3
    mkdir -p "$dir/corpus"
    cp "$bin" "$dir/target"
    now >"$dir/start"
    (cd "$dir" && timeout -k 10 $((run_time + 120)) "${pin[@]}" "$dir/target" -seed="$seed" \
        -max_total_time="$run_time" -timeout="$timeout_s" -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$dir/" corpus >"$dir/log" 2>&1)
    echo $? >"$dir/rc"
    now >"$dir/end"
    reap "$dir/target"
}

afl_env=(AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
    AFL_FAST_CAL=1)

# afl_artifacts <dir>: crash and hang files found so far.
afl_artifacts() { find "$1/out/default/crashes" "$1/out/default/hangs" -type f -name 'id:*' 2>/dev/null; }

# run_afl <binary> <dir> <seed> <stop at the first artifact: 0|1>
run_afl() {
    local bin=$1 dir=$2 seed=$3 stop=$4
    mkdir -p "$dir/in"
    printf 'x' >"$dir/in/seed" # afl-fuzz needs one input to start from
    cp "$bin" "$dir/target"
    now >"$dir/start"
    env "${afl_env[@]}" timeout -k 10 $((run_time + 120)) "${pin[@]}" afl-fuzz -i "$dir/in" \
        -o "$dir/out" -s "$seed" -V "$run_time" -t $((timeout_s * 1000)) -m 2048 -c 0 \
        -- "$dir/target" >"$dir/log" 2>&1 &
    local pid=$!
    if ((stop)); then
        while kill -0 "$pid" 2>/dev/null; do
            if [[ -n $(afl_artifacts "$dir") ]]; then
                kill -INT "$pid" 2>/dev/null
                break
            fi
            sleep 0.2
        done
    fi
    wait "$pid"
    echo $? >"$dir/rc"
    now >"$dir/end"
    reap "$dir/target"
}

# replay_edges <harness> <corpus dir>: edges covered by the corpus, counted by the libFuzzer build.
replay_edges() {
    local h=$1 corpus=$2 out
    out=$(timeout -k 10 600 "${pin[@]}" "$work/bin/libfuzzer/$h.fixed" -runs=0 -timeout="$timeout_s" \
        -rss_limit_mb=2048 "$corpus" 2>&1)
    sed -n -E 's/.*INITED cov: ([0-9]+).*/\1/p' <<<"$out" | tail -1
}

# execs_per_second <tool> <dir> <wall seconds>
execs_per_second() {
    local tool=$1 dir=$2 wall=$3
    if [[ $tool == afl ]]; then
        awk -F: '/^execs_done/ { gsub(/ /, "", $2); n = $2 } /^run_time/ { gsub(/ /, "", $2); t = $2 }
                 END { if (n != "" && t > 0) printf "%.0f", n / t }' "$dir/out/default/fuzzer_stats" 2>/dev/null
        return
    fi
    local done_line
    done_line=$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$dir/log" | tail -1)
    if [[ -n $done_line ]]; then
        awk '{ t = $5; if (t < 1) t = 1; printf "%.0f", $2 / t }' <<<"$done_line"
    else
        # No summary line (e.g. killed): the last "#N" status line over the wall time.
        grep -oE '^#[0-9]+' "$dir/log" | tail -1 | tr -d '#' |
            awk -v w="$wall" '{ if (w > 0) printf "%.0f", $1 / w }'
    fi
}

# coverage_run <tool> <harness> <seed>: full-time run of the fixed variant: exec/s and edges.
coverage_run() {
    local tool=$1 h=$2 seed=$3
    local dir="$work/runs/$h/$tool/cov-seed$seed" bin="$work/bin/$tool/$h.fixed"
    rm -rf "$dir"
    mkdir -p "$dir"
    if [[ $tool == afl ]]; then run_afl "$bin" "$dir" "$seed" 0; else run_libfuzzer_style "$bin" "$dir" "$seed"; fi
    local wall eps corpus edges="" files
    wall=$(elapsed "$(cat "$dir/start")" "$(cat "$dir/end")")
    eps=$(execs_per_second "$tool" "$dir" "$wall")
    corpus="$dir/corpus"
    if [[ $tool == afl ]]; then
        corpus="$dir/queue"
        mkdir -p "$corpus"
        find "$dir/out/default/queue" -maxdepth 1 -type f -name 'id:*' -exec cp {} "$corpus/" \; 2>/dev/null
    fi
    [[ ${built[libfuzzer/$h]} == 1 ]] && edges=$(replay_edges "$h" "$corpus")
    files=$(find "$corpus" -type f | wc -l)
    printf 'cov\t%s\t%s\t%s\t%s\t%s\t%s\n' "$h" "$tool" "$seed" "${eps:-}" "${edges:-}" "$files" >>"$results"
    log "  $tool seed $seed: ${eps:-?} exec/s, ${edges:-?} edges ($files corpus files, ${wall}s)"
}

# crash_run <tool> <harness> <seed>: run of the buggy variant until the first artifact.
crash_run() {
    local tool=$1 h=$2 seed=$3
    local dir="$work/runs/$h/$tool/crash-seed$seed" bin="$work/bin/$tool/$h.bug"
    rm -rf "$dir"
    mkdir -p "$dir"
    local ttc="" kind="" first rc
    if [[ $tool == afl ]]; then
        run_afl "$bin" "$dir" "$seed" 1
        first=$(afl_artifacts "$dir" | while read -r f; do echo "$(stat -c %.9Y "$f") $f"; done | sort -n | head -1)
        if [[ -n $first ]]; then
            ttc=$(elapsed "$(cat "$dir/start")" "${first%% *}")
            [[ $first == */hangs/* ]] && kind=hang || kind=crash
        fi
    else
        run_libfuzzer_style "$bin" "$dir" "$seed"
        first=$(find "$dir" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \
            -o -name 'leak-*' \) -printf '%f\n' | head -1)
        rc=$(cat "$dir/rc")
        if [[ -n $first ]]; then
            ttc=$(elapsed "$(cat "$dir/start")" "$(cat "$dir/end")")
            kind=${first%%-*}
        elif [[ $rc -ne 0 && $rc -ne 124 ]]; then
            kind="died(rc=$rc)" # exited abnormally without writing an artifact
        fi
    fi
    printf 'crash\t%s\t%s\t%s\t%s\t%s\n' "$h" "$tool" "$seed" "$ttc" "$kind" >>"$results"
    if [[ -n $ttc ]]; then
        log "  $tool seed $seed: first artifact ($kind) after ${ttc}s"
    else
        log "  $tool seed $seed: nothing found in ${run_time}s${kind:+, $kind}"
    fi
}

# ==================================================================================================
# Report.
# ==================================================================================================

# median <values...>: the median of the numbers given ("" when none); "-" (not found) counts as
# infinitely late, and a median that is not found is printed as "inf".
median() {
    printf '%s\n' "$@" | awk 'NF { print ($1 == "-" ? 1e18 : $1) }' | sort -g | awk '
        { v[n++] = $1 }
        END {
            if (n == 0) exit
            m = (n % 2) ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2
            if (m >= 1e17) print "inf"; else print m
        }'
}
# values <kind> <harness> <tool> <column>: the per-seed values (seeds 1..num_seeds), "-" where
# missing.
values() {
    awk -F'\t' -v k="$1" -v h="$2" -v t="$3" -v c="$4" -v n="$num_seeds" \
        '$1 == k && $2 == h && $3 == t && $4 + 0 <= n + 0 { print ($c == "" ? "-" : $c) }' "$results"
}
fmt_num() { # thousands separators for large numbers, one decimal for small fractional ones
    [[ -z $1 ]] && { echo "n/a"; return; }
    [[ $1 == inf ]] && { echo ">${run_time}s"; return; }
    awk -v x="$1" 'BEGIN {
        if (x >= 1000) {
            s = sprintf("%.0f", x); o = ""
            while (length(s) > 3) { o = "," substr(s, length(s) - 2) o; s = substr(s, 1, length(s) - 3) }
            print s o
        } else if (x == int(x)) print x; else printf "%.1f\n", x }'
}
ratio() { # ratio <arcwise> <libfuzzer>
    awk -v a="$1" -v b="$2" -v cap="$run_time" 'BEGIN {
        if (a == "" || b == "") { print "n/a"; exit }
        if (a == "inf" && b == "inf") { print "n/a (neither)"; exit }
        if (a == "inf") { printf ">%.2fx\n", cap / b; exit }
        if (b == "inf") { printf "<%.2fx\n", a / cap; exit }
        if (b + 0 == 0) { print "n/a"; exit }
        printf "%.2fx\n", a / b }'
}
per_seed() { # per_seed <metric> <values...>: "a / b / c"
    local metric=$1 out="" v
    shift
    for v in "$@"; do
        if [[ $v == - ]]; then
            [[ $metric == ttc ]] && v=">${run_time}s" || v="n/a"
        else
            v=$(fmt_num "$v")
        fi
        out+="${out:+ / }$v"
    done
    echo "$out"
}

# write_report: the table from $results, as Markdown to $output and as text to stdout.
write_report() {
    local have_afl=0 md="$work/report.md" h metric kind col label tool v r row header rule kinds
    local -a vals nums text_rows=()
    local -A med cell
    [[ " ${tools[*]} " == *" afl "* ]] && have_afl=1
    {
        echo "# Arcwise vs libFuzzer on the example targets"
        echo
        echo "- Date: ${bench_date}; host: $(uname -n), $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //'), pinned to core $cpu"
        echo "- ${run_time} s per run, seeds 1..${num_seeds}, per-input timeout ${timeout_s} s, RSS/malloc limit 2048 MB, empty initial corpora$( ((have_afl)) && echo " (AFL++: one 1-byte seed)")"
        echo "- libFuzzer: \`${libfuzzer_cxx[*]} -fsanitize=fuzzer -O1 -g\` ($("${libfuzzer_cxx[0]}" --version 2>/dev/null | head -1))"
        echo "- Arcwise: \`${arcwise_note} -O1 -g\`"
        if ((have_afl)); then
            echo "- AFL++: \`$afl_cxx -fsanitize=fuzzer -O1 -g\` built with CmpLog (\`AFL_LLVM_CMPLOG=1\`, run with \`-c 0\`), $(afl-fuzz -h 2>&1 | head -1 | sed -E 's/\x1b\[[0-9;]*m//g')"
        fi
        echo "- exec/s and edges: runs of the fixed variant (\`-DARCWISE_EXAMPLE_FIXED=1\`) for the full time; edges = \`INITED cov\` of the final corpus replayed through the libFuzzer build. Time to first crash: runs of the buggy variant, wall clock until the first artifact, \`>${run_time}s\` = not found. Medians over the seeds; per-seed values in square brackets, artifact kinds in parentheses."
        echo
        header="| Harness | Metric | libFuzzer | Arcwise | Arcwise / libFuzzer |"
        rule="|---|---|---:|---:|---:|"
        if ((have_afl)); then
            header+=" AFL++ |"
            rule+="---:|"
        fi
        echo "$header"
        echo "$rule"
    } >"$md"

    for h in "${harnesses[@]}"; do
        for metric in eps edges ttc; do
            case $metric in
            eps) kind=cov col=5 label="exec/s" ;;
            edges) kind=cov col=6 label="edges" ;;
            ttc) kind=crash col=5 label="time to first crash (s)" ;;
            esac
            med=()
            cell=()
            for tool in "${tools[@]}"; do
                mapfile -t vals < <(values "$kind" "$h" "$tool" "$col")
                if ((${#vals[@]} == 0)); then
                    med[$tool]=""
                    cell[$tool]="n/a"
                    continue
                fi
                if [[ $metric == ttc ]]; then
                    med[$tool]=$(median "${vals[@]}")
                else
                    # Missing throughput or coverage figures are left out of the median.
                    nums=()
                    for v in "${vals[@]}"; do [[ $v != - ]] && nums+=("$v"); done
                    med[$tool]=""
                    ((${#nums[@]})) && med[$tool]=$(median "${nums[@]}")
                fi
                cell[$tool]=$(fmt_num "${med[$tool]}")
                ((${#vals[@]} > 1)) && cell[$tool]+=" [$(per_seed "$metric" "${vals[@]}")]"
                if [[ $metric == ttc ]]; then
                    kinds=$(values crash "$h" "$tool" 6 | grep -v '^-$' | sort -u | paste -sd, -)
                    [[ -n $kinds ]] && cell[$tool]+=" ($kinds)"
                fi
            done
            r=$(ratio "${med[arcwise]:-}" "${med[libfuzzer]:-}")
            row="| $h | $label | ${cell[libfuzzer]:-n/a} | ${cell[arcwise]:-n/a} | $r |"
            ((have_afl)) && row+=" ${cell[afl]:-n/a} |"
            echo "$row" >>"$md"
            text_rows+=("$h"$'\t'"$label"$'\t'"${cell[libfuzzer]:-n/a}"$'\t'"${cell[arcwise]:-n/a}"$'\t'"$r"$'\t'"${cell[afl]:-n/a}")
        done
    done
    {
        echo
        echo "Ratios: above 1 is better for Arcwise for exec/s and edges, below 1 for the time to first crash."
    } >>"$md"

    mkdir -p "$(dirname "$output")"
    cp "$md" "$output"
    echo
    {
        printf 'Harness\tMetric\tlibFuzzer\tArcwise\tArcwise/libFuzzer\tAFL++\n'
        printf '%s\n' "${text_rows[@]}"
    } | if ((have_afl)); then column -t -s $'\t'; else cut -f1-5 | column -t -s $'\t'; fi
    echo
    log "report written to $output (raw results: $results, runs: $work/runs)"
}

# ==================================================================================================
# main. Everything runs inside this function, so bash has read the whole script before it starts:
# editing the file during a long run does not disturb that run.
# ==================================================================================================
main() {
    local here root examples build="build/release" run_time=60 num_seeds=3 timeout_s=5 quick=0
    local afl_mode=auto cpu=0 output work="" report_only=0 results bench_date arcwise_note
    local afl_cxx h i tool seed variant ok total_runs name lib
    local -a harnesses=() all_harnesses=() libfuzzer_cxx=() arcwise_cxx=() tools=() pin=()
    local -A library_of=() built=()
    local explicit_time=0 explicit_seeds=0 explicit_timeout=0 explicit_cpu=0

    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    root=$(cd "$here/.." && pwd)
    examples="$root/examples"
    output="$here/results/latest.md"

    while [[ $# -gt 0 ]]; do
        case "$1" in
        -b | --build) need_value "$@"; build=$2; shift 2 ;;
        -t | --time) need_value "$@"; run_time=$2; explicit_time=1; shift 2 ;;
        -s | --seeds) need_value "$@"; num_seeds=$2; explicit_seeds=1; shift 2 ;;
        --timeout) need_value "$@"; timeout_s=$2; explicit_timeout=1; shift 2 ;;
        --quick) quick=1; shift ;;
        --afl) afl_mode=on; shift ;;
        --no-afl) afl_mode=off; shift ;;
        --cpu) need_value "$@"; cpu=$2; explicit_cpu=1; shift 2 ;;
        -o | --output) need_value "$@"; output=$2; shift 2 ;;
        -w | --work) need_value "$@"; work=$2; shift 2 ;;
        --report-only) report_only=1; shift ;;
        -h | --help) usage; exit 0 ;;
        --*=*) set -- "${1%%=*}" "${1#*=}" "${@:2}" ;;
        -*) die "unknown option $1 (see --help)" ;;
        *) harnesses+=("$1"); shift ;;
        esac
    done

    if ((quick)); then
        ((explicit_time)) || run_time=5
        ((explicit_seeds)) || num_seeds=1
        [[ $afl_mode == auto ]] && afl_mode=off
    fi
    [[ $run_time =~ ^[0-9]+$ && $run_time -gt 0 ]] || die "--time must be a positive number of seconds"
    [[ $num_seeds =~ ^[0-9]+$ && $num_seeds -gt 0 ]] || die "--seeds must be a positive number"
    [[ $timeout_s =~ ^[0-9]+$ && $timeout_s -gt 0 ]] || die "--timeout must be a positive number of seconds"
    [[ $cpu =~ ^[0-9]+$ ]] || die "--cpu must be a core number"

    # Harnesses: examples/CMakeLists.txt lists them as arcwise_example(<name> <library>).
    while read -r name lib; do
        library_of["fuzz_$name"]=$lib
        all_harnesses+=("fuzz_$name")
    done < <(sed -n -E 's/^[[:space:]]*arcwise_example\(([A-Za-z0-9_]+)[[:space:]]+([A-Za-z0-9_]+)\).*/\1 \2/p' \
        "$examples/CMakeLists.txt")
    ((${#all_harnesses[@]})) || die "no arcwise_example() entries found in $examples/CMakeLists.txt"
    for i in "${!harnesses[@]}"; do
        h=${harnesses[$i]}
        [[ $h == fuzz_* ]] || h="fuzz_$h"
        [[ -n ${library_of[$h]:-} ]] || die "unknown harness ${harnesses[$i]} (known: ${all_harnesses[*]})"
        harnesses[i]=$h
    done

    read -r -a libfuzzer_cxx <<<"${LIBFUZZER_CXX:-clang++-19}"
    afl_cxx=${AFL_CXX:-afl-clang-fast++}

    if ((report_only)); then
        [[ -n $work ]] || die "--report-only needs the --work directory of an earlier run"
        results="$work/results.tsv"
        [[ -s $results ]] || die "no results in $results"
        # Settings of that run, unless given on the command line.
        if [[ -f $work/config ]]; then
            local saved_time saved_seeds saved_timeout saved_cpu
            saved_time=$(sed -n 's/^run_time=//p' "$work/config")
            saved_seeds=$(sed -n 's/^num_seeds=//p' "$work/config")
            saved_timeout=$(sed -n 's/^timeout_s=//p' "$work/config")
            saved_cpu=$(sed -n 's/^cpu=//p' "$work/config")
            ((explicit_time)) || run_time=${saved_time:-$run_time}
            ((explicit_seeds)) || num_seeds=${saved_seeds:-$num_seeds}
            ((explicit_timeout)) || timeout_s=${saved_timeout:-$timeout_s}
            ((explicit_cpu)) || cpu=${saved_cpu:-$cpu}
            arcwise_note=$(sed -n 's/^arcwise=//p' "$work/config")
            bench_date=$(sed -n 's/^date=//p' "$work/config")
        fi
        arcwise_note=${arcwise_note:-Arcwise}
        bench_date=${bench_date:-$(date -u -r "$results" '+%Y-%m-%d %H:%M UTC')}
        mapfile -t tools < <(awk -F'\t' '!seen[$3]++ { print $3 }' "$results")
        if ((${#harnesses[@]} == 0)); then
            mapfile -t harnesses < <(awk -F'\t' '!seen[$2]++ { print $2 }' "$results")
        fi
        write_report
        return
    fi

    ((${#harnesses[@]})) || harnesses=("${all_harnesses[@]}")
    command -v "${libfuzzer_cxx[0]}" >/dev/null || die "${libfuzzer_cxx[0]} not found (set LIBFUZZER_CXX)"
    [[ $build == /* ]] || build="$root/$build"
    if [[ -n ${ARCWISE_BENCH_CXX:-} ]]; then
        read -r -a arcwise_cxx <<<"$ARCWISE_BENCH_CXX"
        arcwise_note="ARCWISE_BENCH_CXX=\"$ARCWISE_BENCH_CXX\""
    else
        arcwise_cxx=("$build/bin/arcwise-c++")
        arcwise_note="$build/bin/arcwise-c++"
        [[ -x ${arcwise_cxx[0]} ]] ||
            die "${arcwise_cxx[0]} not found: build Arcwise first (cmake --preset release && cmake --build --preset release), pass --build, or set ARCWISE_BENCH_CXX"
    fi

    tools=(libfuzzer arcwise)
    if [[ $afl_mode != off ]]; then
        if command -v afl-fuzz >/dev/null && command -v "$afl_cxx" >/dev/null; then
            tools+=(afl)
        elif [[ $afl_mode == on ]]; then
            die "--afl given but afl-fuzz or $afl_cxx is not installed"
        else
            log "AFL++ not found (afl-fuzz, $afl_cxx): running without it"
        fi
    fi
    if command -v taskset >/dev/null; then
        pin=(taskset -c "$cpu")
    else
        log "taskset not found: runs are not pinned to a core"
    fi

    if [[ -z $work ]]; then
        work=$(mktemp -d /tmp/arcwise-bench.XXXXXX) || die "cannot create a scratch directory"
    fi
    mkdir -p "$work" || die "cannot create $work"
    work=$(cd "$work" && pwd)
    results="$work/results.tsv"
    : >"$results"
    bench_date=$(date -u '+%Y-%m-%d %H:%M UTC')
    printf 'date=%s\nrun_time=%s\nnum_seeds=%s\ntimeout_s=%s\ncpu=%s\narcwise=%s\n' "$bench_date" \
        "$run_time" "$num_seeds" "$timeout_s" "$cpu" "$arcwise_note" >"$work/config"

    log "scratch directory: $work"
    log "building ${#harnesses[@]} harness(es) for: ${tools[*]}"
    for h in "${harnesses[@]}"; do
        for tool in "${tools[@]}"; do
            ok=1
            for variant in bug fixed; do
                build_one "$tool" "$h" "$variant" "$work/bin/$tool/$h.$variant" || ok=0
            done
            built[$tool/$h]=$ok
        done
        # The libFuzzer build of the fixed variant also replays every tool's corpus for coverage.
        [[ ${built[libfuzzer/$h]} == 1 ]] || log "no libFuzzer build of $h: its coverage cannot be measured"
    done

    total_runs=$((${#harnesses[@]} * num_seeds * ${#tools[@]}))
    log "$total_runs coverage runs of ${run_time}s and $total_runs crash runs of at most ${run_time}s, pinned to core $cpu"
    for h in "${harnesses[@]}"; do
        log "$h (library ${library_of[$h]})"
        for ((seed = 1; seed <= num_seeds; seed++)); do
            for tool in "${tools[@]}"; do
                [[ ${built[$tool/$h]} == 1 ]] || continue
                coverage_run "$tool" "$h" "$seed"
                crash_run "$tool" "$h" "$seed"
            done
        done
    done

    write_report
}

main "$@"
