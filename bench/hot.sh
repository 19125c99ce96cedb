#!/usr/bin/env bash
# bench/hot.sh: the hot place (docs/engine.md, "The hot place"): the engine's mutation of the byte
# at and right after where an entry differs from the one it was made from, on (-arcwise_hot=1, the
# default) against off (-arcwise_hot=0), the same Arcwise binary run standalone into an empty
# corpus directory. Two cases:
#
#   ladder  bench/changes/'s record_decode after bench/changes/planted.patch (a 60-step ladder
#           checked in order, then a null write), built as bench/guidance.sh's planted case builds
#           it (arcwise-c++ -O1 -g), and the same sources built with clang++-19 -fsanitize=fuzzer.
#           Arms hot, plain and libfuzzer, each until the crash or the cap (--time). Measured: the
#           executions to the crash (the last status line before it, which does not depend on the
#           machine's load) and the seconds from the start of the process to the crash file; a
#           run that reaches the cap did not find the bug.
#   real    the libraries of bench/real/ (Debian source packages, the recipes bench/scale.sh
#           builds), built with arcwise-cc. Arms hot and plain, --real-time seconds each.
#           Measured: the executions (the last status line) and the edges, counted neutrally by
#           replaying each final corpus through a clang-19 -fsanitize=fuzzer build (-runs=0,
#           "INITED cov").
#
# Per seed, hot and plain start together, pinned to cores 0 and 1 (taskset -c 0, taskset -c 1);
# the ladder's libfuzzer arm then runs alone on core 0.
#
# Usage: bench/hot.sh [options]
#
#   -b, --build DIR         Arcwise build tree with bin/arcwise-c++ and bin/arcwise-cc
#                           (default: build/release, relative to the repository root)
#   -s, --seeds "S ..."     seeds (default: "1 2 3")
#   -c, --cases "C ..."     cases (default: "ladder real")
#   -l, --libraries "L ..." directories of bench/real/ for the real case (default: all of them)
#   -t, --time SECONDS      cap per ladder run (default: 120); a run that reaches it did not find
#                           the bug
#       --real-time SECONDS length of every real-library run (default: 60)
#   -o, --output FILE       Markdown report (default: bench/results/hot.md)
#   -w, --work DIR          scratch directory: sources, binaries, runs, results.tsv and config
#                           (default: a new /tmp/arcwise-hot.XXXXXX, kept); the unpacked sources
#                           and the real-library binaries of an earlier run there (or of
#                           bench/scale.sh's) are used again
#       --report-only       no runs: rebuild the report from the results.tsv and config in --work
#   -h, --help              show this help
#
# Sources come from Debian's source packages (apt-get source, after adding a deb-src line for the
# machine's own suite when there is none: that needs root); nothing downloaded is kept in the
# repository. Needs two cores, taskset, timeout, python3, and for the ladder patch and clang++-19,
# for the real libraries clang-19 (Debian: clang-19, libclang-rt-19-dev). Takes at most
# seeds × (2 × time + libraries × real-time), plus the builds: 3 × (240 + 6 × 60) s = 30 minutes
# by default.
set -uo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# The runs started and not yet waited for: their process ids (each a `timeout`, which passes a
# TERM on to the fuzzer) and their directories.
run_pids=()
run_dirs=()

# start_run <core> <dir> <cap> <binary> [flag ...]: starts one standalone run in the background,
# pinned to <core>, into the empty corpus <dir>/corpus, with its artifacts in <dir>/; its output
# goes to <dir>/log and its start time (seconds since the epoch) to <dir>/start.
start_run() {
    local core=$1 dir=$2 cap=$3 binary=$4
    shift 4
    rm -rf "$dir"
    mkdir -p "$dir/corpus" || die "cannot create $dir"
    (cd "$dir" && date +%s.%N >start &&
        exec timeout -k 10 $((cap + 60)) taskset -c "$core" "$binary" "$@" \
            -max_total_time="$cap" -artifact_prefix="$dir/" corpus >log 2>&1) &
    run_pids+=($!)
    run_dirs+=("$dir")
}

