#!/usr/bin/env bash
# bench/scale.sh: one harness on two cores. Arcwise with one worker, Arcwise with two workers on
# the same target (the campaign's shared corpus), libFuzzer -fork=2, and AFL++ with one -M and
# one -S instance (when Debian's afl++ is installed), one arm after the other on the same two
# cores, on real libraries built from Debian source packages (bench/real/).
#
# Usage: bench/scale.sh [options] [library ...]
#
# Two parts: executions and edges in a fixed time on the real libraries, and the time to a bug on
# deep harnesses of bench/campaign/ whose bugs take more than a minute on one core (see
# bench/campaign/README.md), each arm run until its first crash or the cap.
#
#   library             a directory of bench/real/ (default: all of them; "none": no library)
#   -b, --build DIR     Arcwise build tree with bin/arcwise-cc and bin/arcwise-cli
#                       (default: build/release, relative to the repository root)
#   -t, --time SECONDS  time of every run (default: 120)
#   -s, --seeds N       repetitions with seeds 1..N (default: 3)
#   -w, --work DIR      scratch directory: sources, binaries, corpora, logs, results.tsv
#                       (default: a new /tmp/arcwise-scale.XXXXXX, kept)
#   -o, --output FILE   Markdown report (default: bench/results/scale.md)
#   --bugs LIST         bench/campaign/ harnesses for the time to bug, comma-separated
#                       (default: crc_frames; "none": no bug runs)
#   --bug-time SECONDS  cap of every bug run (default: 600)
#   --arms LIST         only these arms, comma-separated, of arcwise-1, arcwise-2,
#                       libfuzzer-fork2, aflpp-M-S, and with --warm arcwise-1-warm, arcwise-2-warm
#                       (default: all; e.g. arcwise-1,arcwise-2 to repeat the two-worker runs over
#                       more seeds)
#   --warm SECONDS      also run the Arcwise arms from a warm corpus (arms arcwise-1-warm and
#                       arcwise-2-warm): one warm-up campaign of one worker for SECONDS per library,
#                       then every warm run starts from a copy of its database, and counts only its
#                       own executions. From an empty corpus the arm that explores faster also
#                       reaches the slower inputs sooner; from one corpus both arms run the same
#                       code, so the ratio is the second worker's work alone (default: 0, none)
#   -h, --help          show this help
#
# Sources come from Debian's source packages (apt-get source, after adding a deb-src line for the
# machine's own suite when there is none: that needs root). Nothing downloaded is kept in the
# repository. Executions are what each tool counted; edges are counted neutrally: every arm's
# final corpus is replayed through the same libFuzzer-built binary (-runs=0, "INITED cov").
set -uo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"


repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=build/release
run_time=120
seeds=3
work=
output=$repo/bench/results/scale.md
libraries=()
bug_harnesses=crc_frames
bug_time=600
only_arms=
warm=0
while (($#)); do
    case $1 in
    --bugs) bug_harnesses=${2:?}; shift 2 ;;
    --bug-time) bug_time=${2:?}; shift 2 ;;
    --arms) only_arms=${2:?}; shift 2 ;;
    --warm) warm=${2:?}; shift 2 ;;
    -b | --build) build=${2:?}; shift 2 ;;
    -t | --time) run_time=${2:?}; shift 2 ;;
    -s | --seeds) seeds=${2:?}; shift 2 ;;
    -w | --work) work=${2:?}; shift 2 ;;
    -o | --output) output=${2:?}; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) libraries+=("$1"); shift ;;
    esac
