#!/usr/bin/env bash
# bench/guidance.sh: change guidance inside one target. Compares the runtime's plain frontier
# guidance with the directed one (`--changed=FILE`, what `arcwise-cli fuzz --change-guidance
# blocks` hands the workers) on two harnesses, standalone, empty corpus, one process per core:
#
#   planted  bench/changes/'s record_decode after bench/changes/planted.patch: the change is the
#            whole way to the bug (a 60-step ladder in new code), as in bench/changes.sh
#   dual     bench/guidance/dual.cc after dual.patch: an old 100-step ladder (unchanged) beside a
#            new 24-step ladder with a bug: where directing should help most
#
# Each harness lives in a git repository of two commits made here; the changed counters are the
# ones `arcwise-cli fuzz --changed-since HEAD~1` writes for the head build. Per seed, the plain
# and the directed run start together (one per core); the measure is the executions to the crash
# (the last status line before it), which does not depend on the machine's load.
#
# Usage: bench/guidance.sh [options]
#
#   -b, --build DIR       Arcwise build tree with bin/arcwise-c++ and bin/arcwise-cli
#                         (default: build/release, relative to the repository root)
#   -s, --seeds "S ..."   seeds (default: "1 2 3 4 5 6 7 8")
#   -c, --cases "C ..."   harnesses (default: "planted dual")
#   -t, --time SECONDS    cap per run (default: 300); a run that reaches it did not find the bug
#   -o, --output FILE     Markdown report (default: bench/results/guidance.md)
#   -w, --work DIR        scratch directory (default: a new /tmp/arcwise-guidance.XXXXXX, kept)
#   -h, --help            show this help
set -uo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# make_case <case> <repo> <bench dir> <arcwise-c++>: the two commits, and the head build in
# <repo>/build/<case>.
make_case() {
    local name=$1 repo=$2 here=$3 cxx=$4
    local -a git=(git -C "$repo" -c user.name=Bench -c user.email=bench@localhost -c commit.gpgsign=false)
    rm -rf "$repo" && mkdir -p "$repo/build" && git init -q -b main "$repo" || return 1
    printf 'build/\n' >"$repo/.gitignore"
    case $name in
    planted)
        mkdir -p "$repo/records"
        cp "$here/changes/record_codec.h" "$here/changes/record_codec.cc" \
            "$here/changes/record_decode.cc" "$repo/records/" || return 1
        "${git[@]}" add -A && "${git[@]}" commit -q -m base || return 1
        "${git[@]}" apply "$here/changes/planted.patch" || return 1
        "${git[@]}" commit -q -a -m change || return 1
        "$cxx" -O1 -g "$repo/records/record_decode.cc" "$repo/records/record_codec.cc" \
            -o "$repo/build/$name" ;;
    dual)
        cp "$here/campaign/ladder.h" "$here/guidance/dual.cc" "$repo/" || return 1
        "${git[@]}" add -A && "${git[@]}" commit -q -m base || return 1
        "${git[@]}" apply "$here/guidance/dual.patch" || return 1
        "${git[@]}" commit -q -a -m change || return 1
        "$cxx" -O1 -g "$repo/dual.cc" -o "$repo/build/$name" ;;
    *) die "unknown case '$name' (planted, dual)" ;;
    esac
}

# run_one <binary> <dir> <seed> <cap> [--changed=FILE]: one standalone run in <dir>.
run_one() {
    local binary=$1 dir=$2 seed=$3 cap=$4
    shift 4
    rm -rf "$dir" && mkdir -p "$dir/corpus"
    (cd "$dir" && "$binary" -seed="$seed" -max_total_time="$cap" "$@" corpus >log 2>&1
        echo $? >rc)
}

