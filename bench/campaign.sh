#!/usr/bin/env bash
# bench/campaign.sh: campaign scheduling benchmark. Builds the harnesses of bench/campaign/ (targets
# of very different difficulty, see bench/campaign/README.md) and runs `arcwise-cli fuzz` over all
# of them on a fixed number of cores for a fixed time, once with --schedule adaptive and once with
# --schedule round-robin per seed, then compares the bugs found and the features covered.
#
# Usage: bench/campaign.sh [options]
#
#   -b, --build DIR         Arcwise build tree with bin/arcwise-c++ and bin/arcwise-cli
#                           (default: build/release, relative to the repository root)
#   -t, --time DURATION     length of every campaign, as arcwise-cli takes it (default: 600s)
#   -s, --seeds "S ..."     campaign seeds (default: "1 2 3")
#   -c, --cores N           worker processes of every campaign (default: 2)
#       --slice DURATION    time slice of one target on one worker (default: arcwise-cli's)
#       --policies "P ..."  schedules to compare (default: "adaptive round-robin")
#   -o, --output FILE       Markdown report (default: bench/results/campaign.md)
#   -w, --work DIR          scratch directory: binaries, databases, logs, reports (default: a new
#                           /tmp/arcwise-campaign.XXXXXX, kept after the run)
#       --report-only       no runs: rebuild the report from the runs in the --work directory
#   -h, --help              show this help
#
# Every run gets a fresh SQLite database, so no run starts from another's corpus. Per run the
# report lists the bugs found (distinct failures: target and signature), the features covered
# (summed over all targets) and the executions; the summary gives the means over the seeds and the
# ratios adaptive / round-robin. Needs python3.
set -uo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"


