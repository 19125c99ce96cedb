#!/usr/bin/env bash
# Times the CFG view's layout (Graphviz dot through libgvc): a synthetic parser-like function of
# 2,000 blocks, and the largest function of a real fuzz binary. A layout timing, not a fuzzing
# comparison: there is no peer column.
#
#   bench/cfg_layout.sh [--build DIR] [--runs N] [--blocks N] [--binary FILE]
#
# DIR (default build/release) is configured with -DARCWISE_BUILD_BENCH=ON and cfg_layout_bench
# built in it; FILE defaults to DIR/examples/property_examples, then build/ci's.
set -euo pipefail
cd "$(dirname "$0")/.."

build=build/release
runs=7
blocks=2000
binary=
while [[ $# -gt 0 ]]; do
    case "$1" in
        -b|--build) build=$2; shift 2 ;;
        -r|--runs) runs=$2; shift 2 ;;
        --blocks) blocks=$2; shift 2 ;;
        --binary) binary=$2; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "cfg_layout.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
    esac
done

if [[ ! -f "$build/CMakeCache.txt" ]]; then
    echo "cfg_layout.sh: $build is not a configured build tree (cmake --preset release first)" >&2
    exit 2
fi
cmake -S . -B "$build" -DARCWISE_BUILD_BENCH=ON > /dev/null
cmake --build "$build" --target cfg_layout_bench -j "$(nproc)" > /dev/null
if [[ -z "$binary" ]]; then
    for candidate in "$build/examples/property_examples" build/ci/examples/property_examples; do
        if [[ -x "$candidate" ]]; then binary=$candidate; break; fi
    done
fi

echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
echo "Graphviz: $(pkg-config --modversion libgvc)"
"$build/bin/cfg_layout_bench" --runs "$runs" --blocks "$blocks" ${binary:+"$binary"}
