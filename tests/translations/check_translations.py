#!/usr/bin/env python3
"""Checks translations/skopos_*.ts (stdlib only; run by CTest as `translations`).

Fails (exit 1, one line per problem) when
  - a required language file is missing (de, fr, and en for the plural forms);
  - an entry is unfinished, obsolete or vanished, or its translation is empty;
  - a translation drops or adds a placeholder (%1, %L2, %n) or loses the
    keyboard accelerator (&X) its source has;
  - skopos_en.ts holds anything but plural forms (it exists for "%n file(s)");
  - the .ts files are out of date with the sources: lupdate, run over app/ and
    ui/ into a temporary copy, finds a string the .ts lacks, or the .ts holds
    one the sources no longer have;
  - core/ has a tr() string (core is widget-free and untranslated).

scripts/update_translations.sh runs the same checks (without the up-to-date
comparison, having just refreshed) to list what is left to translate.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

REQUIRED = ["de", "fr", "en"]
PLURAL_ONLY = {"en"}
# Placeholders as QString::arg and tr(..., n) read them.
PLACEHOLDER = re.compile(r"%L?(?:[1-9][0-9]?|n)")
# A mnemonic: "&F" but not "&&" and not an HTML entity like "&nbsp;".
MNEMONIC = re.compile(r"&(?!&)(?![a-zA-Z]+;|#[0-9]+;)(?=\S)")


def messages(path):
    """Yields (context, source, comment, numerus, translation element)."""
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            yield (name, m.findtext("source") or "", m.findtext("comment") or "",
                   m.get("numerus") == "yes", m.find("translation"))


def key_set(path):
    return {(c, s, k, n) for c, s, k, n, _ in messages(path)}


def show(ctx, src):
    src = src.replace("\n", "\\n")
    return '%s: "%s"' % (ctx, src if len(src) <= 90 else src[:87] + "...")


def placeholders(s):
    return sorted(set(PLACEHOLDER.findall(s)))


def check_file(path, lang):
    problems = []
    count = 0
    for ctx, src, _comment, numerus, tr in messages(path):
        count += 1
        where = show(ctx, src)
        kind = tr.get("type") if tr is not None else "missing"
        if kind in ("unfinished", "obsolete", "vanished", "missing"):
            problems.append("[%s] %s" % (kind, where))
            continue
        if lang in PLURAL_ONLY and not numerus:
            problems.append("[not a plural form: %s holds only plurals; refresh with "
                            "scripts/update_translations.sh] %s" % (os.path.basename(path), where))
            continue
        forms = [f.text or "" for f in tr.findall("numerusform")] if numerus else [tr.text or ""]
        if not forms or any(not f.strip() for f in forms):
            problems.append("[empty translation] %s" % where)
            continue
        want = placeholders(src)
        for f in forms:
            if placeholders(f) != want:
                problems.append("[placeholders %s, source has %s] %s" % (placeholders(f), want, where))
            if bool(MNEMONIC.search(src)) != bool(MNEMONIC.search(f)):
                problems.append("[accelerator & %s] %s" % ("lost" if MNEMONIC.search(src) else "added", where))
    return count, problems


def run_lupdate(lupdate, source_dir, dirs, ts, lang):
    cmd = [lupdate, "-silent", "-no-obsolete", "-locations", "none"]
    if lang in PLURAL_ONLY:
        cmd.append("-pluralonly")
    cmd += dirs + ["-ts", ts]
    r = subprocess.run(cmd, cwd=source_dir, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("lupdate failed (%s): %s" % (" ".join(cmd), r.stderr.strip()))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source-dir", required=True)
    ap.add_argument("--lupdate", required=True)
    ap.add_argument("--no-sync-check", action="store_true",
                    help="skip the comparison with a fresh lupdate run")
    args = ap.parse_args()
    tsdir = os.path.join(args.source_dir, "translations")
    problems = []
    for lang in REQUIRED:
        if not os.path.isfile(os.path.join(tsdir, "skopos_%s.ts" % lang)):
            problems.append("[missing file] translations/skopos_%s.ts" % lang)
    langs = sorted(f[len("skopos_"):-3] for f in os.listdir(tsdir) if re.fullmatch(r"skopos_\w+\.ts", f))

    with tempfile.TemporaryDirectory() as tmp:
        for lang in langs:
            path = os.path.join(tsdir, "skopos_%s.ts" % lang)
            count, found = check_file(path, lang)
            problems += ["skopos_%s.ts %s" % (lang, p) for p in found]
            if not args.no_sync_check:
                fresh = os.path.join(tmp, "skopos_%s.ts" % lang)
                shutil.copy(path, fresh)
                run_lupdate(args.lupdate, args.source_dir, ["app", "ui"], fresh, lang)
                committed, current = key_set(path), key_set(fresh)
                for c, s, _, _ in sorted(current - committed):
                    problems.append("skopos_%s.ts [new in the sources, not in the .ts: run "
                                    "scripts/update_translations.sh] %s" % (lang, show(c, s)))
                for c, s, _, _ in sorted(committed - current):
                    problems.append("skopos_%s.ts [gone from the sources, still in the .ts: run "
                                    "scripts/update_translations.sh] %s" % (lang, show(c, s)))
            print("skopos_%s.ts: %d entries" % (lang, count))
        if not args.no_sync_check:
            core_ts = os.path.join(tmp, "core.ts")
            run_lupdate(args.lupdate, args.source_dir, ["core"], core_ts, "xx")
            for c, s, _, _ in sorted(key_set(core_ts) if os.path.exists(core_ts) else ()):
                problems.append("core/ [tr() in widget-free core] %s" % show(c, s))

    for p in problems:
        print(p)
    if problems:
        print("FAIL: %d problem(s)" % len(problems))
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