# wait_runs: waits for every run started, writing each one's exit status to <dir>/rc and its end
# time to <dir>/end.
wait_runs() {
    local i rc
    for i in "${!run_pids[@]}"; do
        wait "${run_pids[i]}"
        rc=$?
        date +%s.%N >"${run_dirs[i]}/end"
        echo "$rc" >"${run_dirs[i]}/rc"
    done
    run_pids=()
    run_dirs=()
}

# stop_runs: on an interrupt, ends the runs this script started (by their ids) and waits for them.
stop_runs() {
    local pid
    for pid in "${run_pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null
    done
    for pid in "${run_pids[@]}"; do
        wait "$pid" 2>/dev/null
    done
    log "interrupted"
    exit 130
}

# check_hot_flag <binary>: dies unless the binary's runtime knows -arcwise_hot.
check_hot_flag() {
    local help
    help=$(timeout 20 "$1" -help=1 2>&1)
    [[ $help == *arcwise_hot* ]] ||
        die "$1 does not list -arcwise_hot in its -help=1: an Arcwise build from before the hot place?"
}

# last_status <log>: the executions of the last "#N" status line before the crash report (all of
# the log when there is none).
last_status() {
    awk '/^==[0-9]+== ?ERROR|deadly signal/ { exit }
        match($0, /^#[0-9]+/) { n = substr($0, 2, RLENGTH - 1) }
        END { print n }' "$1"
}

# replay_edges <libFuzzer binary> <corpus dir>: the edges the corpus covers in that build.
replay_edges() {
    timeout -k 10 1800 "$1" -runs=0 -rss_limit_mb=2048 "$2" 2>&1 | sed -n -E 's/.*INITED cov: ([0-9]+).*/\1/p' | tail -1
}

# run_note <dir>: how a run ended, "-" when at its time limit: the kinds of artifact it wrote
# (crash, timeout, oom, leak), killed by `timeout`, or a non-zero exit status without an artifact.
run_note() {
    local dir=$1 rc artifacts
    rc=$(cat "$dir/rc" 2>/dev/null || echo '?')
    artifacts=$(find "$dir" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \
        -o -name 'leak-*' \) -printf '%f\n' 2>/dev/null | sed 's/-.*//' | sort -u | tr '\n' ' ')
    if [[ -n $artifacts ]]; then
        echo "${artifacts% }"
    elif [[ $rc == 124 || $rc == 137 ]]; then
        echo "killed-by-timeout"
    elif [[ $rc != 0 ]]; then
        echo "rc=$rc"
    else
        echo "-"
    fi
}

# ladder_row <arm> <seed> <dir> <results>: appends the run's row; found when it wrote a crash file.
ladder_row() {
    local arm=$1 seed=$2 dir=$3 results=$4 crash found=0 execs seconds start end note
    start=$(cat "$dir/start")
    end=$(cat "$dir/end")
    crash=$(find "$dir" -maxdepth 1 -name 'crash-*' -type f -printf '%T@\n' 2>/dev/null | sort -n | head -1)
    [[ -n $crash ]] && found=1 && end=$crash
    execs=$(last_status "$dir/log")
    seconds=$(awk -v a="$end" -v b="$start" 'BEGIN { printf "%.1f", a - b }')
    note=$(run_note "$dir")
    printf 'ladder\trecord_decode\t%s\t%s\t%s\t%s\t%s\t-\t%s\n' "$arm" "$seed" "$found" \
        "${execs:--}" "$seconds" "$note" >>"$results"
    [[ -n $execs ]] || log "  $arm: no status line in $dir/log: did the run start?"
    if ((found)); then
        log "  $arm: crash after ${execs:-?} executions, ${seconds}s"
    else
        log "  $arm: not found (${execs:-?} executions, ${seconds}s; $note)"
    fi
}

