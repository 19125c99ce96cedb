#!/usr/bin/env bash
# bench/memory.sh: memory of a campaign with many targets. Generates projects of N property tests
# (default 20 and 200) in binaries of 10 tests each, built with arcwise-c++, fuzzes each with
# arcwise-cli for the same time and reports the peak resident memory of the arcwise-cli process and
# of its largest worker (VmHWM, sampled every half second from /proc), and how many worker
# processes were alive at most at once.
#
# Usage: bench/memory.sh [options] [N ...]
#
#   N                   targets in a project (default: 20 200)
#   -b, --build DIR     Arcwise build tree (default: build/release, relative to the repository)
#   -t, --time SECONDS  campaign time (default: 120)
#   -c, --cores N       cores (default: 2)
#   -w, --work DIR      scratch directory (default: a new /tmp/arcwise-memory.XXXXXX, kept)
#   -o, --output FILE   Markdown report (default: bench/results/memory.md)
#   -h, --help          show this help
set -uo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"


repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=build/release
run_time=120
cores=2
work=
output=$repo/bench/results/memory.md
sizes=()
while (($#)); do
    case $1 in
    -b | --build) build=${2:?}; shift 2 ;;
    -t | --time) run_time=${2:?}; shift 2 ;;
    -c | --cores) cores=${2:?}; shift 2 ;;
    -w | --work) work=${2:?}; shift 2 ;;
    -o | --output) output=${2:?}; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) sizes+=("$1"); shift ;;
    esac
done
[[ $build = /* ]] || build=$repo/$build
cli=$build/bin/arcwise-cli
cxx=$build/bin/arcwise-c++
[[ -x $cli && -x $cxx ]] || die "no Arcwise build in $build"
((${#sizes[@]})) || sizes=(20 200)
[[ -n $work ]] || work=$(mktemp -d /tmp/arcwise-memory.XXXXXX)
mkdir -p "$work"
log "work directory: $work"

# Ten property tests per binary, each with its own few branches and a planted failure.
generate() {
    local dir=$1 n=$2 b t
    mkdir -p "$dir/src" "$dir/build"
    for ((b = 0; b * 10 < n; ++b)); do
        {
            echo '#include <arcwise/arcwise.hpp>'
            echo '#include <string>'
            echo 'namespace aw = arcwise;'
            for ((t = b * 10; t < n && t < b * 10 + 10; ++t)); do
                cat <<EOF
ARCWISE_TEST(Gen$b, Test$t) {
    const int x = aw::draw(aw::integers<int>(0, 100000), "x");
    const std::string s = aw::draw(aw::text(), "s");
    int score = 0;
    for (char c : s)
        score += (c == char('a' + $t % 26)) ? 3 : (c == ' ' ? 1 : 0);
    if (x % ($t + 7) == 3 && score > 6)
        aw::event("deep");
    ARCWISE_ASSERT(!(x == $((t * 37 % 100000)) && score > 9));
}
EOF
            done
        } >"$dir/src/gen$b.cc"
        "$cxx" -std=c++20 -O1 -g "$dir/src/gen$b.cc" -o "$dir/build/gen$b" || die "cannot build gen$b"
    done
}

# Peak VmHWM (kB) of a process, and of its largest descendant, while it runs.
watch() {
    local pid=$1 out=$2 cli_peak=0 worker_peak=0 most=0 p hwm count
    while kill -0 "$pid" 2>/dev/null; do
        hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null)
        ((${hwm:-0} > cli_peak)) && cli_peak=$hwm
        count=0
        for p in $(pgrep -f -- "--worker" 2>/dev/null); do
            [[ $(tr "\0" " " <"/proc/$p/cmdline" 2>/dev/null) == *"$(dirname "$out")"* ]] || continue
            ((++count))
            hwm=$(awk '/VmHWM/ {print $2}' "/proc/$p/status" 2>/dev/null)
            ((${hwm:-0} > worker_peak)) && worker_peak=$hwm
        done
        ((count > most)) && most=$count
        sleep 0.5
    done
    echo "$cli_peak $worker_peak $most" >"$out"
}

{
    echo "# Memory with many targets"
    echo
    echo "\`bench/memory.sh --time $run_time --cores $cores ${sizes[*]}\`, $(date -u +%Y-%m-%d), $(nproc) cores."
    echo "Generated property tests, ten per binary. Peak resident memory (VmHWM) of arcwise-cli and of its"
    echo "largest worker; worker processes alive at most at once (idle workers are kept for their"
    echo "binary's next slice, at most 24, and released beyond that)."
    echo
    echo "| targets | binaries | arcwise-cli peak | largest worker peak | workers at most | executions |"
    echo "|---:|---:|---:|---:|---:|---:|"
} >"$output"
for n in "${sizes[@]}"; do
    dir=$work/project-$n
    rm -rf "$dir"
    log "$n targets: building"
    generate "$dir" "$n"
    log "$n targets: ${run_time}s on $cores cores"
    "$cli" fuzz "$dir" --cores "$cores" --time "$run_time" --json >"$dir/run.json" 2>"$dir/run.err" &
    pid=$!
    watch "$pid" "$dir/peaks" &
    wait "$pid"
    wait
    read -r cli_kb worker_kb most <"$dir/peaks"
    execs=$(tail -n1 "$dir/run.json" | jq .executions 2>/dev/null || echo "?")
    printf '| %s | %s | %s MiB | %s MiB | %s | %s |\n' "$n" "$(ls "$dir/build" | wc -l)" \
        $((cli_kb / 1024)) $((worker_kb / 1024)) "$most" "$execs" >>"$output"
done
log "report: $output"
cat "$output"
