#!/usr/bin/env bash
# Installs what is missing, builds Arcwise (preset "release") with the example project, then fuzzes
# every example target for a while (default 20 s each; first argument overrides) and reports what
# was found, then runs the property tests of the example project and fuzzes the one that random
# examples do not falsify. Artifacts and corpora go to build/release/examples-run/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
bash scripts/setup-debian.sh
cmake --preset release
cmake --build --preset release

out=build/release/examples-run
mkdir -p "$out"
printf '%-22s %-10s %s\n' TARGET RESULT DETAIL
for binary in build/release/examples/fuzz_*; do
    [[ -x $binary ]] || continue
    name=$(basename "$binary")
    dir="$out/$name"
    rm -rf "$dir"
    mkdir -p "$dir/corpus"
    seeds=()
    [[ -d examples/seeds/$name ]] && seeds=("examples/seeds/$name")
    dict=()
    [[ -f examples/dict/$name.dict ]] && dict=("-dict=examples/dict/$name.dict")
    set +e
    "$binary" -seed=1 -max_total_time="$seconds" -timeout=2 -rss_limit_mb=2048 \
        -artifact_prefix="$dir/" "${dict[@]}" "$dir/corpus" "${seeds[@]}" >"$dir/log.txt" 2>&1
    rc=$?
    set -e
    artifact=$(ls "$dir" | grep -E '^(crash|timeout|oom)-' | head -n1 || true)
    if [[ -n $artifact ]]; then
        printf '%-22s %-10s %s\n' "$name" FOUND "$(grep -m1 '^Arcwise signature:' "$dir/log.txt" | cut -d' ' -f3-) -> $dir/$artifact"
    else
        printf '%-22s %-10s %s\n' "$name" "none" "$(grep -m1 '^Done' "$dir/log.txt" || echo "exit $rc")"
    fi
done

# Property tests: every ARCWISE_TEST of the example project in unit-test mode (100 examples each,
# failures shrunk and printed), then coverage-guided fuzzing of the one that random examples miss.
props=build/release/examples/property_examples
if [[ -x $props ]]; then
    rm -rf "$out/property-regressions"
    echo
    echo "== $props (unit-test mode)"
    "$props" --regressions="$out/property-regressions" || true
    echo
    echo "== $props --fuzz=Rle.RoundTripBytes (not falsified by 100 random examples)"
    "$props" --fuzz=Rle.RoundTripBytes --time="$seconds" --seed=1 \
        --regressions="$out/property-regressions" 2>"$out/property-fuzz.log" || true
fi
