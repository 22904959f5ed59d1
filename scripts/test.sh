#!/usr/bin/env bash
# One command: install what is missing, build, and run the whole test suite.
set -euo pipefail
SKOPOS_ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$SKOPOS_ROOT/scripts/deps.sh"
# Test-only: the pickle oracle (tests/oracles) runs Debian's python3 with joblib and numpy;
# tests/packaging runs the desktop-file, AppStream and MIME validators and cpack (dpkg-shlibdeps).
skopos_install_deps python3-joblib python3-numpy desktop-file-utils appstream shared-mime-info libxml2-utils dpkg-dev
skopos_build "$SKOPOS_ROOT/build"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$SKOPOS_ROOT/build" --output-on-failure -j"$(nproc)" --timeout 900
