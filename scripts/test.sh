#!/usr/bin/env bash
# Installs what is missing, builds Arcwise with warnings as errors (preset "ci") and runs the whole
# test suite under CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
