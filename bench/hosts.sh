#!/usr/bin/env bash
# bench/hosts.sh: two hosts against one. The bundled example project fuzzed for the same time by
# one arcwise-cli process with 2 cores on SQLite, and by two arcwise-cli processes with 1 core
# each, each with its own copy of the project, sharing one campaign on a throw-away PostgreSQL 15
# server. Reports distinct failures, features (summed over the targets, as the report gives them)
# and, for the two hosts, the corpus entries each received from the other and the delay from
# their finding to their handing over. Then host loss: two hosts on one target with one worker slot
# in all; the one holding it is killed with SIGKILL halfway: how long until the other fuzzes the
# target, whether every corpus entry stored before the kill is still there, and whether the report
# calls the killed host stale.
#
# Usage: bench/hosts.sh [options]
#
#   -b, --build DIR     Arcwise build tree with bin/arcwise-cli and the examples
#                       (default: build/release, relative to the repository root)
#   -t, --time SECONDS  time of every run (default: 120)
#   -s, --seeds N       repetitions with seeds 1..N (default: 1)
#   -w, --work DIR      scratch directory (default: a new /tmp/arcwise-hosts.XXXXXX, kept)
#   -o, --output FILE   Markdown report (default: bench/results/hosts.md)
#   --loss-target NAME  the example fuzzed in the host-loss runs (default: fuzz_json_depth)
#   --loss-only         only the host-loss runs
#   -h, --help          show this help
#
# Needs PostgreSQL 15 (Debian: postgresql) and jq. As root, the server runs as the postgres user.
set -uo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"


repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=build/release
run_time=120
seeds=1
work=
output=$repo/bench/results/hosts.md
loss_target=fuzz_json_depth
compare=1
while (($#)); do
    case $1 in
    --loss-only) compare=0; shift ;;
    --loss-target) loss_target=${2:?}; shift 2 ;;
    -b | --build) build=${2:?}; shift 2 ;;
    -t | --time) run_time=${2:?}; shift 2 ;;
    -s | --seeds) seeds=${2:?}; shift 2 ;;
    -w | --work) work=${2:?}; shift 2 ;;
    -o | --output) output=${2:?}; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
    esac
