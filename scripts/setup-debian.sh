#!/usr/bin/env bash
# Installs the Debian 12 packages Arcwise needs to build, test and run. Safe to run again: it only
# calls apt-get when a package is missing. Runs apt-get as root, or through sudo.
set -euo pipefail

packages=(
    cmake ninja-build pkg-config
    clang-19 llvm-19 lld-19 libclang-rt-19-dev   # harness compiler, llvm-symbolizer, libFuzzer peer
    qt6-base-dev                                  # QtCore/QtNetwork/QtWidgets/QtTest
    qt6-charts-dev libqt6opengl6-dev              # the dashboard's charts (Charts needs OpenGL's CMake files)
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools  # LinguistTools: lupdate/lrelease for translations/
    qt6-qpa-plugins fonts-dejavu-core             # offscreen and xcb platforms, a font to draw with
    qt6-svg-dev libgraphviz-dev                   # the CFG view: SVG export, dot layout (libgvc)
    libqt6sql6-sqlite libqt6sql6-psql             # database drivers
    postgresql                                    # a throwaway server in the database tests
    libjemalloc-dev                               # a harness linked with jemalloc (tst_libfuzzer_compat)
    libgtest-dev                                  # GoogleTest: property tests inside GoogleTest (arcwise/gtest.hpp)
    libgit2-dev                                   # what changed in a git checkout (--changed-since, --follow)
    dpkg-dev lintian desktop-file-utils appstream man-db  # tests/install: the .deb and its metadata
    chromium                                      # the HTML report in a browser (tst_campaign_report)
)
if [[ ${1:-} == --bench ]]; then
    packages+=(afl++ jq tcl)                      # AFL++ peer; jq for bench/shrinking.sh; tclsh for bench/real/sqlite3
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

as_root=()
if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null; then
        echo "setup-debian: these packages are missing and I am not root (and there is no sudo): ${missing[*]}" >&2
        exit 1
    fi
    as_root=(sudo)
fi
echo "setup-debian: installing ${missing[*]}"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