# summarize <work> <output> <time> <cores> <slice> <seeds> <policies>: reads every
# <work>/runs/<policy>-seed<seed>/report.json and writes the Markdown report.
summarize() {
    python3 - "$@" <<'PY'
import datetime, json, os, sys

work, output, run_time, cores, slice_, seeds, policies = sys.argv[1:8]
seeds = seeds.split()
policies = policies.split()


def when(text):
    if not text:
        return None
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


runs = {}  # (policy, seed) -> dict
all_targets = set()
for policy in policies:
    for seed in seeds:
        d = os.path.join(work, "runs", f"{policy}-seed{seed}")
        path = os.path.join(d, "report.json")
        if not os.path.isfile(path):
            continue
        try:
            with open(path) as f:
                report = json.load(f)
        except ValueError as e:
            print(f"campaign: warning: {path}: {e}", file=sys.stderr)
            continue
        start = None
        try:
            with open(os.path.join(d, "start")) as f:
                start = float(f.read().strip())
        except (OSError, ValueError):
            pass
        bugs = {}  # (target, signature) -> seconds after the start, or None
        features = executions = 0
        per_target = {}
        for t in report.get("targets", []):
            name = t.get("name", "?")
            all_targets.add(name)
            features += int(t.get("features") or 0)
            executions += int(t.get("executions") or 0)
            per_target[name] = {"features": int(t.get("features") or 0), "bugs": 0}
            for fl in t.get("failures", []):
                key = (name, fl.get("signature") or fl.get("kind") or str(fl.get("id")))
                seen = when(fl.get("first_seen"))
                secs = seen - start if seen is not None and start is not None else None
                if key not in bugs or (secs is not None and (bugs[key] is None or secs < bugs[key])):
                    bugs[key] = secs
                per_target[name]["bugs"] = len({k for k in bugs if k[0] == name})
        rc = "?"
        try:
            with open(os.path.join(d, "rc")) as f:
                rc = f.read().strip()
        except OSError:
            pass
        runs[(policy, seed)] = {"bugs": bugs, "features": features, "executions": executions,
                                "targets": per_target, "rc": rc, "ntargets": len(per_target)}

if not runs:
    sys.exit("campaign: error: no run reports in " + os.path.join(work, "runs"))


def fmt_bugs(bugs):
    items = sorted(bugs.items(), key=lambda kv: (kv[1] is None, kv[1] or 0, kv[0]))
    out = []
    for (target, sig), secs in items:
        label = target
        if sum(1 for (t, _) in bugs if t == target) > 1:
            label += f" ({sig})"
        out.append(label + (f" @{secs:.0f}s" if secs is not None else ""))
    return ", ".join(out) if out else "-"


def mean(xs):
    return sum(xs) / len(xs) if xs else None


def num(x, digits=1):
    if x is None:
        return "n/a"
    if x == float("inf"):
        return "inf"
    return f"{x:.{digits}f}"


def ratio(a, b):
    if a is None or b is None:
        return None
    if b == 0:
        return None if a == 0 else float("inf")
    return a / b


lines = []
w = lines.append
w("# Campaign scheduling benchmark: adaptive vs round-robin")
w("")
w(f"- Date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M UTC}; host: "
  f"{os.uname().nodename}, {os.cpu_count()} CPUs")
w(f"- `arcwise-cli fuzz` over the {len(all_targets)} harnesses of `bench/campaign/`, "
  f"--cores {cores}, --time {run_time}"
  + (f", --slice {slice_}" if slice_ else "") + f", seeds {' '.join(seeds)}; "
  "a fresh database per run (empty corpora)")
w("- Bugs: distinct failures (target and signature) in `arcwise-cli report --format json`, with "
  "the time from the start of the run to the first sighting. Features: the sum over all targets.")
w("")
w("## Runs")
w("")
w("| Seed | Policy | Targets | Bugs | Features | Executions | Bugs found (time to first sighting) |")
w("|---:|---|---:|---:|---:|---:|---|")
for seed in seeds:
    for policy in policies:
        r = runs.get((policy, seed))
        if not r:
            w(f"| {seed} | {policy} | - | - | - | - | (no report) |")
            continue
        w(f"| {seed} | {policy} | {r['ntargets']} | {len(r['bugs'])} | {r['features']} | "
          f"{r['executions']} | {fmt_bugs(r['bugs'])} |")
w("")
w("## Summary")
w("")
w("| Policy | Runs | Bugs (mean) | Features (mean) | Executions (mean) |")
w("|---|---:|---:|---:|---:|")
means = {}
for policy in policies:
    rs = [runs[(policy, s)] for s in seeds if (policy, s) in runs]
    means[policy] = (mean([len(r["bugs"]) for r in rs]), mean([r["features"] for r in rs]),
                     mean([r["executions"] for r in rs]))
    w(f"| {policy} | {len(rs)} | {num(means[policy][0], 2)} | {num(means[policy][1], 1)} | "
      f"{num(means[policy][2], 0)} |")
w("")
if "adaptive" in policies and "round-robin" in policies:
    w("| Ratio adaptive / round-robin | Bugs | Features |")
    w("|---|---:|---:|")
    bug_ratios, feat_ratios = [], []
    for seed in seeds:
        a, r = runs.get(("adaptive", seed)), runs.get(("round-robin", seed))
        if not a or not r:
            continue
        br = ratio(len(a["bugs"]), len(r["bugs"]))
        fr = ratio(a["features"], r["features"])
        if br is not None:
            bug_ratios.append(br)
        if fr is not None:
            feat_ratios.append(fr)
        w(f"| seed {seed} | {num(br, 2)} | {num(fr, 3)} |")
    w(f"| mean over seeds | {num(mean(bug_ratios), 2)} | {num(mean(feat_ratios), 3)} |")
    w(f"| ratio of the means | {num(ratio(means['adaptive'][0], means['round-robin'][0]), 2)} | "
      f"{num(ratio(means['adaptive'][1], means['round-robin'][1]), 3)} |")
    w("")
    w("Above 1 is better for adaptive. A seed where neither policy found a bug has no bug ratio; "
      "`inf` means round-robin found none.")
    w("")
w("## Bugs found over time")
w("")
w("Mean number of distinct bugs found by each point in the run (from the first sightings).")
w("")
try:
    total = float(run_time.rstrip("s")) if run_time.endswith("s") else float(run_time)
except ValueError:
    total = 180.0
points = [t for t in (15, 30, 45, 60, 90, 120, 150, 180, 240, 300, 600) if t <= total]
w("| Policy |" + "".join(f" {t} s |" for t in points))
w("|---|" + "---:|" * len(points))
for policy in policies:
    rs = [runs[(policy, s)] for s in seeds if (policy, s) in runs]
    row = []
    for t in points:
        row.append(num(mean([sum(1 for secs in r["bugs"].values() if secs is not None and secs <= t)
                             for r in rs]), 2))
    w(f"| {policy} |" + "".join(f" {v} |" for v in row))
w("")
w("## Per target")
w("")
w("Runs (out of the seeds) in which the target's bug was found, and its mean features.")
w("")
head = "| Target |" + "".join(f" {p}: found | {p}: features |" for p in policies)
w(head)
w("|---|" + "---:|---:|" * len(policies))
for name in sorted(all_targets):
    row = f"| {name} |"
    for policy in policies:
        rs = [runs[(policy, s)] for s in seeds if (policy, s) in runs]
        found = sum(1 for r in rs if r["targets"].get(name, {}).get("bugs"))
        feats = mean([r["targets"][name]["features"] for r in rs if name in r["targets"]])
        row += f" {found}/{len(rs)} | {num(feats, 1)} |"
    w(row)
w("")
bad = [f"{p} seed {s} (exit {r['rc']})" for (p, s), r in runs.items() if r["rc"] not in ("0", "1")]
if bad:
    w("Runs where `arcwise-cli fuzz` exited with an error: " + ", ".join(sorted(bad)) + ".")
    w("")

os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
with open(output, "w") as f:
    f.write("\n".join(lines))
print("\n".join(lines))
PY
}