main() {
    local here root build="build/release" seeds="1 2 3 4 5 6 7 8" cases="planted dual" cap=300
    local output work="" cxx cli name seed counters
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    root=$(cd "$here/.." && pwd)
    output="$here/results/guidance.md"
    while [[ $# -gt 0 ]]; do
        case "$1" in
        -b | --build) need_value "$@"; build=$2; shift 2 ;;
        -s | --seeds) need_value "$@"; seeds=$2; shift 2 ;;
        -c | --cases) need_value "$@"; cases=$2; shift 2 ;;
        -t | --time) need_value "$@"; cap=$2; shift 2 ;;
        -o | --output) need_value "$@"; output=$2; shift 2 ;;
        -w | --work) need_value "$@"; work=$2; shift 2 ;;
        -h | --help) usage; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
        esac
    done
    [[ $cap =~ ^[0-9]+$ ]] || die "--time is a number of seconds, not '$cap'"
    [[ $build == /* ]] || build="$root/$build"
    cxx="$build/bin/arcwise-c++"
    cli="$build/bin/arcwise-cli"
    [[ -x $cxx && -x $cli ]] || die "$cxx or $cli not found: build Arcwise first, or pass --build DIR"
    command -v git >/dev/null || die "git is not installed"
    [[ -n $work ]] || work=$(mktemp -d /tmp/arcwise-guidance.XXXXXX) || die "cannot create a scratch directory"
    mkdir -p "$work" || die "cannot create $work"
    work=$(cd "$work" && pwd)
    log "scratch directory: $work"

    for name in $cases; do
        log "$name: making the repository and building the head commit"
        make_case "$name" "$work/$name/repo" "$here" "$cxx" >"$work/$name.build.log" 2>&1 ||
            die "$name: could not make or build it (see $work/$name.build.log)"
        # The counters the campaign hands the workers with --change-guidance blocks.
        "$cli" fuzz "$work/$name/repo/build" --changed-since HEAD~1 --time 2s --cores 1 \
            --db "$work/$name/counters.sqlite" >"$work/$name.counters.log" 2>&1
        counters=$(find "$work/$name/repo/build/.arcwise/changes" -name '*.counters' 2>/dev/null | head -1)
        [[ -s $counters ]] || die "$name: the campaign wrote no changed counters (see $work/$name.counters.log)"
        log "$name: $(wc -l <"$counters") changed counters"
        for seed in $seeds; do
            run_one "$work/$name/repo/build/$name" "$work/$name/plain-$seed" "$seed" "$cap" &
            run_one "$work/$name/repo/build/$name" "$work/$name/directed-$seed" "$seed" "$cap" \
                --changed="$counters" &
            wait
            log "$name seed $seed done"
        done
    done

    mkdir -p "$(dirname "$output")"
    python3 - "$work" "$cap" "$seeds" "$cases" >"$output" <<'PY' || die "cannot write the report"
import glob, os, re, statistics, sys

work, cap, seeds, cases = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(), sys.argv[4].split()


def executions(d):
    """Executions at the last status line before the crash, or None when it was not found."""
    if not glob.glob(os.path.join(d, "crash-*")):
        return None
    last = None
    with open(os.path.join(d, "log"), errors="replace") as f:
        for line in f:
            m = re.match(r"#(\d+)\s", line)
            if m:
                last = int(m.group(1))
    return last


def fmt(x):
    return "not found" if x is None else f"{x / 1e6:.1f} M"


print("# Change guidance inside one target: plain against directed\n")
print(f"`bench/guidance.sh -s \"{' '.join(seeds)}\" -t {cap}`: standalone runs, empty corpus, "
      "plain and directed side by side (one per core). Executions to the crash, in millions "
      f"(the last status line before it); a run that hit the {cap} s cap counts as not found.\n")
for case in cases:
    rows, plain, directed = [], [], []
    for s in seeds:
        p = executions(os.path.join(work, case, f"plain-{s}"))
        d = executions(os.path.join(work, case, f"directed-{s}"))
        rows.append(f"| {s} | {fmt(p)} | {fmt(d)} | "
                    + (f"{d / p:.2f}" if p and d else "n/a") + " |")
        plain.append(p if p is not None else float("inf"))
        directed.append(d if d is not None else float("inf"))
    print(f"## {case}\n")
    print("| seed | plain | directed | directed / plain |")
    print("|---:|---:|---:|---:|")
    print("\n".join(rows))
    med = lambda xs: statistics.median(xs)
    mp, md = med(plain), med(directed)
    finite = lambda xs: [x for x in xs if x != float("inf")]
    print(f"| **median** | **{fmt(None if mp == float('inf') else mp)}** | "
          f"**{fmt(None if md == float('inf') else md)}** | "
          + (f"**{md / mp:.2f}**" if mp not in (0, float('inf')) and md != float('inf') else "n/a")
          + " |")
    for arm, xs in (("plain", plain), ("directed", directed)):
        f = finite(xs)
        if f:
            print(f"\n{arm}: {len(f)} of {len(xs)} found, {min(f) / 1e6:.1f} to {max(f) / 1e6:.1f} M",
                  end="")
    print("\n")
PY
    log "report: $output"
}

main "$@"
