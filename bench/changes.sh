#!/usr/bin/env bash
# bench/changes.sh: change focus benchmark. Makes a git repository of a small project (the record
# codec of bench/changes/ with its two targets, and the harnesses of bench/campaign/ listed below),
# commits it, then commits a change to the record codec that plants a bug which only the two
# record targets reach, behind a ladder of comparisons (bench/changes/planted.patch). It builds every
# target of both commits with arcwise-c++ into the repository's build/ directory, fuzzes the first
# commit's build once (the warm-up: the campaign the project had before the change, so its targets
# are known and have a corpus), then, from a copy of that database each, runs `arcwise-cli fuzz`
# over the second commit's build once with `--changed-since HEAD~1` (focus) and once without (no
# focus) per seed, the arms alternating, and compares the time and the executions to the planted
# bug and the other bugs found in the same time.
#
# Usage: bench/changes.sh [options]
#
#   -b, --build DIR         Arcwise build tree with bin/arcwise-c++ and bin/arcwise-cli
#                           (default: build/release, relative to the repository root)
#   -t, --time DURATION     length of every campaign, as arcwise-cli takes it (default: 240s)
#       --warmup DURATION   length of the campaign on the first commit (default: 90s)
#       --link library|own  how the other harnesses are built: "library" (the default) links the
#                           record codec into every harness, as a project links its library into
#                           all its fuzz targets, so the change rebuilds every binary though only
#                           the record targets call the codec; "own": each harness from its own
#                           source, so the change rebuilds the two record binaries alone
#       --more "NAME ..."   further harnesses of bench/campaign/ in the project, e.g. the long
#                           ladders "warranty_code recovery_code coupon_code enrollment_key", which
#                           keep finding new coverage for minutes and so compete for the cores
#   -s, --seeds "S ..."     campaign seeds (default: "1 2 3 4 5")
#   -c, --cores N           worker processes of every campaign (default: 2)
#   -o, --output FILE       Markdown report (default: bench/results/changes.md)
#   -w, --work DIR          scratch directory: the repository, databases, logs, reports (default: a
#                           new /tmp/arcwise-changes.XXXXXX, kept after the run)
#       --report-only       no runs: rebuild the report from the runs in the --work directory
#   -h, --help              show this help
#
# Every run starts from a copy of the warm-up's SQLite database and project state (regression
# files), so no run starts from another's corpus: the project as it was fuzzed before the change,
# its targets known and with a corpus. The time to the planted bug is the wall clock from the start of
# `arcwise-cli fuzz` to the first crash of a record target (its "reproducing and shrinking" log
# event, else its `failure` event; each line of the --json stream is stamped as it arrives); a
# run that does not find it counts as longer than the campaign. Needs git and python3.
set -uo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# The harnesses of bench/campaign/ that make up the rest of the project: six that reach their
# plateau within seconds and have no bug, eight with a bug that takes a second or two of fuzzing,
# and three that need sustained time (see bench/campaign/README.md).
CAMPAIGN_TARGETS="adler_crc base64_roundtrip csv_stats hexdump roman_numerals utf8_count
tlv_records ini_sections bmp_header varint_fields http_request license_key serial_number
voucher_code activation_token session_fsm crc_frames"
readonly PLANTED_TARGETS="record_decode record_roundtrip"


# stamp: copies stdin to stdout, each line prefixed by the seconds since the stamp started and a tab.
stamp() {
    python3 -u -c '
import sys, time
t0 = time.monotonic()
for line in sys.stdin:
    sys.stdout.write(f"{time.monotonic() - t0:.2f}\t{line}")
'
}