main() {
    local here root build="build/release" run_time="600s" seeds="1 2 3" cores=2 slice=""
    local policies="adaptive round-robin" output work="" report_only=0
    local cxx cli src name bin_dir seed policy run rc failed=0 n

    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    root=$(cd "$here/.." && pwd)
    src="$here/campaign"
    output="$here/results/campaign.md"

    while [[ $# -gt 0 ]]; do
        case "$1" in
        -b | --build) need_value "$@"; build=$2; shift 2 ;;
        -t | --time) need_value "$@"; run_time=$2; shift 2 ;;
        -s | --seeds) need_value "$@"; seeds=$2; shift 2 ;;
        -c | --cores) need_value "$@"; cores=$2; shift 2 ;;
        --slice) need_value "$@"; slice=$2; shift 2 ;;
        --policies) need_value "$@"; policies=$2; shift 2 ;;
        -o | --output) need_value "$@"; output=$2; shift 2 ;;
        -w | --work) need_value "$@"; work=$2; shift 2 ;;
        --report-only) report_only=1; shift ;;
        -h | --help) usage; exit 0 ;;
        --*=*) set -- "${1%%=*}" "${1#*=}" "${@:2}" ;;
        *) die "unknown argument $1 (see --help)" ;;
        esac
    done

    [[ $run_time =~ ^([0-9]+(\.[0-9]+)?[smhd]?)+$ ]] || die "--time needs a duration like 180s, 3m or 180, not '$run_time'"
    [[ -z $slice || $slice =~ ^([0-9]+(\.[0-9]+)?[smhd]?)+$ ]] || die "--slice needs a duration like 10s, not '$slice'"
    [[ $cores =~ ^[0-9]+$ && $cores -gt 0 ]] || die "--cores must be a positive number"
    for seed in $seeds; do
        [[ $seed =~ ^[0-9]+$ ]] || die "--seeds must be numbers, not '$seed'"
    done
    [[ -n ${seeds// /} ]] || die "--seeds is empty"
    for policy in $policies; do
        [[ $policy == adaptive || $policy == round-robin ]] || die "unknown policy '$policy' (adaptive, round-robin)"
    done
    command -v python3 >/dev/null || die "python3 not found: it reads the JSON reports"

    if ((report_only)); then
        [[ -n $work && -d $work/runs ]] || die "--report-only needs the --work directory of an earlier run"
        if [[ -f $work/config ]]; then
            run_time=$(sed -n 's/^time=//p' "$work/config")
            cores=$(sed -n 's/^cores=//p' "$work/config")
            slice=$(sed -n 's/^slice=//p' "$work/config")
            seeds=$(sed -n 's/^seeds=//p' "$work/config")
            policies=$(sed -n 's/^policies=//p' "$work/config")
        fi
        summarize "$work" "$output" "$run_time" "$cores" "$slice" "$seeds" "$policies" || exit 2
        log "report written to $output"
        return
    fi

    [[ $build == /* ]] || build="$root/$build"
    cxx="$build/bin/arcwise-c++"
    cli="$build/bin/arcwise-cli"
    [[ -x $cxx ]] || die "$cxx not found: configure and build Arcwise first (cmake --preset release && cmake --build --preset release), or pass --build DIR"
    [[ -x $cli ]] || die "$cli not found: build it first (cmake --build $build --target arcwise-cli arcwise_runtime), or pass --build DIR"
    "$cli" --version >/dev/null 2>&1 || die "$cli does not run ($cli --version failed)"

    local -a sources=()
    mapfile -t sources < <(find "$src" -maxdepth 1 -name '*.cc' | sort)
    ((${#sources[@]})) || die "no harness sources (*.cc) in $src"

    if [[ -z $work ]]; then
        work=$(mktemp -d /tmp/arcwise-campaign.XXXXXX) || die "cannot create a scratch directory"
    fi
    mkdir -p "$work" || die "cannot create $work"
    work=$(cd "$work" && pwd)
    # The project directory holds the fuzz binaries and nothing else: arcwise-cli fuzzes every
    # executable it finds there.
    bin_dir="$work/project"
    rm -rf "$bin_dir" "$work/runs"
    mkdir -p "$bin_dir" "$work/build-logs" "$work/runs"
    printf 'time=%s\ncores=%s\nslice=%s\nseeds=%s\npolicies=%s\ncli=%s\n' "$run_time" "$cores" \
        "$slice" "$seeds" "$policies" "$cli" >"$work/config"

    log "scratch directory: $work"
    log "building ${#sources[@]} harnesses with $cxx"
    for s in "${sources[@]}"; do
        name=$(basename "$s" .cc)
        if ! "$cxx" -O1 -g "$s" -o "$bin_dir/$name" >"$work/build-logs/$name.log" 2>&1; then
            log "build failed: $name, see $work/build-logs/$name.log"
            sed -n '1,20p' "$work/build-logs/$name.log" >&2
            failed=1
        fi
    done
    ((failed)) && die "some harnesses did not build"
    n=$("$cli" list "$bin_dir" 2>"$work/list.err" | tail -1)
    log "arcwise-cli list: $n"
    [[ $n == "${#sources[@]} targets in ${#sources[@]} binaries" ]] ||
        die "arcwise-cli list did not find the ${#sources[@]} targets (got: '$n'; stderr in $work/list.err)"

    # Policies alternate within a seed, so a change in the machine's load hits both alike.
    for seed in $seeds; do
        for policy in $policies; do
            run="$work/runs/$policy-seed$seed"
            mkdir -p "$run"
            local -a cmd=("$cli" fuzz "$bin_dir" --cores "$cores" --time "$run_time" --schedule "$policy"
                --seed "$seed" --db "$run/arcwise.sqlite" --json)
            [[ -n $slice ]] && cmd+=(--slice "$slice")
            log "seed $seed, $policy: ${cmd[*]}"
            date +%s.%N >"$run/start"
            "${cmd[@]}" >"$run/fuzz.jsonl" 2>"$run/fuzz.err"
            rc=$?
            echo "$rc" >"$run/rc"
            date +%s.%N >"$run/end"
            # Exit status 1 means "failures found"; anything else but 0 is an error.
            if ((rc != 0 && rc != 1)); then
                log "arcwise-cli fuzz exited with $rc, see $run/fuzz.err:"
                tail -n 20 "$run/fuzz.err" >&2
            fi
            "$cli" report "$bin_dir" --db "$run/arcwise.sqlite" --format json >"$run/report.json" 2>"$run/report.err"
            rc=$?
            if ((rc != 0 && rc != 1)) || ! python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$run/report.json" 2>/dev/null; then
                log "arcwise-cli report failed (exit $rc), see $run/report.err:"
                tail -n 20 "$run/report.err" >&2
                rm -f "$run/report.json"
                continue
            fi
            log "  $(python3 - "$run/report.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1])).get("targets", [])
bugs = sum(len(x.get("failures", [])) for x in t)
features = sum(int(x.get("features") or 0) for x in t)
print(f"{bugs} bugs, {features} features, {len(t)} targets")
PY
)"
        done
    done

    echo
    summarize "$work" "$output" "$run_time" "$cores" "$slice" "$seeds" "$policies" || exit 2
    echo
    log "report written to $output (runs, databases and logs: $work/runs)"
}

main "$@"
