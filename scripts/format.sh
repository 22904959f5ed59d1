#!/usr/bin/env bash
# Formats every C++ file of the project (app core ui tests bench) in place with
# .clang-format. Usage: scripts/format.sh [FILE...]   (no file: the whole tree)
# clang-format 14 (Debian 12) is the reference: other versions format a few
# constructs differently, so this refuses them unless SKOPOS_ANY_CLANG_FORMAT=1.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
source scripts/clang_format_bin.sh
if [ $# -eq 0 ]; then
  # Tracked and new (not ignored) files, never build trees.
  mapfile -t files < <(git ls-files --cached --others --exclude-standard -- app core ui tests bench |
                       grep -E '\.(cpp|h|hpp|cc)$' | sort -u)
else
  files=("$@")
fi
[ ${#files[@]} -gt 0 ] || exit 0
printf '%s\0' "${files[@]}" | xargs -0 -n 50 "$SKOPOS_CLANG_FORMAT" -i --style=file
echo "format: ${#files[@]} files formatted with $("$SKOPOS_CLANG_FORMAT" --version)"
