"""List every other name under which a dangerous callable or module is reachable.

Skopos judges a pickle global by its spelling; Python resolves it to an object.
`sklearn.utils.fixes.os` *is* the `os` module, and `numpy.lib.npyio.pickle.loads`
*is* `pickle.loads`. This script imports the modules of the standard library,
numpy, scipy, scikit-learn and joblib (skipping those with import-time side
effects and test suites; it says which), walks each module's namespace and
records, by identity (`obj is target`), every `module.attr` that holds:

  - an object of the dangerous table (core/trust/DangerousNames.cpp), or an
    attribute of a class or module the table names (`pathlib.Path.*`);
  - a class the table reaches into (`numpy.ndarray` for `numpy.ndarray.tofile`)
    or a subclass exposing the same attribute objects (`numpy.matrix.tofile`);
  - a module, when that module, or something reachable from it, is in the
    table (`sklearn.utils.fixes.np` -> `numpy`, whose `load` is dangerous).

Module-valued entries make a rewrite: Skopos replaces the longest aliased
prefix of a name by its target and judges the result again, so aliases of
aliases (`a.np.lib.npyio.pickle.loads`) are followed to any depth without
listing every path.

Standard library only. Runs with Debian's Python at build time
(scripts/make_alias_table.sh writes resources/trust/dangerous_aliases.json) and
in the user's Python from `skopos profile`, which passes the table's names on
stdin as JSON ([[name, "Exact"|"Module"|"Prefix"], ...]) and reads one line
"SKOPOS-ALIASES " + JSON from stdout.

Usage: dangerous_aliases.py [--table DangerousNames.cpp] [--marker] [-o FILE]
(without --table: the table on stdin, the marked line on stdout)
"""
import importlib
import io
import json
import os
import pkgutil
import re
import sys
import types
import warnings

MARKER = "SKOPOS-ALIASES "
THIRD_PARTY = ("numpy", "scipy", "sklearn", "joblib")

# Whole trees never imported, with the reason. Dangerous modules among them
# are in the table by name, so their aliases are still found (a module is
# recognised by its __name__, never by importing it here).
SKIP = {
    "antigravity": "opens a web browser when imported",
    "this": "prints the Zen of Python when imported",
    "__hello__": "prints when imported",
    "__phello__": "prints when imported",
    "idlelib": "IDE: some submodules start the GUI when imported",
    "tkinter": "GUI toolkit (needs a display)",
    "_tkinter": "GUI toolkit (needs a display)",
    "turtle": "GUI (imports tkinter)",
    "turtledemo": "GUI demos",
    "test": "CPython's test suite",
    "lib2to3.tests": "test suite",
    "ctypes.test": "test suite",
    "distutils.tests": "test suite",
    "unittest.test": "test suite",
    "tkinter.test": "test suite",
    "numpy.distutils": "build tool: probes compilers when its submodules are imported",
    "numpy.f2py.tests": "test suite",
    "numpy._pyinstaller": "PyInstaller hooks",
    "scipy._lib._uarray": "vendored; imported through scipy.fft",
    "sklearn.externals._packaging": "vendored packaging",
    "joblib.testing": "pytest helpers",
}
# Last components that mark test suites, scripts and build files.
SKIP_LAST = {"tests": "test suite", "test": "test suite", "testing_tools": "test suite",
             "conftest": "pytest configuration", "__main__": "runs a program when imported",
             "setup": "build script", "setup_package": "build script"}


def skip_reason(name):
    parts = name.split(".")
    for i in range(len(parts), 0, -1):
        why = SKIP.get(".".join(parts[:i]))
        if why:
            return why
    for p in parts[1:]:
        if p in SKIP_LAST:
            return SKIP_LAST[p]
    if not all(p.isidentifier() for p in parts):
        return "not an importable name"
    return None