# real_row <library> <arm> <seed> <dir> <libFuzzer binary> <results>: appends the run's row.
real_row() {
    local lib=$1 arm=$2 seed=$3 dir=$4 libfuzzer=$5 results=$6 execs edges seconds note
    execs=$(last_status "$dir/log")
    seconds=$(awk -v a="$(cat "$dir/end")" -v b="$(cat "$dir/start")" 'BEGIN { printf "%.1f", a - b }')
    edges=$(replay_edges "$libfuzzer" "$dir/corpus")
    note=$(run_note "$dir")
    printf 'real\t%s\t%s\t%s\t-\t%s\t%s\t%s\t%s\n' "$lib" "$arm" "$seed" "${execs:--}" "$seconds" \
        "${edges:--}" "$note" >>"$results"
    [[ -n $execs ]] || log "  $arm: no status line in $dir/log: did the run start?"
    [[ -n $edges ]] || log "  $arm: replaying $dir/corpus through $libfuzzer gave no INITED cov"
    [[ $note == - ]] || log "  $arm: $note (the run ended early or abnormally: see $dir/log)"
    log "  $arm: executions ${execs:-?}, edges ${edges:-?}"
}

# build_ladder <work> <bench dir> <arcwise-c++>: the patched sources in <work>/ladder/src and the
# two builds of record_decode in <work>/ladder/bin/{arcwise,libfuzzer}.
build_ladder() {
    local work=$1 here=$2 cxx=$3 src=$1/ladder/src bin=$1/ladder/bin
    rm -rf "$src" "$bin"
    mkdir -p "$src/records" "$bin/arcwise" "$bin/libfuzzer" || die "cannot create $src"
    cp "$here/changes/record_codec.h" "$here/changes/record_codec.cc" \
        "$here/changes/record_decode.cc" "$src/records/" || die "cannot copy bench/changes/ to $src"
    patch -p1 -d "$src" <"$here/changes/planted.patch" >"$work/ladder/patch.log" 2>&1 ||
        die "ladder: bench/changes/planted.patch does not apply (see $work/ladder/patch.log)"
    "$cxx" -O1 -g "$src/records/record_decode.cc" "$src/records/record_codec.cc" \
        -o "$bin/arcwise/record_decode" >"$work/ladder/arcwise.build.log" 2>&1 ||
        die "ladder: building record_decode with $cxx failed (see $work/ladder/arcwise.build.log)"
    clang++-19 -fsanitize=fuzzer -O1 -g "$src/records/record_decode.cc" "$src/records/record_codec.cc" \
        -o "$bin/libfuzzer/record_decode" >"$work/ladder/libfuzzer.build.log" 2>&1 ||
        die "ladder: building record_decode with clang++-19 -fsanitize=fuzzer failed (see $work/ladder/libfuzzer.build.log)"
}

