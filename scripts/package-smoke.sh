#!/usr/bin/env bash
# The Debian package on a clean Debian 12 machine (docs/install.md): builds the .deb with CPack,
# makes a clean Debian 12 root with debootstrap (or reuses the one it made before, copied afresh
# for every run), installs the package there with apt, and, inside that root, builds the example
# project tests/install/project with the installed CMake package (no hints) and a harness with the
# installed arcwise-c++, runs `arcwise-cli fuzz` and `report` on them, and starts the workbench
# offscreen. Needs root (debootstrap, chroot, mounts) and the network to deb.debian.org.
#
#   bash scripts/package-smoke.sh [--build DIR] [--root DIR] [--mirror URL]
#     --build DIR   the build directory to package (default build/package: the "release" preset
#                   without tests and examples, configured there if it is not yet)
#     --root DIR    where the clean roots live (default /var/tmp/arcwise-smoke): DIR/base is made
#                   once with debootstrap, DIR/run is a fresh copy of it for each run
#     --mirror URL  the Debian mirror (default http://deb.debian.org/debian)
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD
build_dir=build/package
root_dir=/var/tmp/arcwise-smoke
mirror=http://deb.debian.org/debian
while (($#)); do
    case "$1" in
    --build) build_dir=$2; shift 2 ;;
    --root) root_dir=$2; shift 2 ;;
    --mirror) mirror=$2; shift 2 ;;
    -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "package-smoke: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
say() { printf '\n== package-smoke: %s\n' "$*"; }

if [[ $(id -u) -ne 0 ]]; then
    echo "package-smoke: needs root (debootstrap, chroot and mounts); run it with sudo" >&2
    exit 2
fi
for tool in debootstrap dpkg-deb dpkg-shlibdeps; do
    if ! command -v "$tool" >/dev/null; then
        echo "package-smoke: $tool is missing (Debian: apt-get install debootstrap dpkg-dev)" >&2
        exit 2
    fi
done

say "building the package in $build_dir"
bash scripts/setup-debian.sh
if [[ ! -f $build_dir/CMakeCache.txt ]]; then
    if [[ $build_dir != build/package ]]; then
        echo "package-smoke: $build_dir is not a configured build directory" >&2
        exit 2
    fi
    cmake --preset release -B build/package -DCMAKE_INSTALL_PREFIX=/usr \
        -DARCWISE_BUILD_TESTS=OFF -DARCWISE_BUILD_EXAMPLES=OFF
fi
cmake --build "$build_dir" --target arcwise_installables
out=$(mktemp -d /tmp/arcwise-package.XXXXXX)
(cd "$build_dir" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/arcwise_*.deb)
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends Suggests

base=$root_dir/base
run=$root_dir/run
if [[ ! -f $base/etc/debian_version ]]; then
    say "making a clean Debian 12 root in $base (debootstrap, a few minutes)"
    rm -rf "$base"
    mkdir -p "$root_dir"
    debootstrap --variant=minbase bookworm "$base.partial" "$mirror"
    mv "$base.partial" "$base"
else
    say "reusing the clean root $base (debian $(cat "$base/etc/debian_version"))"
fi

unmount_run() {
    local m
    for m in dev/pts dev proc; do
        if mountpoint -q "$run/$m"; then umount -l "$run/$m"; fi
    done
}
trap 'unmount_run; rm -rf "$out"' EXIT
unmount_run
if grep -q " $run/" /proc/mounts; then
    echo "package-smoke: something is still mounted below $run; not removing it" >&2
    exit 3
fi
rm -rf "$run"
cp -a "$base" "$run"
mount -t proc proc "$run/proc"
mount --bind /dev "$run/dev"
mount --bind /dev/pts "$run/dev/pts"
cp /etc/resolv.conf "$run/etc/resolv.conf"
cat >"$run/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
EOF
mkdir -p "$run/smoke"
cp "$deb" "$run/smoke/"
cp -r tests/install/project "$run/smoke/project"

cat >"$run/smoke/inside.sh" <<'EOF'
#!/bin/bash
# Runs inside the clean root: a fresh Debian 12 machine that has never seen Arcwise's sources.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
step() { printf '\n-- %s\n' "$*"; }
step "apt-get install ./arcwise_*.deb (with its Recommends), and cmake + make for the project"
apt-get update -q
apt-get install -y -q /smoke/arcwise_*.deb
apt-get install -y -q --no-install-recommends cmake make
dpkg -s arcwise | sed -n '/^Version/p;/^Depends/p;/^Recommends/p'
for f in /usr/bin/arcwise /usr/bin/arcwise-cli /usr/bin/arcwise-c++ /usr/bin/arcwise-cc; do
    test -x "$f"
done
pc=$(dpkg -L arcwise | grep '/arcwise\.pc$')
config=$(dpkg -L arcwise | grep '/ArcwiseConfig\.cmake$')
echo "pkg-config file: $pc; CMake package: $config"

cd /tmp
step "arcwise-c++ builds a libFuzzer harness"
ARCWISE_WRAPPER_VERBOSE=1 arcwise-c++ -O1 -g -I/smoke/project /smoke/project/fuzz_greeting.cc \
    /smoke/project/greeting.cc -o /tmp/wrapped_greeting 2>&1 | grep -o '/usr/lib[^ ]*libarcwise_runtime.a'
mkdir -p /tmp/artifacts
status=0
/tmp/wrapped_greeting -max_total_time=60 -seed=1 -artifact_prefix=/tmp/artifacts/ 2>/tmp/harness.log || status=$?
tail -n 4 /tmp/harness.log
test "$status" -ne 0
ls /tmp/artifacts/crash-*

step "find_package(Arcwise) with no hint, arcwise_add_fuzz_target()"
cmake -S /smoke/project -B /tmp/build -DCMAKE_CXX_COMPILER=clang++-19 -DCMAKE_BUILD_TYPE=RelWithDebInfo
grep '^Arcwise_DIR' /tmp/build/CMakeCache.txt
cmake --build /tmp/build -j2
/tmp/build/props_greeting

step "arcwise-cli fuzz and report"
status=0
arcwise-cli fuzz /tmp/build --time 20s --cores 2 --slice 2s || status=$?
echo "arcwise-cli fuzz exit status: $status (1: failures found)"
test "$status" -eq 1
status=0
arcwise-cli report /tmp/build || status=$?
test "$status" -eq 1

step "the workbench, offscreen"
export QT_QPA_PLATFORM=offscreen
arcwise --version
arcwise --help | head -n 3
# Fuzz from the workbench for a while, saving its pages as it goes; then the campaign it ran is
# in its database. (--screenshots quits by itself only on the bundled examples: 0 or 124.)
status=0
timeout 40 arcwise /tmp/build --start --screenshots /tmp/shots --screenshot-delay 5 \
    --db /tmp/workbench.sqlite >/tmp/workbench.log 2>&1 || status=$?
echo "arcwise exit status: $status (124: still running after 40 s)"
test "$status" -eq 0 -o "$status" -eq 124
ls /tmp/shots
test -s /tmp/shots/targets.png
status=0
arcwise-cli report /tmp/build --db /tmp/workbench.sqlite --format json >/tmp/workbench.json || status=$?
test "$status" -le 1
grep -o '"executions": *[0-9]*' /tmp/workbench.json
grep -q '"executions": *[1-9]' /tmp/workbench.json
step "all passed"
EOF
chmod +x "$run/smoke/inside.sh"

say "installing and using the package inside $run"
chroot "$run" /smoke/inside.sh
say "passed: $(basename "$deb") installs and works on a clean Debian 12 root"