# summarize <work> <output> <time> <cores> <seeds> <planted targets>: reads every
# <work>/runs/<arm>-seed<seed>/{fuzz.jsonl,report.json} and writes the Markdown report.
summarize() {
    python3 - "$@" <<'PY'
import datetime, json, os, statistics, sys

work, output, run_time, cores, seeds, planted = sys.argv[1:7]
warmup = sys.argv[8] if len(sys.argv) > 8 else "?"
link = sys.argv[9] if len(sys.argv) > 9 else "own"
seeds = seeds.split()
planted = set(planted.split())
arms = ["focus", "no-focus"]


def seconds_of(text):
    total, num = 0.0, ""
    for c in text:
        if c.isdigit() or c == ".":
            num += c
        else:
            total += float(num) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[c]
            num = ""
    return total + (float(num) if num else 0.0)


limit = seconds_of(run_time)

# Executions are stored per target and carried over from the warm-up: a run's own are the count
# less the warm-up's.
base_execs = {}
try:
    with open(os.path.join(work, "warmup", "report.json")) as f:
        base_execs = {t.get("name"): int(t.get("executions") or 0)
                      for t in json.load(f).get("targets", [])}
except (OSError, ValueError):
    pass


def read_run(d):
    path = os.path.join(d, "fuzz.jsonl")
    if not os.path.isfile(path):
        return None
    names = {}  # target id -> name
    progress = []  # (seconds, {target: executions}, campaign executions)
    failures = []  # (seconds, event)
    caught = {}  # target -> seconds of the first "reproducing and shrinking" log line
    changes = None
    with open(path) as f:
        for line in f:
            stamp, _, text = line.partition("\t")
            try:
                t, e = float(stamp), json.loads(text)
            except ValueError:
                continue
            kind = e.get("event")
            if kind == "progress":
                for x in e.get("targets", []):
                    names[x.get("id")] = x.get("name")
                progress.append((t, {x.get("name"): int(x.get("executions") or 0)
                                     for x in e.get("targets", [])},
                                 int(e.get("executions") or 0)))
            elif kind == "failure":
                failures.append((t, e))
            elif kind == "log" and "reproducing and shrinking" in (e.get("message") or ""):
                caught.setdefault(e["message"].split(":", 1)[0], t)
            elif kind == "finished":
                changes = e.get("changes")
    bug = None  # (seconds, target, target executions, campaign executions)
    others = {}  # (target, signature) -> seconds
    fresh = set()  # the keys of others not known from the warm-up
    for t, e in failures:
        name = names.get(e.get("target_id"), f"target {e.get('target_id')}")
        if name in planted:
            if bug is None:
                # Caught when the crash was seen, before it was reproduced and shrunk.
                t = min(t, caught.get(name, t))
                after = next((p for p in progress if p[0] >= t), None)
                bug = (t, name,
                       after[1].get(name, 0) - base_execs.get(name, 0) if after else None,
                       after[2] - sum(base_execs.values()) if after else None)
        else:
            key = (name, e.get("signature") or e.get("kind") or str(e.get("id")))
            others.setdefault(key, t)
            if e.get("new"):
                fresh.add(key)
    report = None
    try:
        with open(os.path.join(d, "report.json")) as f:
            report = json.load(f)
    except (OSError, ValueError):
        pass
    executions = None
    if report:
        executions = sum(int(t.get("executions") or 0) for t in report.get("targets", []))
        if os.path.basename(d) != "warmup":
            executions -= sum(base_execs.values())
        # Failures the event stream may have missed (a run that ended while one was being shrunk).
        start = None
        try:
            with open(os.path.join(d, "start")) as f:
                start = float(f.read().strip())
        except (OSError, ValueError):
            pass
        for t in report.get("targets", []):
            name = t.get("name", "?")
            for fl in t.get("failures", []):
                if name in planted:
                    continue
                key = (name, fl.get("signature") or fl.get("kind") or str(fl.get("id")))
                if key not in others:
                    seen = fl.get("first_seen")
                    secs = None
                    if seen and start is not None:
                        secs = datetime.datetime.fromisoformat(
                            seen.replace("Z", "+00:00")).timestamp() - start
                    if secs is not None and secs >= 0:
                        others[key] = secs
                        fresh.add(key)
    rc = "?"
    try:
        with open(os.path.join(d, "rc")) as f:
            rc = f.read().strip()
    except OSError:
        pass
    return {"bug": bug, "others": others, "fresh": fresh, "changes": changes,
            "executions": executions, "rc": rc}


runs = {}
for arm in arms:
    for seed in seeds:
        r = read_run(os.path.join(work, "runs", f"{arm}-seed{seed}"))
        if r:
            runs[(arm, seed)] = r
if not runs:
    sys.exit("changes: error: no runs in " + os.path.join(work, "runs"))


def bug_time(r):
    return r["bug"][0] if r and r["bug"] else float("inf")


def fmt_time(x):
    return f">{limit:.0f} s" if x == float("inf") else f"{x:.1f} s"


def fmt_count(x):
    return "n/a" if x is None else f"{x:,}"


def ratio_text(a, b):
    # a / b where an infinite value (not found) is at least the campaign length.
    if a == float("inf") and b == float("inf"):
        return "n/a"
    if b == float("inf"):
        return f"<{limit / a:.2f}" if a > 0 else "n/a"
    if a == float("inf"):
        return f">{limit / b:.1f}" if b > 0 else "inf"
    return f"{a / b:.1f}" if b > 0 else "inf"


def fmt_others(others, fresh=()):
    items = sorted(others.items(), key=lambda kv: (kv[1] is None, kv[1] or 0, kv[0]))
    return ", ".join(("**" if key in fresh else "") + key[0]
                     + (f" @{secs:.0f}s" if secs is not None else "") + ("**" if key in fresh else "")
                     for key, secs in items) or "-"


lines = []
w = lines.append
w("# Change focus benchmark: `--changed-since HEAD~1` against no focus")
w("")
w(f"- Date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M UTC}; host: "
  f"{os.uname().nodename}, {os.cpu_count()} CPUs")
ntargets = len(planted) + len(sys.argv[7].split()) if len(sys.argv) > 7 else None
w(f"- `bench/changes.sh`: a git repository of "
  + (f"{ntargets} targets " if ntargets else "")
  + "(`bench/changes/`'s record codec with `record_decode` and `record_roundtrip`, and harnesses of "
  "`bench/campaign/`); its last commit plants a bug in the record codec behind a ladder of "
  "comparisons that only the two record targets reach. "
  + ("Every harness links the record codec (`--link library`), as a project's fuzz targets link "
     "its library, so the change rebuilds every binary; only the record targets call the codec."
     if link == "library" else
     "Every harness is built from its own source (`--link own`), so the change rebuilds the two "
     "record binaries alone."))
w(f"- Warm-up: the first commit's build fuzzed for {warmup} (--cores {cores}, seed 1), once; every run "
  "starts from a copy of its database and regression files, so the targets are known and have a "
  "corpus, as in a project fuzzed before the change.")
w(f"- Runs: `arcwise-cli fuzz` on the second commit's build, --cores {cores} --time {run_time}, seeds "
  f"{' '.join(seeds)}, focus (`--changed-since HEAD~1`) and no focus alternating (their order swaps "
  "from seed to seed).")
w("- Time to the planted bug: wall clock from the start of `arcwise-cli fuzz` to the first crash of "
  "a record target (its `reproducing and shrinking` log event, else its `failure` event). Executions to the bug: that target's executions, and the "
  "whole campaign's, at the first progress event after it. The machine is shared and loaded, so "
  "the executions are the load-independent measure.")
w("")
w("## Time to the planted bug")
w("")
w("| Seed | Focus | No focus | No focus / focus | Executions of the target: focus | no focus | "
  "Campaign executions: focus | no focus |")
w("|---:|---:|---:|---:|---:|---:|---:|---:|")
per_arm = {arm: [] for arm in arms}
execs = {arm: [] for arm in arms}
for seed in seeds:
    f, n = runs.get(("focus", seed)), runs.get(("no-focus", seed))
    if not f or not n:
        w(f"| {seed} | " + ("-" if not f else fmt_time(bug_time(f))) + " | "
          + ("-" if not n else fmt_time(bug_time(n))) + " | - | | | | |")
        continue
    tf, tn = bug_time(f), bug_time(n)
    per_arm["focus"].append(tf)
    per_arm["no-focus"].append(tn)
    ef = f["bug"][2] if f["bug"] else None
    en = n["bug"][2] if n["bug"] else None
    cf = f["bug"][3] if f["bug"] else None
    cn = n["bug"][3] if n["bug"] else None
    execs["focus"].append(ef)
    execs["no-focus"].append(en)
    w(f"| {seed} | {fmt_time(tf)} | {fmt_time(tn)} | {ratio_text(tn, tf)} | {fmt_count(ef)} | "
      f"{fmt_count(en)} | {fmt_count(cf)} | {fmt_count(cn)} |")
if per_arm["focus"]:
    mf, mn = statistics.median(per_arm["focus"]), statistics.median(per_arm["no-focus"])
    found_f = sum(1 for x in per_arm["focus"] if x != float("inf"))
    found_n = sum(1 for x in per_arm["no-focus"] if x != float("inf"))
    w(f"| **median** | **{fmt_time(mf)}** | **{fmt_time(mn)}** | **{ratio_text(mn, mf)}** | | | | |")
    w("")
    w(f"Found within {run_time}: focus {found_f} of {len(per_arm['focus'])} runs, no focus "
      f"{found_n} of {len(per_arm['no-focus'])}. A run that did not find the bug counts as longer "
      "than the campaign, so a ratio with one is a bound (`>` or `<`).")
w("")
w("## Other bugs found in the same time")
w("")
w("Other bugs: distinct failures of the other targets. *Known at the end*: those the database "
  "holds when the run ends, the warm-up's and the run's own; *new*: found in the run and not by "
  "the warm-up; *seen again*: the warm-up's that the run reported once more (a campaign that goes "
  "on from its stored estimates does not re-run a failing target first, so it sees fewer again, "
  "and loses none). The list: the run's sightings, new ones in bold.")
w("")
w("| Seed | Arm | Known at the end | new | seen again | Campaign executions | Changed lines reached | Other bugs (time to first sighting) |")
w("|---:|---|---:|---:|---:|---:|---:|---|")
warm = read_run(os.path.join(work, "warmup"))
warm_keys = set(warm["others"]) if warm else set()
counts = {arm: [] for arm in arms}
news = {arm: [] for arm in arms}
for seed in seeds:
    for arm in arms:
        r = runs.get((arm, seed))
        if not r:
            continue
        seen = set(r["others"])
        counts[arm].append(len(warm_keys | seen))
        news[arm].append(len(r["fresh"] & seen - warm_keys))
        ch = r["changes"]
        reached = f"{ch.get('lines_reached')} of {ch.get('lines_changed')}" if ch else "-"
        w(f"| {seed} | {arm} | {counts[arm][-1]} | {news[arm][-1]} | {len(seen & warm_keys)} | "
          f"{fmt_count(r['executions'])} | {reached} | {fmt_others(r['others'], r['fresh'])} |")
w("")
w("| Arm | Runs | Known at the end (median) | (mean) | min | max | New (median) | (mean) |")
w("|---|---:|---:|---:|---:|---:|---:|---:|")
for arm in arms:
    c, nw = counts[arm], news[arm]
    if c:
        w(f"| {arm} | {len(c)} | {statistics.median(c):g} | {sum(c) / len(c):.2f} | {min(c)} | "
          f"{max(c)} | {statistics.median(nw):g} | {sum(nw) / len(nw):.2f} |")
if warm:
    w("")
    w(f"The warm-up ({warmup} on the first commit) found: {fmt_others(warm['others'])}.")
w("")
bad = [f"{a} seed {s} (exit {r['rc']})" for (a, s), r in runs.items() if r["rc"] not in ("0", "1")]
if bad:
    w("Runs where `arcwise-cli fuzz` exited with an error: " + ", ".join(sorted(bad)) + ".")
    w("")

os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
with open(output, "w") as f:
    f.write("\n".join(lines))
print("\n".join(lines))
PY
}

