#!/bin/sh
# Installs the build into a temporary root twice -- `cmake --install` with
# DESTDIR, and the contents of the .deb `cpack -G DEB` makes -- and runs the
# desktop-file, AppStream and shared-mime-info validators on what landed
# there; the installed `skopos` must find libexec/skopos/skopos-gui. The tools come from desktop-file-utils, appstream, shared-mime-info,
# libxml2-utils and dpkg-dev (scripts/test.sh installs them); a missing tool
# fails the test.
# usage: check_packaging.sh BUILD_DIR WORK_DIR
set -eu
build=$(cd "$1" && pwd)
work=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in desktop-file-validate appstreamcli xmllint update-mime-database cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || fail "$tool is not installed"
done
rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd)
app=io.github.skopos

# Validates one installed tree ($1 = root, containing usr/).
check_root() {
  root=$1
  usr=$root/usr
  for f in bin/skopos bin/skopos-cli libexec/skopos/skopos-gui \
           share/applications/$app.desktop \
           share/metainfo/$app.metainfo.xml \
           share/mime/packages/$app.xml \
           share/icons/hicolor/scalable/apps/skopos.svg \
           share/man/man1/skopos.1.gz share/man/man1/skopos-cli.1.gz share/doc/skopos/copyright; do
    [ -e "$usr/$f" ] || fail "$root: /usr/$f is missing"
  done
  [ -x "$usr/bin/skopos-cli" ] || fail "$root: skopos-cli is not executable"
  "$usr/bin/skopos-cli" --version >/dev/null || fail "$root: installed skopos-cli does not run"
  # `skopos` finds the window in libexec relative to itself, also in a
  # DESTDIR root: the window's own --help-all proves the launch.
  out=$(QT_QPA_PLATFORM=offscreen "$usr/bin/skopos" --help-all 2>&1) || fail "$root: installed skopos cannot start skopos-gui: $out"
  echo "$out" | grep -q -- '--screenshot' || fail "$root: skopos --help-all is not the window's help: $out"

  echo "== desktop-file-validate ($root)"
  out=$(desktop-file-validate "$usr/share/applications/$app.desktop" 2>&1) || fail "desktop-file-validate: $out"
  [ -z "$out" ] || fail "desktop-file-validate reports: $out"
  grep -q '^MimeType=.*application/x-skops;' "$usr/share/applications/$app.desktop" || fail "desktop file lacks MimeType"

  echo "== appstreamcli validate --no-net ($root)"
  appstreamcli validate --no-net "$usr/share/metainfo/$app.metainfo.xml" || fail "appstreamcli validate failed"

  echo "== xmllint + update-mime-database ($root)"
  xmllint --noout "$usr/share/mime/packages/$app.xml" || fail "MIME XML is not well-formed"
  # Compile our definitions together with the system's base types (our
  # skops type is a sub-class of application/zip) in a scratch database.
  db=$root/mimedb
  mkdir -p "$db/packages"
  cp "$usr/share/mime/packages/$app.xml" /usr/share/mime/packages/freedesktop.org.xml "$db/packages/"
  out=$(update-mime-database "$db" 2>&1 | grep -iE 'warn|error|invalid|unknown' || true)
  [ -z "$out" ] || fail "update-mime-database: $out"
  for g in '*.skops' '*.pkl' '*.pickle' '*.pbz2' '*.pkl.z' '*.joblib' '*.joblib.z' '*.joblib.gz' \
           '*.joblib.bz2' '*.joblib.xz' '*.joblib.lzma' '*.joblib.lz4'; do
    grep -qF ":application/x-$(case $g in *skops) echo skops;; *joblib*) echo joblib;; *) echo python-pickle;; esac):$g" \
      "$db/globs2" || fail "glob $g is not in the compiled database"
  done
  for t in application/x-skops application/x-python-pickle; do
    grep -qaF "$t" "$db/magic" || fail "no magic for $t in the compiled database"
  done
  grep -qF 'application/x-skops application/zip' "$db/subclasses" || fail "skops is not a sub-class of zip"
}

echo "== cmake --install (DESTDIR)"
DESTDIR="$work/destdir" cmake --install "$build" --prefix /usr >/dev/null || fail "cmake --install failed"
check_root "$work/destdir"

echo "== cpack -G DEB"
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/cpack" >cpack.log 2>&1) \
  || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/cpack/skopos_*.deb)
[ -f "$deb" ] || fail "cpack made no .deb"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# (QuaZip no longer reads archives, so the package does not depend on it: the zip
# reader follows CPython's zipfile itself, docs/ORACLES.md; bz2 and lzma members need these.)
for lib in libqt6widgets6 libqt6core6 libbz2-1.0 liblzma5 libc6; do
  echo "$depends" | grep -q "$lib" || fail "Depends lacks $lib (dpkg-shlibdeps did not run?)"
done
dpkg-deb -c "$deb" | grep -q '/usr/share/mime/packages/io.github.skopos.xml$' || fail ".deb lacks the MIME XML"
dpkg-deb -x "$deb" "$work/debroot"
check_root "$work/debroot"
# Translations built by qt_add_translations are shipped too: German, French,
# and the English plural forms.
for lang in de fr en; do
  [ -s "$work/debroot/usr/share/skopos/translations/skopos_$lang.qm" ] || fail ".deb lacks skopos_$lang.qm"
done
echo "PASS"
