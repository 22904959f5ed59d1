#!/usr/bin/env bash
# Checks that the C++ lines changed since BASE are formatted as .clang-format
# says; lines nobody touched are left alone, so the check holds on a tree that
# was never formatted as a whole. Prints the needed changes and exits 1 when a
# changed line is misformatted.
# Usage: scripts/check_format.sh [BASE]
#   BASE  a commit (main, origin/main, HEAD~3): the lines changed from its
#         merge-base with HEAD to the working tree (uncommitted changes too).
#         Without BASE: the last commit (HEAD~1..HEAD, a merge's whole branch),
#         which is all a fresh CI clone can compare; skipped on a root commit.
# Fix: git diff -U0 BASE | clang-format-diff-14 -p1 -i   (or scripts/format.sh FILE)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
source scripts/clang_format_bin.sh
[ -n "$SKOPOS_CLANG_FORMAT_DIFF" ] || { echo "check_format: clang-format-diff not found (package clang-format-14)" >&2; exit 2; }

if [ $# -ge 1 ]; then
  base=$(git merge-base "$1" HEAD) || { echo "check_format: no merge-base of $1 and HEAD" >&2; exit 2; }
  range=("$base")            # to the working tree
  what="since $1 ($(git rev-parse --short "$base"))"
elif git rev-parse -q --verify HEAD~1 >/dev/null; then
  range=(HEAD~1 HEAD)
  what="in the last commit ($(git rev-parse --short HEAD))"
else
  echo "check_format: no parent commit to compare with: skipped"
  exit 0
fi

changed=$(git diff --name-only --diff-filter=AMR "${range[@]}" -- app core ui tests bench |
          grep -E '\.(cpp|h|hpp|cc)$' || true)
if [ -z "$changed" ]; then
  echo "check_format: no C++ file changed $what"
  exit 0
fi
# shellcheck disable=SC2086
fixes=$(git diff -U0 --no-color --no-ext-diff "${range[@]}" -- $changed |
        "$SKOPOS_CLANG_FORMAT_DIFF" -p1 -binary "$SKOPOS_CLANG_FORMAT" -regex '.*\.(cpp|h|hpp|cc)')
n=$(echo "$changed" | wc -l)
if [ -n "$fixes" ]; then
  echo "$fixes"
  echo "check_format: changed lines $what are not formatted as .clang-format says (above)." >&2
  echo "check_format: fix with: git diff -U0 ${range[0]} | $(basename "$SKOPOS_CLANG_FORMAT_DIFF") -p1 -i" >&2
  exit 1
fi
echo "check_format: changed lines of $n C++ file(s) $what are formatted"