# make_repository <repo> <here> base|change: the project's git history: everything (base), then
# the commit planting the bug (change).
make_repository() {
    local repo=$1 here=$2 phase=$3 name
    local -a git=(git -C "$repo" -c user.name=Bench -c user.email=bench@localhost -c commit.gpgsign=false)
    if [[ $phase == change ]]; then
        "${git[@]}" apply "$here/changes/planted.patch" || return 1
        "${git[@]}" add -A && "${git[@]}" commit -q -m "Record codec: extension records" || return 1
        return
    fi
    rm -rf "$repo"
    mkdir -p "$repo/campaign" "$repo/records" || return 1
    git init -q -b main "$repo" || return 1
    cp "$here/campaign/ladder.h" "$repo/campaign/" || return 1
    for name in $CAMPAIGN_TARGETS; do
        cp "$here/campaign/$name.cc" "$repo/campaign/" || return 1
    done
    cp "$here/changes/record_codec.h" "$here/changes/record_codec.cc" "$here/changes/record_decode.cc" \
        "$here/changes/record_roundtrip.cc" "$repo/records/" || return 1
    printf 'build/\n' >"$repo/.gitignore"
    "${git[@]}" add -A && "${git[@]}" commit -q -m "Project: record codec and parsers" || return 1
}

# build_project <repo> <cxx> <logs> <link>: every target into <repo>/build, from absolute source
# paths (the debug info names the files the change reader compares with the repository's); with
# <link> "library" every harness links the record codec.
build_project() {
    local repo=$1 cxx=$2 logs=$3 link=$4 name failed=0
    local -a library=()
    [[ $link == library ]] && library=("$repo/records/record_codec.cc")
    mkdir -p "$repo/build" "$logs"
    for name in $CAMPAIGN_TARGETS; do
        "$cxx" -O1 -g "$repo/campaign/$name.cc" "${library[@]}" -o "$repo/build/$name" >"$logs/$name.log" 2>&1 ||
            { log "build failed: $name, see $logs/$name.log"; failed=1; }
    done
    for name in $PLANTED_TARGETS; do
        "$cxx" -O1 -g "$repo/records/$name.cc" "$repo/records/record_codec.cc" -o "$repo/build/$name" \
            >"$logs/$name.log" 2>&1 || { log "build failed: $name, see $logs/$name.log"; failed=1; }
    done
    return $failed
}