def read_table_source(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return [[n, m] for n, m in re.findall(r'\{"([^"*][^"]*)",\s*Match::(Exact|Module|Prefix)', text)]


def import_quietly(name):
    out, err = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = io.StringIO()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return importlib.import_module(name)
    finally:
        sys.stdout, sys.stderr = out, err


def walk_modules(skipped, failed):
    """Imports every module of the trees (breadth first) and returns their names."""
    queue = sorted(sys.stdlib_module_names)
    queue += list(THIRD_PARTY)
    seen, done = set(), []
    while queue:
        name = queue.pop(0)
        if name in seen:
            continue
        seen.add(name)
        why = skip_reason(name)
        if why:
            skipped[name] = why
            continue
        try:
            mod = import_quietly(name)
        except BaseException as e:  # SystemExit, ImportError, OSError...
            failed[name] = type(e).__name__
            continue
        done.append(name)
        path = getattr(mod, "__path__", None)
        if path is None:
            continue
        try:
            children = sorted(m.name for m in pkgutil.iter_modules(list(path)))
        except Exception:
            children = []
        queue.extend(name + "." + c for c in children)
    return done


def resolve(dotted):
    """The object a dotted name reaches through already imported modules, or raises."""
    parts = dotted.split(".")
    for i in range(len(parts), 0, -1):
        mod = sys.modules.get(".".join(parts[:i]))
        if mod is not None:
            obj = mod
            for p in parts[i:]:
                obj = getattr(obj, p)
            return obj
    raise LookupError(dotted)


def is_dunder(n):
    return len(n) > 4 and n.startswith("__") and n.endswith("__")


def main(argv):
    table_path, marker, out_path = None, False, None
    i = 0
    while i < len(argv):
        if argv[i] == "--table":
            table_path, i = argv[i + 1], i + 2
        elif argv[i] == "-o":
            out_path, i = argv[i + 1], i + 2
        elif argv[i] == "--marker":
            marker, i = True, i + 1
        else:
            raise SystemExit("unknown argument " + argv[i])
    # Without --table the table comes on stdin from `skopos profile`, which
    # reads the marked line.
    marker = marker or not table_path
    table = read_table_source(table_path) if table_path else json.loads(sys.stdin.read())
    entries = [(n, m) for n, m in table if not n.startswith("(") and not n.startswith("__builtin__.")]

    skipped, failed = {}, {}
    walked = walk_modules(skipped, failed)

    dangerous_modules = {n for n, m in entries if m == "Module"}
    exact = {n for n, m in entries if m == "Exact"}

    def statically_dangerous(name):
        parts = name.split(".")
        for k in range(1, len(parts) + 1):
            p = ".".join(parts[:k])
            if p in dangerous_modules or p in exact:
                return True
        return False

    # Objects of the table, by id (kept alive by the modules that hold them).
    targets = {}
    containers = {}  # id(class) -> (class, canonical name, [attribute names to compare])

    def add_target(obj, name):
        if isinstance(obj, (type, types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                            types.MethodDescriptorType, types.WrapperDescriptorType, types.ClassMethodDescriptorType,
                            staticmethod, classmethod, property)) or callable(obj):
            targets.setdefault(id(obj), (obj, name))

    for name, match in entries:
        if match == "Module":
            continue
        base = name[:-1].rstrip(".") if match == "Prefix" else name
        head, _, tail = base.rpartition(".")
        try:
            owner = resolve(head) if head else None
        except Exception:
            continue
        if owner is None:
            continue
        attrs = [a for a in dir(owner) if a.startswith(tail) and not is_dunder(a)] if match == "Prefix" else [tail]
        for a in attrs:
            try:
                obj = getattr(owner, a)
            except Exception:
                continue
            if isinstance(obj, types.ModuleType):
                continue  # judged by its name
            add_target(obj, head + "." + a)
        if isinstance(owner, type) and owner is not object:
            c = containers.setdefault(id(owner), (owner, head, []))
            c[2].extend(attrs)

    # The functions and classes a dangerous module defines (their home is that
    # module: __module__ under it and the attribute is their own name), so a
    # `from os import system` elsewhere is found; modules already imported
    # only, never imported for this.
    def under_dangerous(m):
        parts = m.split(".")
        return any(".".join(parts[:k]) in dangerous_modules for k in range(1, len(parts) + 1))

    for modname, mod in list(sys.modules.items()):
        if mod is None or not under_dangerous(modname):
            continue
        try:
            items = list(vars(mod).items())
        except TypeError:
            continue
        for attr, obj in items:
            if isinstance(obj, types.ModuleType) or not callable(obj) or is_dunder(attr):
                continue
            home = getattr(obj, "__module__", None)
            if isinstance(home, str) and under_dangerous(home) and getattr(obj, "__name__", None) == attr:
                targets.setdefault(id(obj), (obj, modname + "." + attr))

    # Every dotted prefix of a table entry that is a module: a module holding
    # dangerous names, so another spelling of it matters.
    holder_modules = set()
    for name, _ in entries:
        parts = name.split(".")
        for k in range(1, len(parts)):
            holder_modules.add(".".join(parts[:k]))

    # A module's canonical name is the sys.modules key it is imported under:
    # its __name__ when that key holds it, else the key (_io calls itself "io").
    module_names = {}
    for key, m in list(sys.modules.items()):
        if m is None:
            continue
        own = getattr(m, "__name__", None)
        if isinstance(own, str) and sys.modules.get(own) is m:
            module_names[id(m)] = own
        else:
            module_names.setdefault(id(m), key)

    aliases, module_aliases = {}, {}
    for modname in walked:
        mod = sys.modules.get(modname)
        if mod is None:
            continue
        try:
            items = list(vars(mod).items())
        except TypeError:
            continue
        for attr, obj in items:
            # A dunder attribute is a traversal, dangerous by rule already.
            if not isinstance(attr, str) or not attr.isidentifier() or is_dunder(attr):
                continue
            key = modname + "." + attr
            if isinstance(obj, types.ModuleType):
                target = module_names.get(id(obj))
                if isinstance(target, str) and target != key and not statically_dangerous(key):
                    module_aliases[key] = target
                continue
            t = targets.get(id(obj))
            if t is not None and t[0] is obj:
                if t[1] != key and not statically_dangerous(key):
                    aliases[key] = t[1]
                continue
            if not isinstance(obj, type):
                continue
            c = containers.get(id(obj))
            if c is not None and c[0] is obj:
                if c[1] != key and not statically_dangerous(key):
                    aliases[key] = c[1]
                continue
            # A subclass of a table class exposing the same dangerous attributes.
            for owner, owner_name, attrs in containers.values():
                try:
                    sub = issubclass(obj, owner)
                except Exception:
                    sub = False
                if not sub:
                    continue
                for a in attrs:
                    try:
                        value = getattr(obj, a)
                        same = value is getattr(owner, a)
                    except Exception:
                        continue
                    if same and not statically_dangerous(key + "." + a):
                        aliases[key + "." + a] = owner_name + "." + a

    # A module alias is kept when its target leads somewhere dangerous: a
    # dangerous module, a module the table names things in, or (to a fixed
    # point) one holding a kept alias.
    interesting = set(holder_modules)
    for key in aliases:
        interesting.add(key.rpartition(".")[0])
    changed = True
    while changed:
        changed = False
        for key, target in module_aliases.items():
            owner = key.rpartition(".")[0]
            if (target in interesting or under_dangerous(target)) and owner not in interesting:
                interesting.add(owner)
                changed = True
    # A module holding something interesting makes its packages interesting
    # too (a spelling can reach it through them: numpy -> numpy.lib.npyio).
    for m in list(interesting):
        parts = m.split(".")
        for k in range(1, len(parts)):
            interesting.add(".".join(parts[:k]))
    for key, target in module_aliases.items():
        if target in interesting or under_dangerous(target):
            aliases[key] = target

    import platform

    versions = {"python": platform.python_version()}
    for name in THIRD_PARTY:
        m = sys.modules.get(name)
        if m is not None:
            versions[name] = getattr(m, "__version__", "")
    result = {
        "source": "dangerous aliases computed with Python %s%s" % (
            versions["python"], "".join(", %s %s" % (k, v) for k, v in versions.items() if k != "python")),
        "versions": versions,
        "modules_walked": len(walked),
        "skipped": dict(sorted(skipped.items())),
        "failed": dict(sorted(failed.items())),
        "aliases": dict(sorted(aliases.items())),
    }
    if marker:
        sys.stdout.write(MARKER + json.dumps(result) + "\n")
        sys.stdout.flush()
    else:
        text = json.dumps(result, indent=0, sort_keys=False) + "\n"
        if out_path:
            with open(out_path, "w", encoding="utf-8") as f:
                f.write(text)
        else:
            sys.stdout.write(text)


if __name__ == "__main__":
    main(sys.argv[1:])
