#!/bin/sh
# Refreshes translations/skopos_*.ts from the sources (lupdate over app/ and
# ui/; core/ has no user-visible strings and must not use tr()), dropping
# entries whose source string is gone (-no-obsolete). skopos_en.ts keeps only
# the plural forms (-pluralonly): English needs a translation only for
# "%n file(s)" strings. Then lists every entry still to translate (and other
# problems) with tests/translations/check_translations.py; exit status 1 when
# there is any.
#
#   scripts/update_translations.sh            # refresh, then report
#   LUPDATE=/path/to/lupdate scripts/update_translations.sh
#
# Translate the listed entries with Qt Linguist (linguist translations/skopos_de.ts)
# or in the XML, then run `ctest -R translations`.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
  for c in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 2>/dev/null || true)" "$(command -v lupdate 2>/dev/null || true)"; do
    if [ -n "$c" ] && [ -x "$c" ]; then lupdate=$c; break; fi
  done
fi
[ -n "$lupdate" ] || { echo "update_translations: lupdate not found (Debian: qt6-l10n-tools), or set LUPDATE" >&2; exit 2; }

# The languages: every translations/skopos_<lang>.ts (add a language by
# creating its file: cp translations/skopos_de.ts translations/skopos_xx.ts,
# set language="xx" and clear the translations).
for ts in translations/skopos_*.ts; do
  case "$ts" in
    */skopos_en.ts) "$lupdate" -silent -no-obsolete -locations relative -pluralonly app ui -ts "$ts" ;;
    *)              "$lupdate" -silent -no-obsolete -locations relative app ui -ts "$ts" ;;
  esac
done
exec python3 tests/translations/check_translations.py --source-dir "$root" --lupdate "$lupdate" --no-sync-check