main() {
    local here root build="build/release" run_time="240s" warmup="90s" seeds="1 2 3 4 5" cores=2
    local output work="" report_only=0 more="" link=library
    local cxx cli repo seed arm run rc n i=0 ntargets

    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    root=$(cd "$here/.." && pwd)
    output="$here/results/changes.md"

    while [[ $# -gt 0 ]]; do
        case "$1" in
        -b | --build) need_value "$@"; build=$2; shift 2 ;;
        -t | --time) need_value "$@"; run_time=$2; shift 2 ;;
        --warmup) need_value "$@"; warmup=$2; shift 2 ;;
        --more) need_value "$@"; more=$2; shift 2 ;;
        --link) need_value "$@"; link=$2; shift 2 ;;
        -s | --seeds) need_value "$@"; seeds=$2; shift 2 ;;
        -c | --cores) need_value "$@"; cores=$2; shift 2 ;;
        -o | --output) need_value "$@"; output=$2; shift 2 ;;
        -w | --work) need_value "$@"; work=$2; shift 2 ;;
        --report-only) report_only=1; shift ;;
        -h | --help) usage; exit 0 ;;
        --*=*) set -- "${1%%=*}" "${1#*=}" "${@:2}" ;;
        *) die "unknown argument $1 (see --help)" ;;
        esac
    done

    [[ $run_time =~ ^([0-9]+(\.[0-9]+)?[smhd]?)+$ ]] || die "--time needs a duration like 300s, 5m or 300, not '$run_time'"
    [[ $warmup =~ ^([0-9]+(\.[0-9]+)?[smhd]?)+$ ]] || die "--warmup needs a duration like 90s, not '$warmup'"
    [[ $cores =~ ^[0-9]+$ && $cores -gt 0 ]] || die "--cores must be a positive number"
    [[ $link == library || $link == own ]] || die "--link must be 'library' or 'own', not '$link'"
    for seed in $seeds; do
        [[ $seed =~ ^[0-9]+$ ]] || die "--seeds must be numbers, not '$seed'"
    done
    [[ -n ${seeds// /} ]] || die "--seeds is empty"
    command -v python3 >/dev/null || die "python3 not found: it reads the JSON events and reports"
    command -v git >/dev/null || die "git not found: the project is a git repository"
    for n in $more; do
        [[ -f $here/campaign/$n.cc ]] || die "--more: no harness $here/campaign/$n.cc"
    done

    if ((report_only)); then
        [[ -n $work && -d $work/runs ]] || die "--report-only needs the --work directory of an earlier run"
        if [[ -f $work/config ]]; then
            run_time=$(sed -n 's/^time=//p' "$work/config")
            warmup=$(sed -n 's/^warmup=//p' "$work/config")
            cores=$(sed -n 's/^cores=//p' "$work/config")
            seeds=$(sed -n 's/^seeds=//p' "$work/config")
            more=$(sed -n 's/^more=//p' "$work/config")
            link=$(sed -n 's/^link=//p' "$work/config")
            link=${link:-own} # runs from before --link built each harness from its own source
        fi
        CAMPAIGN_TARGETS+=" $more"
        summarize "$work" "$output" "$run_time" "$cores" "$seeds" "$PLANTED_TARGETS" "$CAMPAIGN_TARGETS" "$warmup" "$link" || exit 2
        log "report written to $output"
        return
    fi

    CAMPAIGN_TARGETS+=" $more"
    [[ $build == /* ]] || build="$root/$build"
    cxx="$build/bin/arcwise-c++"
    cli="$build/bin/arcwise-cli"
    [[ -x $cxx ]] || die "$cxx not found: configure and build Arcwise first (cmake --preset release && cmake --build --preset release), or pass --build DIR"
    [[ -x $cli ]] || die "$cli not found: build it first (cmake --build $build --target arcwise-cli arcwise_runtime), or pass --build DIR"
    "$cli" --version >/dev/null 2>&1 || die "$cli does not run ($cli --version failed)"

    if [[ -z $work ]]; then
        work=$(mktemp -d /tmp/arcwise-changes.XXXXXX) || die "cannot create a scratch directory"
    fi
    mkdir -p "$work" || die "cannot create $work"
    work=$(cd "$work" && pwd)
    repo="$work/repo"
    rm -rf "$work/runs" "$work/binaries" "$work/base-binaries" "$work/warmup"
    mkdir -p "$work/runs" "$work/warmup"
    printf 'time=%s\nwarmup=%s\ncores=%s\nseeds=%s\nmore=%s\nlink=%s\ncli=%s\n' "$run_time" "$warmup" \
        "$cores" "$seeds" "$more" "$link" "$cli" >"$work/config"

    log "scratch directory: $work"
    ntargets=$(($(wc -w <<<"$CAMPAIGN_TARGETS") + $(wc -w <<<"$PLANTED_TARGETS")))
    make_repository "$repo" "$root/bench" base || die "cannot make the git repository in $repo"
    log "building the first commit's $ntargets targets with $cxx"
    build_project "$repo" "$cxx" "$work/build-logs/base" "$link" || die "some targets did not build"
    # The project directory holds the binaries and the campaign's own state (regression files,
    # change counters beside them) and nothing else.
    mv "$repo/build" "$work/base-binaries"
    make_repository "$repo" "$root/bench" change || die "cannot commit the change in $repo"
    log "repository: $(git -C "$repo" log --oneline | tr '\n' ';')"
    log "building the second commit's targets"
    build_project "$repo" "$cxx" "$work/build-logs/head" "$link" || die "some targets did not build"
    mv "$repo/build" "$work/binaries"

    # The warm-up: the first commit fuzzed, as the project's campaign was before the change.
    cp -a "$work/base-binaries" "$repo/build"
    n=$("$cli" list "$repo/build" 2>"$work/list.err" | tail -1)
    log "arcwise-cli list: $n"
    [[ $n == "$ntargets targets in $ntargets binaries" ]] ||
        die "arcwise-cli list did not find the $ntargets targets (got: '$n'; stderr in $work/list.err)"
    log "warm-up on the first commit: $warmup"
    "$cli" fuzz "$repo/build" --cores "$cores" --time "$warmup" --seed 1 --db "$work/warmup/arcwise.sqlite" \
        --json 2>"$work/warmup/fuzz.err" | stamp >"$work/warmup/fuzz.jsonl"
    rc=${PIPESTATUS[0]}
    ((rc == 0 || rc == 1)) || die "the warm-up campaign exited with $rc, see $work/warmup/fuzz.err"
    "$cli" report "$repo/build" --db "$work/warmup/arcwise.sqlite" --format json >"$work/warmup/report.json" 2>/dev/null
    mkdir -p "$work/warmup/state"
    [[ -d $repo/build/.arcwise ]] && cp -a "$repo/build/.arcwise" "$work/warmup/state/"
    rm -rf "$repo/build"

    # The arms alternate, and their order swaps from seed to seed, so a change in the machine's load
    # hits both alike.
    for seed in $seeds; do
        local -a order=(focus no-focus)
        ((i++ % 2)) && order=(no-focus focus)
        for arm in "${order[@]}"; do
            run="$work/runs/$arm-seed$seed"
            rm -rf "$run" "$repo/build"
            mkdir -p "$run"
            cp -a "$work/binaries" "$repo/build"
            cp -a "$work/warmup/state/." "$repo/build/"
            cp "$work/warmup/"arcwise.sqlite* "$run/"
            local -a cmd=("$cli" fuzz "$repo/build" --cores "$cores" --time "$run_time" --seed "$seed"
                --db "$run/arcwise.sqlite" --json)
            [[ $arm == focus ]] && cmd+=(--changed-since HEAD~1)
            log "seed $seed, $arm: ${cmd[*]}"
            date +%s.%N >"$run/start"
            "${cmd[@]}" 2>"$run/fuzz.err" | stamp >"$run/fuzz.jsonl"
            rc=${PIPESTATUS[0]}
            echo "$rc" >"$run/rc"
            date +%s.%N >"$run/end"
            # Exit status 1 means "failures found"; anything else but 0 is an error.
            if ((rc != 0 && rc != 1)); then
                log "arcwise-cli fuzz exited with $rc, see $run/fuzz.err:"
                tail -n 20 "$run/fuzz.err" >&2
            fi
            "$cli" report "$repo/build" --db "$run/arcwise.sqlite" --format json >"$run/report.json" 2>"$run/report.err"
            rc=$?
            if ((rc != 0 && rc != 1)); then
                log "arcwise-cli report failed (exit $rc), see $run/report.err"
                rm -f "$run/report.json"
            fi
            log "  $(python3 - "$run/fuzz.jsonl" "$PLANTED_TARGETS" <<'PY'
import json, sys
planted = set(sys.argv[2].split())
names, failures, bug, others = {}, [], None, set()
for line in open(sys.argv[1]):
    t, _, text = line.partition("\t")
    try:
        e = json.loads(text)
    except ValueError:
        continue
    if e.get("event") == "progress":
        names.update({x["id"]: x["name"] for x in e.get("targets", [])})
    elif e.get("event") == "failure":
        failures.append((float(t), e))
for t, e in failures:
    name = names.get(e.get("target_id"), "?")
    if name in planted:
        bug = bug or f"{name} at {t:.1f} s"
    else:
        others.add((name, e.get("signature")))
print(f"planted bug: {bug or 'not found'}; other bugs: {len(others)}")
PY
)"
        done
    done

    echo
    summarize "$work" "$output" "$run_time" "$cores" "$seeds" "$PLANTED_TARGETS" "$CAMPAIGN_TARGETS" "$warmup" "$link" || exit 2
    echo
    log "report written to $output (repository, runs, databases and logs: $work)"
}

main "$@"
exit