# report <work> <output>: the Markdown report from <work>/results.tsv and <work>/config.
report() {
    python3 - "$1" "$2" <<'PY'
import os, statistics, sys

work, output = sys.argv[1], sys.argv[2]
config = {}
with open(os.path.join(work, "config")) as f:
    for line in f:
        key, _, value = line.rstrip("\n").partition("=")
        config[key] = value
rows = []
with open(os.path.join(work, "results.tsv")) as f:
    header = f.readline().rstrip("\n").split("\t")
    for line in f:
        if line.strip():
            rows.append(dict(zip(header, line.rstrip("\n").split("\t"))))


def number(text):
    return None if text in (None, "", "-") else float(text)


def fmt_execs(x):
    if x is None:
        return "–"
    if x >= 1e6:
        return f"{x / 1e6:.1f} M"
    if x >= 1e3:
        return f"{x / 1e3:.1f} k"
    return f"{x:.0f}"


def fmt_secs(x):
    return "–" if x is None else f"{x:.1f} s"


def median_bound(values):
    """(median, exact) over (value, found) pairs: a run that did not find the bug is counted with
    its value at the cap, so the median is then a lower bound of the true one (not exact)."""
    xs = [v for v, _ in values if v is not None]
    if not xs:
        return None, True
    return statistics.median(xs), all(found for v, found in values if v is not None)


def show(bound, fmt):
    m, exact = bound
    return fmt(m) if m is None or exact else ">" + fmt(m)


def ratio(num, den):
    """num / den of two (median, exact) pairs; '>' or '<' where one is a lower bound."""
    (a, a_exact), (b, b_exact) = num, den
    if a is None or b is None or b == 0 or (not a_exact and not b_exact):
        return "n/a"
    r = f"{a / b:.2f}"
    return r if a_exact and b_exact else (">" + r if not a_exact else "<" + r)


out = []
w = out.append
w("# The hot place: -arcwise_hot=1 against -arcwise_hot=0\n")
w(f"- Date: {config.get('date', '?')}")
w(f"- Host: {config.get('host', '?')}, {config.get('cpus', '?')} CPUs ({config.get('cpu_model', '?')})")
w(f"- Command: `{config.get('command', '?')}`")
w(f"- Arcwise: `{config.get('build', '?')}`, git commit {config.get('commit', '?')}")
w("")
w("Every run is standalone, from an empty corpus directory. Per seed, `hot` (`-arcwise_hot=1`, "
  "the default) and `plain` (`-arcwise_hot=0`), the same binary, run side by side, pinned with "
  "`taskset -c 0` and `taskset -c 1`.\n")

# A crash is what a ladder run is for; anything else out of the ordinary is listed at the end.
notes = [r for r in rows
         if r.get("note", "-") != "-" and not (r["case"] == "ladder" and r["note"] == "crash")]

ladder = [r for r in rows if r["case"] == "ladder"]
if ladder:
    cap = config.get("time", "?")
    arms = [a for a in ("hot", "plain", "libfuzzer") if any(r["arm"] == a for r in ladder)]
    seeds = list(dict.fromkeys(r["seed"] for r in ladder))
    by = {(r["arm"], r["seed"]): r for r in ladder}
    w("## ladder: record_decode after planted.patch\n")
    w("`bench/changes/`'s `record_decode` with `bench/changes/planted.patch` applied (a 60-step "
      "ladder checked in order, then a null write), built with `arcwise-c++ -O1 -g` for `hot` and "
      "`plain` and with `clang++-19 -fsanitize=fuzzer -O1 -g` for `libfuzzer`, which runs after "
      "the pair of its seed, alone on core 0. Executions to the crash: the last status line "
      "before it; seconds: from the start of the process to the crash file. A run that reached "
      f"the {cap} s cap did not find the bug and shows as `>` its figures at the end; a median "
      "over such a run is a lower bound (`>`).\n")
    w("| seed | " + " | ".join(f"{a}: executions | {a}: seconds" for a in arms) + " |")
    w("|---:|" + "---:|---:|" * len(arms))
    values = {a: {"execs": [], "secs": []} for a in arms}
    for s in seeds:
        cells = []
        for a in arms:
            r = by.get((a, s))
            if r is None:
                cells += ["–", "–"]
                continue
            found = r["found"] == "1"
            e, t = number(r["executions"]), number(r["seconds"])
            values[a]["execs"].append((e, found))
            values[a]["secs"].append((t, found))
            mark = "" if found else ">"
            cells += [mark + fmt_execs(e) if e is not None else "–", mark + fmt_secs(t)]
        w(f"| {s} | " + " | ".join(cells) + " |")
    med = {a: {k: median_bound(v) for k, v in values[a].items()} for a in arms}
    w("| **median** | " + " | ".join(
        f"**{show(med[a]['execs'], fmt_execs)}** | **{show(med[a]['secs'], fmt_secs)}**" for a in arms)
      + " |")
    w("")
    if "hot" in arms and len(arms) > 1:
        w("Ratios of the medians (above 1: the arm needed more than `hot`):\n")
        w("| ratio | executions | seconds |")
        w("|---|---:|---:|")
        for a in arms:
            if a != "hot":
                w(f"| {a} / hot | {ratio(med[a]['execs'], med['hot']['execs'])} | "
                  f"{ratio(med[a]['secs'], med['hot']['secs'])} |")
        w("")
    w("Found: " + ", ".join(
        f"{a} {sum(1 for _, f in values[a]['execs'] if f)} of {len(values[a]['execs'])}" for a in arms)
      + ".\n")

real = [r for r in rows if r["case"] == "real"]
if real:
    real_time = config.get("real_time", "?")
    libs = list(dict.fromkeys(r["target"] for r in real))
    w(f"## real: libraries of bench/real/, {real_time} s per run\n")
    w("Each library built from its Debian source package with its `bench/real/` recipe, with "
      "`arcwise-cc` for both arms. Executions: the last status line of the run; edges: the run's "
      "final corpus replayed through the library's `clang-19 -fsanitize=fuzzer` build "
      "(`-runs=0`, `INITED cov`). Medians over the seeds; per seed in the last column.\n")
    w("| library | hot: executions | plain: executions | executions hot / plain | hot: edges | "
      "plain: edges | edges hot / plain | edges per seed (hot; plain) |")
    w("|---|---:|---:|---:|---:|---:|---:|---|")
    edge_ratios = []
    for lib in libs:
        per = {}
        for a in ("hot", "plain"):
            rs = [r for r in real if r["target"] == lib and r["arm"] == a]
            execs = [number(r["executions"]) for r in rs if number(r["executions"]) is not None]
            edges = [number(r["edges"]) for r in rs if number(r["edges"]) is not None]
            per[a] = (statistics.median(execs) if execs else None,
                      statistics.median(edges) if edges else None,
                      ", ".join(r["edges"] for r in rs))
        (he, hc, hs), (pe, pc, ps) = per["hot"], per["plain"]
        er = f"{he / pe:.2f}" if he is not None and pe else "n/a"
        cr = "n/a"
        if hc is not None and pc:
            cr = f"{hc / pc:.3f}"
            if hc > 0:
                edge_ratios.append(hc / pc)
        w(f"| {lib} | {fmt_execs(he)} | {fmt_execs(pe)} | {er} | "
          f"{'–' if hc is None else f'{hc:g}'} | {'–' if pc is None else f'{pc:g}'} | {cr} | "
          f"{hs or '–'}; {ps or '–'} |")
    w("")
    if edge_ratios:
        w(f"Geometric mean of the edge ratios hot / plain over {len(edge_ratios)} of {len(libs)} "
          f"libraries: **{statistics.geometric_mean(edge_ratios):.3f}**.\n")
    else:
        w("No library has edges for both arms: no geometric mean.\n")

if notes:
    w("## Runs that ended unusually\n")
    w("An artifact (a real-library run that crashed stopped there), a run ended by `timeout`, or a "
      "non-zero exit status without an artifact:\n")
    for r in notes:
        w(f"- {r['case']} {r['target']} {r['arm']} seed {r['seed']}: {r['note']}")
    w("")

with open(output, "w") as f:
    f.write("\n".join(out).rstrip("\n") + "\n")
PY
}