done
[[ $build = /* ]] || build=$repo/$build
cli=$build/bin/arcwise-cli
[[ -x $cli && -d $build/examples ]] || die "no Arcwise build with examples in $build"
pg=/usr/lib/postgresql/15/bin
[[ -x $pg/initdb ]] || die "PostgreSQL 15 is missing (Debian: postgresql)"
command -v jq >/dev/null || die "jq is missing (Debian: jq)"
[[ -n $work ]] || work=$(mktemp -d /tmp/arcwise-hosts.XXXXXX)
mkdir -p "$work"
log "work directory: $work"

# The examples' fuzz binaries, copied as a project of their own (what a host would have).
copy_project() {
    mkdir -p "$1"
    find "$build/examples" -maxdepth 1 -type f -perm -u+x -exec cp {} "$1/" \;
}

# A throw-away PostgreSQL server on a Unix socket in $work/pg.
as_pg=()
if ((EUID == 0)); then as_pg=(runuser -u postgres --); fi
pgdir=$work/pg
rm -rf "$pgdir" && mkdir -p "$pgdir" && chmod 777 "$pgdir"
((EUID == 0)) && chown postgres "$pgdir"
"${as_pg[@]}" "$pg/initdb" -D "$pgdir/data" -U arcwise -A trust --no-sync >"$work/initdb.log" 2>&1 ||
    die "initdb failed: see $work/initdb.log"
"${as_pg[@]}" "$pg/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
    -o "-k $pgdir -c listen_addresses= -c fsync=off" start >/dev/null || die "the server did not start"
trap '"${as_pg[@]}" "$pg/pg_ctl" -D "$pgdir/data" -m fast -w stop >/dev/null' EXIT

features() { jq '[.targets[].features] | add // 0' "$1"; }
failures() { jq '[.targets[].failures | length] | add // 0' "$1"; }

results=$work/results.tsv
printf 'seed\tarm\tfailures\tfeatures\texecutions\treceived\tmedian_delay_s\tmax_delay_s\n' >"$results"
for ((seed = 1; seed <= seeds * compare; ++seed)); do
    # One host, 2 cores, SQLite.
    one=$work/one-$seed
    rm -rf "$one" && copy_project "$one"
    log "seed $seed: one host, 2 cores, ${run_time}s"
    "$cli" fuzz "$one" --cores 2 --time "$run_time" --seed "$seed" --json >"$one.out" 2>"$one.err"
    "$cli" report "$one" --format json --output "$one.json"
    printf '%s\tone host, 2 cores\t%s\t%s\t%s\t\t\t\n' "$seed" "$(failures "$one.json")" \
        "$(features "$one.json")" "$(jq '[.hosts[].executions] | add' "$one.json")" >>"$results"

    # Two hosts, 1 core each, one PostgreSQL campaign.
    "${as_pg[@]}" "$pg/psql" -h "$pgdir" -U arcwise -d postgres -qc "CREATE DATABASE hosts_$seed" ||
        die "cannot create a database"
    url="postgresql://arcwise@/hosts_$seed?host=$pgdir"
    for h in a b; do rm -rf "$work/$h-$seed" && copy_project "$work/$h-$seed"; done
    log "seed $seed: two hosts, 1 core each, ${run_time}s"
    "$cli" fuzz "$work/a-$seed" --db "$url" --cores 1 --time "$run_time" --seed "$seed" \
        --host-name a --json >"$work/a-$seed.out" 2>"$work/a-$seed.err" &
    a=$!
    "$cli" fuzz "$work/b-$seed" --db "$url" --cores 1 --time "$run_time" --seed $((seed + 1000)) \
        --host-name b --json >"$work/b-$seed.out" 2>"$work/b-$seed.err" &
    b=$!
    wait $a $b
    "$cli" report "$work/a-$seed" --db "$url" --format json --output "$work/two-$seed.json"
    received=0
    for h in a b; do
        received=$((received + $(tail -n1 "$work/$h-$seed.out" | jq .host.entries_received)))
    done
    printf '%s\ttwo hosts, 1 core each\t%s\t%s\t%s\t%s\t%s\t%s\n' "$seed" \
        "$(failures "$work/two-$seed.json")" "$(features "$work/two-$seed.json")" \
        "$(jq '[.hosts[].executions] | add' "$work/two-$seed.json")" "$received" \
        "$(tail -n1 "$work/b-$seed.out" | jq .host.median_delay_s)" \
        "$(tail -n1 "$work/b-$seed.out" | jq .host.max_delay_s)" >>"$results"
done

# Host loss: a and b on one target with --workers-per-target 1, so one of them waits. The one
# holding the slot is killed halfway; b's (or a's) first slice on the target after the kill says
# when the work was taken over.
psql_q() { "${as_pg[@]}" "$pg/psql" -h "$pgdir" -U arcwise -d "$1" -Atqc "$2"; }
now_ms() { date +%s%3N; }
[[ -x $build/examples/$loss_target ]] || die "no example $loss_target in $build/examples"
loss=$work/loss.tsv
printf 'seed\tkilled\ttaken_over_s\tlease_s\tcorpus_before\tcorpus_after\tstate\n' >"$loss"
for ((seed = 1; seed <= seeds; ++seed)); do
    dbname=loss_$seed
    psql_q postgres "CREATE DATABASE $dbname" || die "cannot create a database"
    url="postgresql://arcwise@/$dbname?host=$pgdir"
    declare -A pid=()
    for h in a b; do
        rm -rf "$work/loss-$h-$seed" && mkdir -p "$work/loss-$h-$seed"
        cp "$build/examples/$loss_target" "$work/loss-$h-$seed/"
        "$cli" fuzz "$work/loss-$h-$seed" --db "$url" --cores 1 --workers-per-target 1 \
            --time "$run_time" --seed "$seed" --host-name "$h" --json \
            >"$work/loss-$h-$seed.out" 2>"$work/loss-$h-$seed.err" &
        pid[$h]=$!
        sleep 2
    done
    sleep $((run_time / 2))
    holder=$(psql_q "$dbname" "SELECT h.name FROM leases l JOIN hosts h ON h.id = l.host_id LIMIT 1")
    [[ $holder == a || $holder == b ]] || { log "seed $seed: no host holds the slot (got '$holder')"; continue; }
    other=$([[ $holder == a ]] && echo b || echo a)
    before=$(psql_q "$dbname" "SELECT count(*) FROM corpus")
    kill -KILL "${pid[$holder]}"
    killed_ms=$(now_ms)
    log "seed $seed: host loss: killed $holder holding the slot"
    wait "${pid[$other]}"
    wait "${pid[$holder]}" 2>/dev/null
    taken=$(psql_q "$dbname" "SELECT min(s.start_ms) FROM slices s JOIN hosts h ON h.id = s.host_id
        WHERE h.name = '$other' AND s.end_ms > $killed_ms")
    beat=$(psql_q "$dbname" "SELECT heartbeat_ms FROM hosts WHERE name = '$holder'")
    after=$(psql_q "$dbname" "SELECT count(*) FROM corpus")
    "$cli" report "$work/loss-$other-$seed" --db "$url" --format json --output "$work/loss-$seed.json"
    state=$(jq -r --arg h "$holder" '.hosts[] | select(.name == $h) | .state' "$work/loss-$seed.json")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$seed" "$holder" \
        "$([[ -n $taken ]] && awk -v t="$taken" -v k="$killed_ms" 'BEGIN { printf "%.1f", (t - k) / 1000 }' || echo never)" \
        "$(awk -v b="$beat" -v k="$killed_ms" 'BEGIN { printf "%.1f", (b + 30000 - k) / 1000 }')" \
        "$before" "$after" "$state" >>"$loss"
done

{
    if ((compare)); then
        echo "# Two hosts against one"
        echo
        echo "\`bench/hosts.sh --time $run_time --seeds $seeds\` on $(nproc) cores, $(date -u +%Y-%m-%d)."
        echo "The bundled examples; one host with 2 cores on SQLite against two hosts with 1 core each"
        echo "on one PostgreSQL campaign (own copies of the project). Received: corpus entries each"
        echo "host handed to its workers from the other; delays from finding to handing over (host b)."
        echo
        echo "| seed | arm | failures | features | executions | received | median delay (s) | max delay (s) |"
        echo "|---|---|---:|---:|---:|---:|---:|---:|"
        tail -n +2 "$results" | awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8}'
        echo
        awk -F'\t' 'NR > 1 && $2 ~ /one/ {f1 += $3; e1 += $4; x1 += $5}
                    NR > 1 && $2 ~ /two/ {f2 += $3; e2 += $4; x2 += $5}
                    END {if (f1 && e1 && x1) printf "Two hosts / one host: failures %.2fx, features %.2fx, executions %.2fx.\n", f2 / f1, e2 / e1, x2 / x1}' "$results"
        echo
    else
        echo "# Host loss"
        echo
        echo "\`bench/hosts.sh --loss-only --time $run_time --seeds $seeds\` on $(nproc) cores, $(date -u +%Y-%m-%d)."
        echo
    fi
    ((compare)) && echo "## Host loss" && echo
    echo "Two hosts, 1 core each, on \`$loss_target\` alone with one worker slot in all (\`--workers-per-target 1\`);"
    echo "the host holding the slot killed with SIGKILL after $((run_time / 2)) s. Taken over: from the kill to"
    echo "the other host's first slice on the target. Lease left: when the killed host's lease ran out"
    echo "(its last heartbeat + 30 s), from the kill. Corpus: entries stored before the kill, and at the end."
    echo
    echo "| seed | killed | taken over after (s) | lease left at the kill (s) | corpus before | corpus at the end | report says |"
    echo "|---|---|---:|---:|---:|---:|---|"
    tail -n +2 "$loss" | awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7}'
} >"$output"
log "report: $output"
cat "$output"
