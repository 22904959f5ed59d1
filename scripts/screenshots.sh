#!/usr/bin/env bash
# The screenshot gallery (docs/screenshots/), taken of the real app under
# Xvfb: the app opens a file, selects a node, shows a side tab and saves its
# own window (`skopos --screenshot PNG FILE`, app/Screenshot.h); given a
# folder it saves the scan window once the scan ends. Settings go to a
# throw-away folder, so the pictures never show your approvals or recent
# files. PNGs are 1280x800 (scale 2: 960x600 logical, 1920x1200 pixels) and
# squeezed with optipng when it is installed.
#   scripts/screenshots.sh [BUILD_DIR]     (default: build)
#
#   untrusted.png  an untrusted skops file, its first type to review selected (README, metainfo)
#   dangerous.png  a pickle calling os.system (README, metainfo)
#   trust.png      the Trust tab: the types to review, with counts and notes
#   array.png      an array selected: the Node tab's table and picture
#   model.png      the Model tab: a pipeline with a column transformer drawn as scikit-learn draws it
#   scan.png       File › Open Folder…: a folder of clean, untrusted, dangerous and broken files
#   german.png     the dangerous pickle, in German
#   scale2.png     the untrusted file at QT_SCALE_FACTOR=2
set -euo pipefail
SKOPOS_ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${1:-$SKOPOS_ROOT/build}"
BIN="$BUILD/app/skopos"
OUT="$SKOPOS_ROOT/docs/screenshots"
DATA="$SKOPOS_ROOT/tests/data"
[ -x "$BIN" ] || { echo "screenshots: build first ($BIN missing)" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run missing (scripts/deps.sh installs xvfb)" >&2; exit 2; }
mkdir -p "$OUT"
TMPHOME="$(mktemp -d)"
trap 'rm -rf "$TMPHOME"' EXIT

# shoot PNG SCREEN LANGUAGE SCALE ARGS...: one picture in a fresh settings folder.
shoot() {
  local png="$1" screen="$2" lang="$3" scale="$4"
  shift 4
  local home="$TMPHOME/home-$(basename "$png" .png)"
  mkdir -p "$home/config/Skopos"
  [ -z "$lang" ] || printf '[ui]\nlanguage=%s\n' "$lang" > "$home/config/Skopos/Skopos.conf"
  HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
    QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR="$scale" \
    xvfb-run -a -s "-screen 0 ${screen}x24" "$BIN" --screenshot "$OUT/$png" "$@"
}

# A folder with one file of each verdict (and one that does not read).
SCAN="$TMPHOME/models"
mkdir -p "$SCAN/downloads"
cp "$DATA/ui/StandardScaler.skops" "$DATA/ui/GridSearchCV.skops" "$DATA/ui/extra_odd_objects.skops" \
   "$DATA/ui/extra_sparse_svc.skops" "$DATA/ui/StandardScaler.joblib.gz" "$DATA/ui/StandardScaler.p4.pkl" "$SCAN/"
cp "$DATA/pickle/malicious/call_os.system.p4.pkl" "$SCAN/downloads/model.pkl"
cp "$DATA/pickle/malicious/call_builtins.eval.p2.pkl" "$SCAN/downloads/classifier.pickle"
cp "$DATA/arrays/DecisionTreeClassifier.joblib.gz" "$SCAN/downloads/tree.joblib.gz"
head -c 300 "$DATA/ui/extra_odd_objects.skops" > "$SCAN/downloads/interrupted.skops"

SIZE=(--screenshot-size 1280x800)
shoot untrusted.png 1400x900 "" 1 "${SIZE[@]}" "$DATA/ui/extra_odd_objects.skops"
shoot dangerous.png 1400x900 "" 1 "${SIZE[@]}" "$DATA/pickle/malicious/call_os.system.p4.pkl"
shoot trust.png 1400x900 "" 1 "${SIZE[@]}" --screenshot-tab trust "$DATA/ui/extra_odd_objects.skops"
shoot array.png 1400x900 "" 1 "${SIZE[@]}" --screenshot-tab node --screenshot-select support_vectors_ "$DATA/fixtures/SVC/model.skops"
shoot model.png 1400x900 "" 1 "${SIZE[@]}" --screenshot-tab model "$DATA/describe/nested_ct_pipeline/model.joblib"
shoot scan.png 1400x900 "" 1 "${SIZE[@]}" "$SCAN"
shoot german.png 1400x900 de 1 "${SIZE[@]}" --screenshot-tab trust "$DATA/pickle/malicious/call_os.system.p4.pkl"
shoot scale2.png 2200x1400 "" 2 --screenshot-size 960x600 "$DATA/ui/extra_odd_objects.skops"

if command -v optipng >/dev/null; then
  optipng -quiet -o2 "$OUT"/*.png
else
  echo "screenshots: optipng not installed; the pictures are not squeezed" >&2
fi
ls -l "$OUT"/*.png
