#!/usr/bin/env bash
# bench/scale.sh: one harness on two cores. Arcwise with one worker, Arcwise with two workers on
# the same target (the campaign's shared corpus), libFuzzer -fork=2, and AFL++ with one -M and
# one -S instance (when Debian's afl++ is installed), one arm after the other on the same two
# cores, on real libraries built from Debian source packages (bench/real/).
#
# Usage: bench/scale.sh [options] [library ...]
#
#   library             a directory of bench/real/ (default: all of them)
#   -b, --build DIR     Arcwise build tree with bin/arcwise-cc and bin/arcwise-cli
#                       (default: build/release, relative to the repository root)
#   -t, --time SECONDS  time of every run (default: 120)
#   -s, --seeds N       repetitions with seeds 1..N (default: 3)
#   -w, --work DIR      scratch directory: sources, binaries, corpora, logs, results.tsv
#                       (default: a new /tmp/arcwise-scale.XXXXXX, kept)
#   -o, --output FILE   Markdown report (default: bench/results/scale.md)
#   -h, --help          show this help
#
# Sources come from Debian's source packages (apt-get source, after adding a deb-src line for the
# machine's own suite when there is none: that needs root). Nothing downloaded is kept in the
# repository. Executions are what each tool counted; edges are counted neutrally: every arm's
# final corpus is replayed through the same libFuzzer-built binary (-runs=0, "INITED cov").
set -uo pipefail

usage() { sed -n '2,/^set -uo pipefail/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'; }
die() {
    echo "scale: error: $*" >&2
    exit 2
}
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=build/release
run_time=120
seeds=3
work=
output=$repo/bench/results/scale.md
libraries=()
while (($#)); do
    case $1 in
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
cli=$build/bin/arcwise-cli
arcwise_cc=$build/bin/arcwise-cc
[[ -x $cli && -x $arcwise_cc ]] || die "no Arcwise build in $build (cmake --preset release && cmake --build --preset release)"
command -v clang-19 >/dev/null || die "clang-19 is missing (Debian: clang-19, libclang-rt-19-dev)"
((${#libraries[@]})) || mapfile -t libraries < <(cd "$repo/bench/real" && ls -d */ | tr -d /)
[[ -n $work ]] || work=$(mktemp -d /tmp/arcwise-scale.XXXXXX)
mkdir -p "$work"
log "work directory: $work"

# A deb-src line for this machine's suite, so that apt-get source works.
ensure_deb_src() {
    if grep -rqs '^Types:.*deb-src\|^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/; then
        return 0
    fi
    [[ $(id -u) -eq 0 ]] || die "apt-get source needs a deb-src line; add one (as root) or run as root"
    . /etc/os-release
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
        "$VERSION_CODENAME" >/etc/apt/sources.list.d/arcwise-bench-src.sources
    apt-get update -q >/dev/null
}

# The last "#N" (total executions) libFuzzer's fork mode printed.
libfuzzer_execs() { sed -n -E 's/^#([0-9]+).*/\1/p' "$1" | tail -1; }

replay_edges() { # <libFuzzer binary> <corpus dir>
    "$1" -runs=0 -rss_limit_mb=2048 "$2" 2>&1 | sed -n -E 's/.*INITED cov: ([0-9]+).*/\1/p' | tail -1
}

results=$work/results.tsv
printf 'library\tarm\tseed\texecutions\tedges\n' >"$results"
ensure_deb_src
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
    (cd "$src/unpacked" && build "$arcwise_cc" -- "$work/bin/$lib/arcwise/$harness") ||
        die "building $lib with arcwise-cc failed"
    (cd "$src/unpacked" && build clang-19 -fsanitize=fuzzer -- "$work/bin/$lib/libfuzzer/$harness") ||
        die "building $lib with clang-19 -fsanitize=fuzzer failed"
    arms=(arcwise-1 arcwise-2 libfuzzer-fork2)
    if command -v afl-clang-fast >/dev/null && command -v afl-fuzz >/dev/null; then
        mkdir -p "$work/bin/$lib/aflpp"
        (cd "$src/unpacked" && build afl-clang-fast -fsanitize=fuzzer -- "$work/bin/$lib/aflpp/$harness") \
            >"$work/bin/$lib/aflpp/build.log" 2>&1 && arms+=(aflpp-M-S) ||
            log "building $lib with afl-clang-fast failed: no AFL++ arm (see $work/bin/$lib/aflpp/build.log)"
    else
        log "no AFL++ (Debian: afl++): no AFL++ arm"
    fi
    for seed in $(seq 1 "$seeds"); do
        for arm in "${arms[@]}"; do
            run=$work/runs/$lib/$arm/$seed
            rm -rf "$run" && mkdir -p "$run/corpus"
            log "$lib $arm seed $seed (${run_time}s)"
            case $arm in
            arcwise-*)
                cores=${arm#arcwise-}
                "$cli" fuzz "$work/bin/$lib/arcwise" --db "$run/db.sqlite" --cores "$cores" \
                    --time "${run_time}s" --seed "$seed" >"$run/log" 2>&1
                "$cli" export "$work/bin/$lib/arcwise" "$run/export" --db "$run/db.sqlite" >/dev/null 2>&1
                execs=$("$cli" report "$work/bin/$lib/arcwise" --db "$run/db.sqlite" --format json 2>/dev/null |
                    sed -n -E 's/.*"executions": *([0-9]+).*/\1/p' | head -1)
                corpus=$run/export/corpus/$harness
                ;;
            libfuzzer-fork2)
                "$work/bin/$lib/libfuzzer/$harness" -fork=2 -ignore_crashes=1 -max_total_time="$run_time" \
                    -seed="$seed" -artifact_prefix="$run/" "$run/corpus" >"$run/log" 2>&1
                execs=$(libfuzzer_execs "$run/log")
                corpus=$run/corpus
                ;;
            aflpp-M-S)
                # One main and one secondary instance sharing one output directory, as AFL++'s
                # documentation runs them on two cores; one byte to start from.
                mkdir -p "$run/in" && printf 'a' >"$run/in/seed"
                for role in M S; do
                    AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
                        AFL_NO_AFFINITY=1 afl-fuzz -"$role" "$role" -i "$run/in" -o "$run/out" \
                        -V "$run_time" -s "$seed" -- "$work/bin/$lib/aflpp/$harness" \
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
done

# The report: medians over the seeds, and the ratios against one Arcwise worker.
mkdir -p "$(dirname "$output")"
{
    echo "# One harness, two cores"
    echo
    echo "\`bench/scale.sh -t $run_time -s $seeds ${libraries[*]}\` on $(nproc) cores, $(date -u +%Y-%m-%d)."
    echo "Executions as each tool counted them; edges: the final corpus replayed through the libFuzzer build."
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
                split(k, p, "\t"); base = p[1] "\tarcwise-1"
                printf "| %s | %s | %d | %.2f | %d | %.3f |%s |\n", p[1], p[2], me[k], me[base] ? me[k] / me[base] : 0, mc[k], mc[base] ? mc[k] / mc[base] : 0, per[k]
            }
        }' "$results" | sort
} >"$output"
log "report: $output"
cat "$output"
