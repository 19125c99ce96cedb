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

# ensure_deb_src: a deb-src line for this machine's suite, so that apt-get source works (the
# recipes of bench/real/ fetch Debian source packages). Adding one needs root.
ensure_deb_src() {
    if grep -rqs '^Types:.*deb-src\|^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/; then
        return 0
    fi
    [[ $(id -u) -eq 0 ]] || die "apt-get source needs a deb-src line; add one (as root) or run as root"
    . /etc/os-release
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
        "$VERSION_CODENAME" >/etc/apt/sources.list.d/arcwise-bench-src.sources
    apt-get update -q >/dev/null || die "apt-get update failed"
}
