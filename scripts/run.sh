#!/usr/bin/env bash
# One command: install what is missing, build, and start Skopos.
# With no FILE it opens the bundled example model. Without a display it runs under Xvfb.
set -euo pipefail
SKOPOS_ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$SKOPOS_ROOT/scripts/deps.sh"
skopos_install_deps
skopos_build "$SKOPOS_ROOT/build"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  exec xvfb-run -a "$SKOPOS_ROOT/build/app/skopos" "$@"
fi
exec "$SKOPOS_ROOT/build/app/skopos" "$@"
