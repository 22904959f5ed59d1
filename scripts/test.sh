#!/usr/bin/env bash
# One command: install what is missing, build, and run the whole test suite.
set -euo pipefail
SKOPOS_ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$SKOPOS_ROOT/scripts/deps.sh"
# Test-only: the oracles (tests/oracles) run Debian's python3 with joblib (and lz4 for its .lz4 files), numpy, scipy and
# scikit-learn, and real skops from ../shared/skops (SKOPOS_SKOPS_SRC overrides it); in this
# command no oracle test may skip (SKOPOS_REQUIRE_ORACLES=1 turns a skip into a failure).
# tests/packaging runs the desktop-file, AppStream and MIME validators and cpack (dpkg-shlibdeps).
skopos_install_deps python3-joblib python3-numpy python3-scipy python3-sklearn python3-lz4 \
  desktop-file-utils appstream shared-mime-info libxml2-utils dpkg-dev
# Fault injection (SKOPOS_FAULT) is compiled into the test build only: tst_reader_process, tst_reader_survives.
skopos_build "$SKOPOS_ROOT/build" -DSKOPOS_FAULT_INJECTION=ON
export QT_QPA_PLATFORM=offscreen
export SKOPOS_REQUIRE_ORACLES=1
if [ -z "${SKOPOS_SKOPS_SRC:-}" ] && [ -d "$SKOPOS_ROOT/../shared/skops/skops" ]; then
  export SKOPOS_SKOPS_SRC="$(cd "$SKOPOS_ROOT/../shared/skops" && pwd)"
fi
ctest --test-dir "$SKOPOS_ROOT/build" --output-on-failure -j"$(nproc)" --timeout 900