main() {
    local here root build="build/release" seeds="1 2 3" cases="ladder real" libraries=""
    local cap=120 real_time=60 output work="" report_only=0 command_line
    local cxx cc results name seed arm lib run dir commit source_dir
    local recipe_dir package harness src
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    root=$(cd "$here/.." && pwd)
    output="$here/results/hot.md"
    command_line=$(printf '%q ' "$0" "$@")
    command_line=${command_line% }
    while [[ $# -gt 0 ]]; do
        case "$1" in
        -b | --build) need_value "$@"; build=$2; shift 2 ;;
        -s | --seeds) need_value "$@"; seeds=$2; shift 2 ;;
        -c | --cases) need_value "$@"; cases=$2; shift 2 ;;
        -l | --libraries) need_value "$@"; libraries=$2; shift 2 ;;
        -t | --time) need_value "$@"; cap=$2; shift 2 ;;
        --real-time) need_value "$@"; real_time=$2; shift 2 ;;
        -o | --output) need_value "$@"; output=$2; shift 2 ;;
        -w | --work) need_value "$@"; work=$2; shift 2 ;;
        --report-only) report_only=1; shift ;;
        -h | --help) usage; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
        esac
    done
    command -v python3 >/dev/null || die "python3 is not installed: it writes the report"
    if ((report_only)); then
        [[ -n $work && -s $work/results.tsv && -f $work/config ]] ||
            die "--report-only needs --work DIR of an earlier run (with results.tsv and config)"
        mkdir -p "$(dirname "$output")" || die "cannot create the directory of $output"
        report "$work" "$output" || die "cannot write the report $output"
        log "report: $output"
        return
    fi

    [[ $cap =~ ^[0-9]+$ && $cap -gt 0 ]] || die "--time is a number of seconds, not '$cap'"
    [[ $real_time =~ ^[0-9]+$ && $real_time -gt 0 ]] ||
        die "--real-time is a number of seconds, not '$real_time'"
    [[ -n ${seeds// /} ]] || die "--seeds is empty"
    for seed in $seeds; do
        [[ $seed =~ ^[0-9]+$ ]] || die "--seeds are numbers, not '$seed'"
    done
    [[ -n ${cases// /} ]] || die "--cases is empty"
    for name in $cases; do
        [[ $name == ladder || $name == real ]] || die "unknown case '$name' (ladder, real)"
    done
    if [[ " $cases " == *" real "* ]]; then
        if [[ -z $libraries ]]; then
            for dir in "$here"/real/*/; do
                dir=${dir%/}
                libraries+="${dir##*/} "
            done
        fi
        [[ -n ${libraries// /} ]] || die "no libraries in bench/real/"
        for lib in $libraries; do
            [[ -f $here/real/$lib/recipe.sh ]] || die "no bench/real/$lib/recipe.sh (--libraries)"
        done
    fi

    [[ $build == /* ]] || build="$root/$build"
    cxx="$build/bin/arcwise-c++"
    cc="$build/bin/arcwise-cc"
    command -v taskset >/dev/null || die "taskset is not installed (Debian: util-linux)"
    command -v timeout >/dev/null || die "timeout is not installed (Debian: coreutils)"
    taskset -c 1 true 2>/dev/null ||
        die "cannot pin to core 1 (taskset -c 1): the arms run side by side on cores 0 and 1, this machine has $(nproc)"
    if [[ " $cases " == *" ladder "* ]]; then
        [[ -x $cxx ]] || die "$cxx not found: build Arcwise first (cmake --preset release && cmake --build --preset release), or pass --build DIR"
        command -v clang++-19 >/dev/null || die "clang++-19 is not installed (Debian: clang-19, libclang-rt-19-dev)"
        command -v patch >/dev/null || die "patch is not installed (Debian: patch)"
    fi
    if [[ " $cases " == *" real "* ]]; then
        [[ -x $cc ]] || die "$cc not found: build Arcwise first (cmake --preset release && cmake --build --preset release), or pass --build DIR"
        command -v clang-19 >/dev/null || die "clang-19 is not installed (Debian: clang-19, libclang-rt-19-dev)"
    fi

    [[ -n $work ]] || work=$(mktemp -d /tmp/arcwise-hot.XXXXXX) || die "cannot create a scratch directory"
    mkdir -p "$work" || die "cannot create $work"
    work=$(cd "$work" && pwd)
    log "work directory: $work"

    # The commit of the Arcwise sources the build tree was configured from (its HEAD now).
    commit=unknown
    source_dir=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$build/CMakeCache.txt" 2>/dev/null)
    if [[ -n $source_dir ]] && git -C "$source_dir" rev-parse --git-dir >/dev/null 2>&1; then
        commit=$(git -C "$source_dir" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
        [[ -n $(git -C "$source_dir" status --porcelain --untracked-files=no 2>/dev/null) ]] &&
            commit="$commit (with uncommitted changes)"
    fi
    {
        echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
        echo "host=$(hostname)"
        echo "cpus=$(nproc)"
        echo "cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
        echo "command=$command_line"
        echo "build=$build"
        echo "commit=$commit"
        echo "seeds=$seeds"
        echo "cases=$cases"
        echo "libraries=$libraries"
        echo "time=$cap"
        echo "real_time=$real_time"
    } >"$work/config"
    results="$work/results.tsv"
    printf 'case\ttarget\tarm\tseed\tfound\texecutions\tseconds\tedges\tnote\n' >"$results"
    trap stop_runs INT TERM

    for name in $cases; do
        case $name in
        ladder)
            log "ladder: patching bench/changes/ and building record_decode"
            build_ladder "$work" "$here" "$cxx"
            check_hot_flag "$work/ladder/bin/arcwise/record_decode"
            for seed in $seeds; do
                log "ladder seed $seed: hot and plain side by side (at most ${cap}s)"
                run=$work/ladder/runs
                start_run 0 "$run/hot-$seed" "$cap" "$work/ladder/bin/arcwise/record_decode" \
                    -seed="$seed" -arcwise_hot=1
                start_run 1 "$run/plain-$seed" "$cap" "$work/ladder/bin/arcwise/record_decode" \
                    -seed="$seed" -arcwise_hot=0
                wait_runs
                ladder_row hot "$seed" "$run/hot-$seed" "$results"
                ladder_row plain "$seed" "$run/plain-$seed" "$results"
                log "ladder seed $seed: libfuzzer alone (at most ${cap}s)"
                start_run 0 "$run/libfuzzer-$seed" "$cap" "$work/ladder/bin/libfuzzer/record_decode" \
                    -seed="$seed"
                wait_runs
                ladder_row libfuzzer "$seed" "$run/libfuzzer-$seed" "$results"
            done
            ;;
        real)
            for lib in $libraries; do
                recipe_dir=$here/real/$lib
                package="" harness=""
                # shellcheck source=/dev/null
                . "$recipe_dir/recipe.sh"
                if [[ -z $package || -z $harness ]] || ! declare -F build >/dev/null; then
                    die "bench/real/$lib/recipe.sh does not set package and harness or define build"
                fi
                src=$work/src/$lib
                if [[ ! -d $src/unpacked ]]; then
                    ensure_deb_src
                    log "$lib: apt-get source $package"
                    mkdir -p "$src" || die "cannot create $src"
                    (cd "$src" && apt-get source -q "$package" >apt-get.log 2>&1) ||
                        die "apt-get source $package failed (see $src/apt-get.log)"
                    dir=$(find "$src" -mindepth 1 -maxdepth 1 -type d | head -1)
                    [[ -n $dir ]] || die "apt-get source $package unpacked nothing in $src"
                    mv "$dir" "$src/unpacked" || die "cannot move $dir to $src/unpacked"
                fi
                # Binaries already in the work directory (-w of an earlier run) are used again.
                mkdir -p "$work/bin/$lib/arcwise" "$work/bin/$lib/libfuzzer"
                if [[ ! -x $work/bin/$lib/arcwise/$harness ]]; then
                    log "$lib: building with arcwise-cc"
                    (cd "$src/unpacked" && build "$cc" -- "$work/bin/$lib/arcwise/$harness") \
                        >"$work/bin/$lib/arcwise.build.log" 2>&1 ||
                        die "building $lib with $cc failed (see $work/bin/$lib/arcwise.build.log)"
                fi
                if [[ ! -x $work/bin/$lib/libfuzzer/$harness ]]; then
                    log "$lib: building with clang-19 -fsanitize=fuzzer"
                    (cd "$src/unpacked" && build clang-19 -fsanitize=fuzzer -- "$work/bin/$lib/libfuzzer/$harness") \
                        >"$work/bin/$lib/libfuzzer.build.log" 2>&1 ||
                        die "building $lib with clang-19 -fsanitize=fuzzer failed (see $work/bin/$lib/libfuzzer.build.log)"
                fi
                check_hot_flag "$work/bin/$lib/arcwise/$harness"
                unset -f build
                for seed in $seeds; do
                    log "$lib seed $seed: hot and plain side by side (${real_time}s)"
                    run=$work/real/runs/$lib
                    start_run 0 "$run/hot-$seed" "$real_time" "$work/bin/$lib/arcwise/$harness" \
                        -seed="$seed" -arcwise_hot=1
                    start_run 1 "$run/plain-$seed" "$real_time" "$work/bin/$lib/arcwise/$harness" \
                        -seed="$seed" -arcwise_hot=0
                    wait_runs
                    for arm in hot plain; do
                        real_row "$lib" "$arm" "$seed" "$run/$arm-$seed" \
                            "$work/bin/$lib/libfuzzer/$harness" "$results"
                    done
                done
            done
            ;;
        esac
    done
    trap - INT TERM

    mkdir -p "$(dirname "$output")" || die "cannot create the directory of $output"
    report "$work" "$output" || die "cannot write the report $output"
    log "report: $output"
}

main "$@"
