# bench/lib.sh: what every benchmark script shares. Sourced right after `set -uo pipefail`; the
# script's header comment (from line 2 to that line) is its --help text, and its errors are
# prefixed with BENCH_NAME (default: the script's name without .sh).
BENCH_NAME=${BENCH_NAME:-$(basename "$0" .sh)}

usage() { sed -n '2,/^set -uo pipefail/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; }
die() {
    echo "$BENCH_NAME: error: $*" >&2
    exit 2
}
need_value() { [[ $# -ge 2 && -n $2 ]] || die "$1 needs a value"; }
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
