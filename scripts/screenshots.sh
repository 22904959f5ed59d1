#!/usr/bin/env bash
# Takes the README's pictures of the real app under Xvfb: an untrusted file
# (types to review) and a dangerous pickle (os.system). The app opens each
# file, selects its first untrusted/dangerous node and saves its own window
# (`skopos --screenshot FILE`). Settings go to a throw-away folder, so the
# pictures never show your approvals or recent files.
#   scripts/screenshots.sh [BUILD_DIR]     (default: build)
set -euo pipefail
SKOPOS_ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${1:-$SKOPOS_ROOT/build}"
BIN="$BUILD/app/skopos"
OUT="$SKOPOS_ROOT/docs/screenshots"
[ -x "$BIN" ] || { echo "screenshots: build first ($BIN missing)" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run missing (scripts/deps.sh installs xvfb)" >&2; exit 2; }
mkdir -p "$OUT"
TMPHOME="$(mktemp -d)"
trap 'rm -rf "$TMPHOME"' EXIT

shoot() {
  local file="$1" png="$2"
  [ -f "$file" ] || { echo "screenshots: missing $file" >&2; exit 2; }
  HOME="$TMPHOME" XDG_CONFIG_HOME="$TMPHOME/config" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1400x900x24" "$BIN" --screenshot "$png" "$file"
}

shoot "$SKOPOS_ROOT/tests/data/ui/extra_odd_objects.skops" "$OUT/untrusted.png"
shoot "$SKOPOS_ROOT/tests/data/pickle/malicious/call_os.system.p4.pkl" "$OUT/dangerous.png"
echo "screenshots: wrote $OUT/untrusted.png $OUT/dangerous.png"
