# Sourced by format.sh and check_format.sh: sets SKOPOS_CLANG_FORMAT (and
# SKOPOS_CLANG_FORMAT_DIFF) to clang-format 14, the version .clang-format is
# measured against (Debian 12: package clang-format-14).
if command -v clang-format-14 >/dev/null; then
  SKOPOS_CLANG_FORMAT=clang-format-14
  SKOPOS_CLANG_FORMAT_DIFF=$(command -v clang-format-diff-14 || true)
elif [ "${SKOPOS_ANY_CLANG_FORMAT:-0}" = 1 ] && command -v clang-format >/dev/null; then
  SKOPOS_CLANG_FORMAT=clang-format
  SKOPOS_CLANG_FORMAT_DIFF=$(command -v clang-format-diff || true)
else
  echo "clang-format 14 not found: apt-get install clang-format-14 (SKOPOS_ANY_CLANG_FORMAT=1 takes any clang-format)" >&2
  exit 2
fi