done
[[ $build = /* ]] || build=$repo/$build
[[ $warm =~ ^[0-9]+$ ]] || die "--warm: not a number of seconds: $warm"
for arm in ${only_arms//,/ }; do
    [[ $arm =~ ^(arcwise-1|arcwise-2|libfuzzer-fork2|aflpp-M-S|arcwise-1-warm|arcwise-2-warm)$ ]] ||
        die "--arms: no arm '$arm'"
    [[ $arm != *-warm || $warm -gt 0 ]] || die "--arms: $arm needs --warm SECONDS"
done
# pick_arms: keeps in the array `arms` only the ones --arms names (all without it).
pick_arms() {
    [[ -n $only_arms ]] || return 0
    local kept=() a
    for a in "${arms[@]}"; do
        [[ ",$only_arms," == *",$a,"* ]] && kept+=("$a")
    done
    arms=("${kept[@]}")
}
cli=$build/bin/arcwise-cli
arcwise_cc=$build/bin/arcwise-cc
[[ -x $cli && -x $arcwise_cc ]] || die "no Arcwise build in $build (cmake --preset release && cmake --build --preset release)"
command -v clang-19 >/dev/null || die "clang-19 is missing (Debian: clang-19, libclang-rt-19-dev)"
((${#libraries[@]})) || mapfile -t libraries < <(cd "$repo/bench/real" && ls -d */ | tr -d /)
[[ ${libraries[*]} == none ]] && libraries=()
[[ $bug_harnesses == none ]] && bug_harnesses=
IFS=, read -r -a bugs <<<"$bug_harnesses"
for h in "${bugs[@]}"; do
    [[ -f $repo/bench/campaign/$h.cc ]] || die "no bench/campaign/$h.cc (--bugs)"
done
have_aflpp=0
command -v afl-clang-fast >/dev/null && command -v afl-fuzz >/dev/null && have_aflpp=1
[[ -n $work ]] || work=$(mktemp -d /tmp/arcwise-scale.XXXXXX)
mkdir -p "$work"
log "work directory: $work"

# The last "#N" (total executions) libFuzzer's fork mode printed.
libfuzzer_execs() { sed -n -E 's/^#([0-9]+).*/\1/p' "$1" | tail -1; }

replay_edges() { # <libFuzzer binary> <corpus dir>
    "$1" -runs=0 -rss_limit_mb=2048 "$2" 2>&1 | sed -n -E 's/.*INITED cov: ([0-9]+).*/\1/p' | tail -1
}

# The executions the report counts for the library's binary in a database: its targets' (not its
# hosts': a warm run's database holds the warm-up's host too).
report_execs() { # <binary dir> <database>
    "$cli" report "$1" --db "$2" --format json 2>/dev/null | python3 -c '
import json, sys
print(sum(t.get("executions", 0) for t in json.load(sys.stdin).get("targets", [])))' 2>/dev/null
}

# arcwise_run <library> <cores> <run dir> <seed> <executions before>: one campaign into
# <run dir>/db.sqlite (a copy of the warm-up's when it exists); sets execs (its own executions)
# and corpus (the exported corpus directory).
arcwise_run() {
    "$cli" fuzz "$work/bin/$1/arcwise" --db "$3/db.sqlite" --cores "$2" \
        --time "${run_time}s" --seed "$4" >"$3/log" 2>&1
    "$cli" export "$work/bin/$1/arcwise" "$3/export" --db "$3/db.sqlite" >/dev/null 2>&1
    execs=$(report_execs "$work/bin/$1/arcwise" "$3/db.sqlite")
    [[ -n $execs ]] && execs=$((execs - $5))
    corpus=$3/export/corpus/$harness
}

results=$work/results.tsv
printf 'library\tarm\tseed\texecutions\tedges\n' >"$results"
((${#libraries[@]})) && ensure_deb_src
for lib in "${libraries[@]}"; do
    recipe_dir=$repo/bench/real/$lib
    [[ -f $recipe_dir/recipe.sh ]] || die "no bench/real/$lib/recipe.sh"
    # shellcheck source=/dev/null
    . "$recipe_dir/recipe.sh"
    src=$work/src/$lib
    if [[ ! -d $src/unpacked ]]; then
        mkdir -p "$src" && (cd "$src" && apt-get source -q "$package" >/dev/null 2>&1) ||
            die "apt-get source $package failed"
        mv "$(find "$src" -mindepth 1 -maxdepth 1 -type d | head -1)" "$src/unpacked"
    fi
    # The Arcwise build alone in its directory: that directory is the campaign's project.
    mkdir -p "$work/bin/$lib/arcwise" "$work/bin/$lib/libfuzzer"
    # Binaries already in the work directory (-w of an earlier run) are used again.
    [[ -x $work/bin/$lib/arcwise/$harness ]] ||
        (cd "$src/unpacked" && build "$arcwise_cc" -- "$work/bin/$lib/arcwise/$harness") ||
        die "building $lib with arcwise-cc failed"
    [[ -x $work/bin/$lib/libfuzzer/$harness ]] ||
        (cd "$src/unpacked" && build clang-19 -fsanitize=fuzzer -- "$work/bin/$lib/libfuzzer/$harness") ||
        die "building $lib with clang-19 -fsanitize=fuzzer failed"
    arms=(arcwise-1 arcwise-2 libfuzzer-fork2)
    if ((have_aflpp)); then
        # Built with CmpLog (AFL_LLVM_CMPLOG=1): the one binary is also the CmpLog binary (-c 0).
        mkdir -p "$work/bin/$lib/aflpp-cmplog"
        [[ -x $work/bin/$lib/aflpp-cmplog/$harness ]] ||
            (cd "$src/unpacked" && export AFL_LLVM_CMPLOG=1 AFL_QUIET=1 &&
                build afl-clang-fast -fsanitize=fuzzer -- "$work/bin/$lib/aflpp-cmplog/$harness") \
            >"$work/bin/$lib/aflpp-cmplog/build.log" 2>&1 && arms+=(aflpp-M-S) ||
            log "building $lib with afl-clang-fast failed: no AFL++ arm (see $work/bin/$lib/aflpp-cmplog/build.log)"
    else
        log "no AFL++ (Debian: afl++): no AFL++ arm"
    fi
    pick_arms
    for seed in $(seq 1 "$seeds"); do
        for arm in "${arms[@]}"; do
            run=$work/runs/$lib/$arm/$seed
            rm -rf "$run" && mkdir -p "$run/corpus"
            log "$lib $arm seed $seed (${run_time}s)"
            case $arm in
            arcwise-*)
                arcwise_run "$lib" "${arm#arcwise-}" "$run" "$seed" 0
                ;;
            libfuzzer-fork2)
                "$work/bin/$lib/libfuzzer/$harness" -fork=2 -ignore_crashes=1 -max_total_time="$run_time" \
                    -seed="$seed" -artifact_prefix="$run/" "$run/corpus" >"$run/log" 2>&1
                execs=$(libfuzzer_execs "$run/log")
                corpus=$run/corpus
                ;;
            aflpp-M-S)
                # One main and one secondary instance sharing one output directory, as AFL++'s
                # documentation runs them on two cores, both with CmpLog; one byte to start from.
                mkdir -p "$run/in" && printf 'a' >"$run/in/seed"
                for role in M S; do
                    AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
                        AFL_NO_AFFINITY=1 afl-fuzz -"$role" "$role" -i "$run/in" -o "$run/out" \
                        -V "$run_time" -s "$seed" -c 0 -- "$work/bin/$lib/aflpp-cmplog/$harness" \
                        >"$run/log-$role" 2>&1 &
                done
                wait
                execs=$(cat "$run"/out/*/fuzzer_stats 2>/dev/null |
                    awk -F: '/^execs_done/ {s += $2} END {print s + 0}')
                for queue in "$run"/out/*/queue; do cp "$queue"/id* "$run/corpus/" 2>/dev/null; done
                corpus=$run/corpus
                ;;
            esac
            edges=$(replay_edges "$work/bin/$lib/libfuzzer/$harness" "$corpus")
            printf '%s\t%s\t%s\t%s\t%s\n' "$lib" "$arm" "$seed" "${execs:-0}" "${edges:-0}" >>"$results"
            log "  executions ${execs:-?}, edges ${edges:-?}"
        done
    done
    ((warm > 0)) || continue
    arms=(arcwise-1-warm arcwise-2-warm)
    pick_arms
    ((${#arms[@]})) || continue
    warm_dir=$work/warm/$lib
    if [[ ! -f $warm_dir/db.sqlite ]]; then
        rm -rf "$warm_dir" && mkdir -p "$warm_dir"
        log "$lib warm-up: one worker, ${warm}s"
        "$cli" fuzz "$work/bin/$lib/arcwise" --db "$warm_dir/db.sqlite" --cores 1 --time "${warm}s" \
            --seed 1000 >"$warm_dir/log" 2>&1
    fi
    warm_execs=$(report_execs "$work/bin/$lib/arcwise" "$warm_dir/db.sqlite")
    [[ -n $warm_execs ]] || die "the $lib warm-up stored nothing (see $warm_dir/log)"
    for seed in $(seq 1 "$seeds"); do
        for arm in "${arms[@]}"; do
            run=$work/runs/$lib/$arm/$seed
            rm -rf "$run" && mkdir -p "$run"
            cp "$warm_dir"/db.sqlite* "$run/"
            log "$lib $arm seed $seed (${run_time}s from the warm-up's corpus)"
            cores=${arm#arcwise-}
            arcwise_run "$lib" "${cores%-warm}" "$run" "$seed" "$warm_execs"
            edges=$(replay_edges "$work/bin/$lib/libfuzzer/$harness" "$corpus")
            printf '%s\t%s\t%s\t%s\t%s\n' "$lib" "$arm" "$seed" "${execs:-0}" "${edges:-0}" >>"$results"
            log "  executions ${execs:-?}, edges ${edges:-?}"
        done
    done
done

# Time to bug: each arm until its first crash, or the cap. Times are from the start of the run
# to the first sighting: the failure's first_seen for Arcwise (its shrinking comes after), the
# crash file's time for libFuzzer and AFL++.
bug_results=$work/bugs.tsv
printf 'harness\tarm\tseed\tseconds\n' >"$bug_results"
first_file_time() { # <glob root> <find name pattern>: the oldest matching file's time, or nothing
    find "$1" -name "$2" -type f -printf '%T@\n' 2>/dev/null | sort -n | head -1
}
for h in "${bugs[@]}"; do
    bin=$work/bugs/bin/$h
    mkdir -p "$bin/arcwise" "$bin/libfuzzer" "$bin/aflpp-cmplog"
    "$build/bin/arcwise-c++" -O1 -g "$repo/bench/campaign/$h.cc" -o "$bin/arcwise/$h" ||
        die "building $h with arcwise-c++ failed"
    clang++-19 -O1 -g -fsanitize=fuzzer "$repo/bench/campaign/$h.cc" -o "$bin/libfuzzer/$h" ||
        die "building $h with clang++-19 -fsanitize=fuzzer failed"
    arms=(arcwise-1 arcwise-2 libfuzzer-fork2)
    if ((have_aflpp)); then
        AFL_LLVM_CMPLOG=1 AFL_QUIET=1 afl-clang-fast++ -O1 -g -fsanitize=fuzzer "$repo/bench/campaign/$h.cc" \
            -o "$bin/aflpp-cmplog/$h" >"$bin/aflpp-cmplog/build.log" 2>&1 && arms+=(aflpp-M-S) ||
            log "building $h with afl-clang-fast++ failed: no AFL++ arm"
    fi
    pick_arms
    for seed in $(seq 1 "$seeds"); do
        for arm in "${arms[@]}"; do
            run=$work/bugs/runs/$h/$arm/$seed
            rm -rf "$run" && mkdir -p "$run/corpus"
            log "$h $arm seed $seed (until the bug, at most ${bug_time}s)"
            start=$(date +%s.%N)
            found=
            case $arm in
            arcwise-*)
                cores=${arm#arcwise-}
                "$cli" fuzz "$bin/arcwise" --db "$run/db.sqlite" --cores "$cores" --time "${bug_time}s" \
                    --seed "$seed" --stop-on-failure >"$run/log" 2>&1
                found=$("$cli" report "$bin/arcwise" --db "$run/db.sqlite" --format json 2>/dev/null |
                    python3 -c '
import datetime, json, sys
seen = [f["first_seen"] for t in json.load(sys.stdin).get("targets", []) for f in t.get("failures", []) if f.get("first_seen")]
if seen:
    print(min(datetime.datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp() for s in seen))')
                ;;
            libfuzzer-fork2)
                "$bin/libfuzzer/$h" -fork=2 -max_total_time="$bug_time" -seed="$seed" \
                    -artifact_prefix="$run/" "$run/corpus" >"$run/log" 2>&1
                found=$(first_file_time "$run" 'crash-*')
                ;;
            aflpp-M-S)
                mkdir -p "$run/in" && printf 'a' >"$run/in/seed"
                pids=()
                for role in M S; do
                    AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
                        AFL_NO_AFFINITY=1 AFL_BENCH_UNTIL_CRASH=1 afl-fuzz -"$role" "$role" \
                        -i "$run/in" -o "$run/out" -V "$bug_time" -s "$seed" -c 0 -- "$bin/aflpp-cmplog/$h" \
                        >"$run/log-$role" 2>&1 &
                    pids+=($!)
                done
                wait -n "${pids[@]}"
                kill "${pids[@]}" 2>/dev/null
                wait
                found=$(find "$run"/out/*/crashes -name 'id:*' -type f -printf '%T@\n' 2>/dev/null | sort -n | head -1)
                ;;
            esac
            if [[ -n $found ]]; then
                secs=$(awk -v a="$found" -v b="$start" 'BEGIN { printf "%.1f", a - b }')
            else
                secs=inf
            fi
            printf '%s\t%s\t%s\t%s\n' "$h" "$arm" "$seed" "$secs" >>"$bug_results"
            log "  time to bug: $([[ $secs == inf ]] && echo "not found" || echo "${secs}s")"
        done
    done
done

# The report: medians over the seeds, and the ratios against one Arcwise worker.
mkdir -p "$(dirname "$output")"
aflpp_version=
((have_aflpp)) && aflpp_version=$(afl-fuzz -h 2>&1 | sed -n -E 's/.*afl-fuzz\+\+([0-9.a-z]+).*/\1/p' | head -1)
{
    echo "# One harness, two cores"
    echo
    echo "\`bench/scale.sh -t $run_time -s $seeds --bugs ${bug_harnesses:-none} --bug-time $bug_time$( ((warm > 0)) && echo " --warm $warm") ${libraries[*]:-none}\`"
    echo "on $(nproc) cores, $(date -u +%Y-%m-%d); AFL++: ${aflpp_version:-none}."
    if ((${#libraries[@]})); then
        echo
        echo "## Executions and edges in ${run_time}s"
        echo
        echo "Executions as each tool counted them; edges: the final corpus replayed through the libFuzzer build."
        ((warm > 0)) && echo "Arms \`-warm\`: from a copy of one ${warm}s warm-up campaign (one worker), their own executions only, ratios against \`arcwise-1-warm\`."
        echo
        echo "| library | arm | executions (median) | × 1 worker | edges (median) | × 1 worker | per seed (executions / edges) |"
        echo "|---|---|---:|---:|---:|---:|---|"
        awk -F'\t' 'NR > 1 { key = $1 "\t" $2; e[key] = e[key] " " $4; c[key] = c[key] " " $5; order[key] = NR; per[key] = per[key] " " $4 "/" $5 }
            function median(list,   n, a, i, j, t) {
                n = split(list, a, " ")
                for (i = 1; i <= n; ++i) for (j = i + 1; j <= n; ++j) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
                return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
            }
            END {
                for (k in e) { split(k, p, "\t"); me[k] = median(e[k]); mc[k] = median(c[k]) }
                for (k in e) {
                    split(k, p, "\t"); base = p[1] "\t" (p[2] ~ /-warm$/ ? "arcwise-1-warm" : "arcwise-1")
                    printf "| %s | %s | %d | %.2f | %d | %.3f |%s |\n", p[1], p[2], me[k], me[base] ? me[k] / me[base] : 0, mc[k], mc[base] ? mc[k] / mc[base] : 0, per[k]
                }
            }' "$results" | sort
    fi
    if ((${#bugs[@]})); then
        echo
        echo "## Time to bug (cap ${bug_time}s)"
        echo
        echo "Seconds from the start to the first sighting of the planted bug; a run that did not find it"
        echo "counts as the cap and shows as \`>${bug_time}\`. Speed-up: one worker's median time over the arm's (above 1 is faster)."
        echo
        echo "| harness | arm | time to bug (median, s) | speed-up × 1 worker | found | per seed (s) |"
        echo "|---|---|---:|---:|---:|---|"
        awk -F'\t' -v cap="$bug_time" 'NR > 1 { key = $1 "\t" $2; v = ($4 == "inf") ? cap : $4; t[key] = t[key] " " v; n[key]++; if ($4 != "inf") f[key]++; per[key] = per[key] " " ($4 == "inf" ? ">" cap : $4) }
            function median(list,   n, a, i, j, t) {
                n = split(list, a, " ")
                for (i = 1; i <= n; ++i) for (j = i + 1; j <= n; ++j) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
                return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
            }
            END {
                for (k in t) m[k] = median(t[k])
                for (k in t) {
                    split(k, p, "\t"); base = p[1] "\tarcwise-1"
                    printf "| %s | %s | %s%.1f | %.2f | %d/%d |%s |\n", p[1], p[2], (m[k] >= cap ? ">" : ""), m[k], m[k] ? m[base] / m[k] : 0, f[k], n[k], per[k]
                }
            }' "$bug_results" | sort
    fi
} >"$output"
log "report: $output"
cat "$output"
