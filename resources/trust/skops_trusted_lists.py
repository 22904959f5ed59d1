"""Print skops' default trusted type lists as a Skopos trust profile.

`skopos profile` runs this in the user's own Python. It imports skops (and
through it scikit-learn, numpy and scipy) and reads the lists that skops'
node classes use by default; it never opens or loads a model file.

Output: one line on stdout, "SKOPOS-PROFILE " followed by a JSON object, either
the profile (keys as in resources/trust/skops-default-trusted-*.json plus
"versions") or {"error": KIND, "message": TEXT} with KIND one of
"no-sklearn", "no-skops", "unsupported-skops". Anything else a library
prints is ignored by Skopos.

"CONSTRUCTOR_DEFAULTS" maps each scikit-learn estimator class (module.qualname
as a pickle names it) to its __init__ parameters in order, [name, default]
pairs where default is repr(default) (None: no default), with memory
addresses written as 0x... . `skopos describe` compares a fitted estimator's
parameters with them as scikit-learn's repr does (print_changed_only).
"""
import inspect
import json
import re
import sys

MARKER = "SKOPOS-PROFILE "


def emit(obj):
    sys.stdout.write(MARKER + json.dumps(obj) + "\n")
    sys.stdout.flush()


def fail(kind, message):
    emit({"error": kind, "message": message})
    sys.exit(3)


ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def estimator_classes():
    """Every estimator class: all_estimators() (with the experimental ones
    enabled) plus any BaseEstimator subclass a public sklearn module names."""
    import importlib
    import pkgutil

    import sklearn
    from sklearn.base import BaseEstimator

    for experimental in ("enable_halving_search_cv", "enable_iterative_imputer"):
        try:
            importlib.import_module("sklearn.experimental." + experimental)
        except Exception:
            pass
    found = {}
    try:
        from sklearn.utils import all_estimators

        for _, cls in all_estimators():
            found[cls.__module__ + "." + cls.__qualname__] = cls
    except Exception:
        pass
    for info in pkgutil.walk_packages(sklearn.__path__, "sklearn."):
        if ".tests" in info.name or "._" in info.name or info.name.endswith("conftest"):
            continue
        try:
            module = importlib.import_module(info.name)
        except Exception:
            continue
        for value in list(vars(module).values()):
            if isinstance(value, type) and issubclass(value, BaseEstimator) and value.__module__.startswith("sklearn"):
                found.setdefault(value.__module__ + "." + value.__qualname__, value)
    return found


def constructor_defaults():
    out = {}
    for name, cls in sorted(estimator_classes().items()):
        init = getattr(cls.__init__, "deprecated_original", cls.__init__)
        if init is object.__init__:
            out[name] = []
            continue
        try:
            parameters = inspect.signature(init).parameters.values()
        except (TypeError, ValueError):
            continue
        params = []
        for p in parameters:
            if p.name == "self" or p.kind in (p.VAR_KEYWORD, p.VAR_POSITIONAL):
                continue
            default = None if p.default is inspect.Parameter.empty else ADDRESS.sub(" at 0x...", repr(p.default))
            params.append([p.name, default])
        out[name] = params
    return out


def main():
    try:
        import sklearn
    except Exception as e:  # an import can raise more than ImportError
        fail("no-sklearn", "scikit-learn is not importable: %s" % e)
    try:
        import skops
        from skops.io import _sklearn as sk_nodes
        from skops.io import _trusted_types as lists
        from skops.io._utils import get_module
    except Exception as e:
        fail("no-skops", "skops is not importable: %s" % e)
    import numpy
    import scipy

    def names(key):
        # Lists a given skops version does not have are empty: that version
        # trusts nothing of that kind by default.
        return sorted(set(getattr(lists, key, [])))

    losses = getattr(sk_nodes, "ALLOWED_LOSSES", None)
    if losses is None:
        losses = getattr(sk_nodes, "ALLOWED_SGD_LOSSES", None)
    if losses is None:
        fail("unsupported-skops", "skops %s has no ALLOWED_LOSSES list" % skops.__version__)
    try:
        from sklearn.tree._tree import Tree

        tree = get_module(Tree) + ".Tree"
    except Exception:
        tree = "sklearn.tree._tree.Tree"

    versions = {
        "skops": skops.__version__,
        "sklearn": sklearn.__version__,
        "numpy": numpy.__version__,
        "scipy": scipy.__version__,
        "python": "%d.%d.%d" % sys.version_info[:3],
    }
    profile = {
        "source": "skops %s default trusted lists, computed with scikit-learn %s, numpy %s, scipy %s"
        % (versions["skops"], versions["sklearn"], versions["numpy"], versions["scipy"]),
        "versions": versions,
        "python": sys.executable,
        "PRIMITIVE_TYPE_NAMES": names("PRIMITIVE_TYPE_NAMES"),
        "CONTAINER_TYPE_NAMES": names("CONTAINER_TYPE_NAMES"),
        "SKLEARN_ESTIMATOR_TYPE_NAMES": names("SKLEARN_ESTIMATOR_TYPE_NAMES"),
        "SKLEARN_INTERNAL_TYPE_NAMES": names("SKLEARN_INTERNAL_TYPE_NAMES"),
        "SCIPY_UFUNC_TYPE_NAMES": names("SCIPY_UFUNC_TYPE_NAMES"),
        "NUMPY_UFUNC_TYPE_NAMES": names("NUMPY_UFUNC_TYPE_NAMES"),
        "NUMPY_DTYPE_TYPE_NAMES": names("NUMPY_DTYPE_TYPE_NAMES"),
        "ALLOWED_LOSSES": sorted({get_module(x) + "." + x.__name__ for x in losses}),
        "TREE": tree,
        "CONSTRUCTOR_DEFAULTS": constructor_defaults(),
    }
    emit(profile)


main()
