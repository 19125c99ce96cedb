#!/usr/bin/env bash
# bench/hosts.sh: two hosts against one. The bundled example project fuzzed for the same time by
# one arcwise-cli process with 2 cores on SQLite, and by two arcwise-cli processes with 1 core
# each, each with its own copy of the project, sharing one campaign on a throw-away PostgreSQL 15
# server. Reports distinct failures, features (summed over the targets, as the report gives them)
# and, for the two hosts, the corpus entries each received from the other and the delay from
# their finding to their handing over.
#
# Usage: bench/hosts.sh [options]
#
#   -b, --build DIR     Arcwise build tree with bin/arcwise-cli and the examples
#                       (default: build/release, relative to the repository root)
#   -t, --time SECONDS  time of every run (default: 120)
#   -s, --seeds N       repetitions with seeds 1..N (default: 1)
#   -w, --work DIR      scratch directory (default: a new /tmp/arcwise-hosts.XXXXXX, kept)
#   -o, --output FILE   Markdown report (default: bench/results/hosts.md)
#   -h, --help          show this help
#
# Needs PostgreSQL 15 (Debian: postgresql) and jq. As root, the server runs as the postgres user.
set -uo pipefail

usage() { sed -n '2,/^set -uo pipefail/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'; }
die() {
    echo "hosts: error: $*" >&2
    exit 2
}
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=build/release
run_time=120
seeds=1
work=
output=$repo/bench/results/hosts.md
while (($#)); do
    case $1 in
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
for ((seed = 1; seed <= seeds; ++seed)); do
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

{
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
} >"$output"
log "report: $output"
cat "$output"
