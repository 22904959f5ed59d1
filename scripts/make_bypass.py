#!/usr/bin/python3
"""Writes tests/data/bypass: hostile files built from published bypasses of
static pickle scanners, one class of evasion per family (issue 8), plus the
harmless look-alikes that must stay harmless.

Run with Debian's python3 (numpy, joblib):  /usr/bin/python3 scripts/make_bypass.py
Nothing written here is ever loaded: payloads are built from opcodes (or from
objects whose __reduce__ only *names* a callable), so running this script runs
no payload. Output is deterministic; expected.json lists every file with the
exit code `skopos untrusted FILE` must give and README.md documents each
technique and where it was published.
"""
import io
import json
import os
import pickle
import shutil
import struct
import sys
import zipfile

import numpy as np
import joblib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "data", "bypass")
FIXTURE_SKOPS = os.path.join(ROOT, "tests", "data", "fixtures", "StandardScaler", "model.skops")
CASES = []

# Sources (see README.md).
SRC = {
    "nullifai": "ReversingLabs, 'Malicious ML models discovered on Hugging Face platform' (nullifAI, Feb 2025): "
                "payload at the start of a deliberately broken pickle",
    "psadv": "picklescan GitHub security advisories (GHSA-* test files in mmaitre314/picklescan tests/data2)",
    "jfrog": "JFrog, 'picklescan zero-days' (2025): submodule/dotted imports and exceptions that stop the scan",
    "tob": "Trail of Bits, 'Never a dill moment' / fickling (2021): STACK_GLOBAL operands and call results",
    "pydoc": "Python pickle docs: protocol 4 find_class resolves dotted qualified names attribute by attribute",
    "compat": "CPython Lib/_compat_pickle.py: Python 2 names renamed for protocols < 3",
    "numpy": "numpy.lib.format: object arrays are stored as a pickle (allow_pickle)",
    "joblib": "joblib numpy_pickle(_compat): companion files joined to the pickle's folder; padding byte read as a length",
    "sonatype": "Sonatype, picklescan bypasses (2025): less-known executors such as pip.main",
    "multi": "Loaders that call pickle.load repeatedly (e.g. streaming datasets) run every pickle in a file",
}


def case(name, data, exit_code, family, technique, source, subdir=None):
    path = os.path.join(OUT, subdir or "", name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    CASES.append({"file": (subdir + "/" if subdir else "") + name, "exit": exit_code, "family": family,
                  "technique": technique, "source": SRC[source]})


# --- opcode helpers (pickletools names) -------------------------------------
def proto(n):
    return b"\x80" + bytes([n])


def su(s):  # SHORT_BINUNICODE
    b = s.encode()
    return b"\x8c" + bytes([len(b)]) + b


def sg(module, name):  # STACK_GLOBAL with literal operands
    return su(module) + su(name) + b"\x93"


def g(module, name):  # GLOBAL
    return b"c" + module.encode() + b"\n" + name.encode() + b"\n"


def call1(callable_ops, arg_ops):  # callable(arg)
    return callable_ops + arg_ops + b"\x85R"


def call2(callable_ops, a, b):
    return callable_ops + a + b + b"\x86R"


MEMOIZE, STOP, POP = b"\x94", b".", b"0"
CMD = su("echo skopos-bypass-test")
PAYLOAD4 = call1(sg("os", "system"), CMD)              # os.system(...) with protocol 4 opcodes
PAYLOAD0 = g("os", "system") + b"(S'echo skopos'\ntR"  # protocol 0 spelling


def named_call(module, name, *args, protocol=4):
    """REDUCE of module.name(*args), written opcode by opcode."""
    body = proto(protocol) + (sg(module, name) if protocol >= 4 else g(module, name))
    body += b"(" + b"".join(su(a) if isinstance(a, str) else pickle.dumps(a, 4)[2:-1] for a in args) + b"tR"
    return body + STOP


# --- family 1: payload before the failure ----------------------------------
def family1():
    src = "nullifai"
    case("f1_truncated.pkl", proto(4) + PAYLOAD4, 4, 1, "os.system call, then the stream ends without STOP", src)
    case("f1_bad_opcode.pkl", proto(4) + PAYLOAD4 + b"\xff" + STOP, 4, 1, "os.system call, then an unknown opcode", src)
    case("f1_missing_memo.pkl", proto(4) + PAYLOAD4 + b"h\x07" + STOP, 4, 1,
         "os.system call, then BINGET of a memo key never stored", "psadv")
    case("f1_stack_underflow.pkl", proto(4) + PAYLOAD4 + POP + POP + b"R" + STOP, 4, 1,
         "os.system call, then REDUCE on an empty stack", src)
    case("f1_oversized_length.pkl", proto(4) + PAYLOAD4 + b"\x8e" + struct.pack("<Q", 1 << 62) + STOP, 4, 1,
         "os.system call, then BINBYTES8 claiming 2**62 bytes", src)
    case("f1_bad_proto.pkl", proto(2) + PAYLOAD0 + proto(9) + STOP, 4, 1,
         "protocol 0 os.system call, then PROTO 9 (unsupported) mid-stream", src)
    case("f1_broken_py0.pkl", PAYLOAD0 + b"(S'unterminated\n", 4, 1,
         "protocol 0: call, then a malformed STRING operand", src)
    # A limit the tree builder has (MARK nesting) hit before the payload:
    # Python has no such limit, so the payload after it runs.
    deep = b"(" * 12000 + b"1" * 12000
    case("f1_limit_then_payload.pkl", proto(4) + deep + PAYLOAD4 + STOP, 4, 1,
         "12000 nested MARKs (above Limits::maxDepth) before an os.system call: the flat walk must list it", "jfrog")
    case("f1_limit_memo_then_payload.pkl", proto(4) + b"N" + b"\x94" * 3 + deep + PAYLOAD4 + b"h\x63" + STOP, 4, 1,
         "a limit, the payload, then a missing memo key", "jfrog")


# --- family 2: computed STACK_GLOBAL operands --------------------------------
def family2():
    # codecs.decode('bf', 'rot13') == 'os' at load time
    rot = call2(sg("_codecs", "decode"), su("bf"), su("rot13"))
    case("f2_codecs_rot13.pkl", proto(4) + rot + su("system") + b"\x93" + CMD + b"\x85R" + STOP, 4, 2,
         "module name computed by _codecs.decode('bf', 'rot13')", "tob")
    getitem = call2(sg("_operator", "getitem"), b"]" + su("os") + b"a", b"K\x00")
    case("f2_operator_getitem.pkl", proto(4) + getitem + su("system") + b"\x93" + CMD + b"\x85R" + STOP, 4, 2,
         "module name computed by operator.getitem(['os'], 0)", "tob")
    join = call2(sg("builtins", "str.join"), su(""), b"](" + su("o") + su("s") + b"e")
    case("f2_str_join.pkl", proto(4) + join + su("system") + b"\x93" + CMD + b"\x85R" + STOP, 4, 2, "module name computed by ''.join(['o', 's'])", "tob")
    memo = proto(4) + rot + MEMOIZE + POP + b"h\x00" + su("system") + b"\x93" + CMD + b"\x85R" + STOP
    case("f2_memo_call.pkl", memo, 4, 2, "a call's result memoised, then fetched as the STACK_GLOBAL module", "tob")
    name_call = call2(sg("_codecs", "decode"), su("flfgrz"), su("rot13"))
    case("f2_name_computed.pkl", proto(4) + su("os") + name_call + b"\x93" + CMD + b"\x85R" + STOP, 4, 2,
         "attribute name computed by _codecs.decode('flfgrz', 'rot13')", "tob")
    # BUILD sets an attribute on a namespace; attrgetter reads it back as the module.
    ns = sg("types", "SimpleNamespace") + b")R" + b"}" + su("m") + su("os") + b"sb"
    getter = call1(sg("operator", "attrgetter"), su("m"))
    case("f2_build_setattr.pkl", proto(4) + getter + ns + b"\x85R" + su("system") + b"\x93" + CMD + b"\x85R" + STOP,
         4, 2, "module name set by BUILD on a SimpleNamespace, read back by attrgetter", "tob")
    # BUILD on a module sets its attributes to strs; STACK_GLOBAL of those
    # attributes then yields the operands of a final STACK_GLOBAL.
    patch = sg("json", "decoder") + b"}" + su("scanstring") + su("builtins") + b"sb" + POP \
        + sg("json", "decoder") + b"}" + su("JSONArray") + su("eval") + b"sb" + POP
    case("f2_build_module_attr.pkl", proto(4) + patch + sg("json.decoder", "scanstring") + sg("json.decoder", "JSONArray")
         + b"\x93" + su("1+1") + b"\x85R" + STOP, 4, 2,
         "BUILD sets module attributes to 'builtins'/'eval'; STACK_GLOBAL of those attributes imports eval", "psadv")


# --- family 3: dotted names ---------------------------------------------------
def family3():
    def dotted(module, name, technique, fname, src="pydoc"):
        case(fname, proto(4) + call1(sg(module, name), CMD) + STOP, 4, 3, technique, src)
    dotted("sklearn", "os.system", "sklearn + 'os.system': the os module sklearn imported", "f3_sklearn_os_system.pkl")
    dotted("builtins", "len.__self__.exec", "builtins + 'len.__self__.exec': dunder traversal to exec",
           "f3_len_self_exec.pkl")
    dotted("numpy", "lib.npyio.pickle.loads", "numpy + 'lib.npyio.pickle.loads': pickle re-exported deep inside numpy",
           "f3_numpy_pickle_loads.pkl", "jfrog")
    dotted("joblib", "numpy_pickle.os.system", "joblib + 'numpy_pickle.os.system'", "f3_joblib_os_system.pkl")
    dotted("numpy.testing", "runstring", "numpy.testing.runstring: a re-export of numpy.testing._private.utils.runstring",
           "f3_reexport_runstring.pkl", "jfrog")
    dotted("collections", "os.system", "collections + 'os.system'", "f3_collections_os.pkl")
    dotted("asyncio.unix_events", "subprocess.Popen", "submodule + re-exported subprocess.Popen",
           "f3_submodule_popen.pkl", "jfrog")
    # dict.get on builtins.__dict__ fetches eval.
    get = call2(sg("builtins", "dict.get"), sg("builtins", "__dict__"), su("eval"))
    case("f3_dict_get_builtins.pkl", proto(4) + get + su("1+1") + b"\x85R" + STOP, 4, 3,
         "builtins 'dict.get' applied to builtins.__dict__ and 'eval'", "pydoc")
    case("f3_globals_subclasses.pkl", proto(4) + call1(sg("builtins", "object.__subclasses__"), b")") + STOP, 4, 3,
         "builtins 'object.__subclasses__': dunder traversal", "pydoc")


# --- family 4: the table --------------------------------------------------------
def family4():
    rows = [
        ("pandas", "read_pickle", "f4_pandas_read_pickle.pkl", "pandas loader of another pickle"),
        ("pandas.io.pickle", "read_pickle", "f4_pandas_io_pickle.pkl", "pandas loader (module path)"),
        ("torch.serialization", "load", "f4_torch_serialization_load.pkl", "torch loader"),
        ("dill", "loads", "f4_dill_loads.pkl", "dill loads code"),
        ("cloudpickle", "loads", "f4_cloudpickle_loads.pkl", "cloudpickle loads code"),
        ("joblib.externals.cloudpickle.cloudpickle", "_make_function", "f4_joblib_vendored_cloudpickle.pkl",
         "joblib's vendored cloudpickle rebuilds functions"),
        ("joblib.numpy_pickle", "load", "f4_joblib_load.pkl", "joblib loader"),
        ("logging.config", "dictConfig", "f4_logging_dictconfig.pkl", "configuration factory that calls dotted names"),
        ("logging.config", "listen", "f4_logging_listen.pkl", "configuration server"),
        ("pathlib", "Path.write_text", "f4_pathlib_write_text.pkl", "file writer"),
        ("pathlib", "Path.unlink", "f4_pathlib_unlink.pkl", "file deleter"),
        ("io", "open", "f4_io_open.pkl", "file opener"),
        ("_io", "FileIO", "f4_io_fileio.pkl", "file opener"),
        ("codecs", "open", "f4_codecs_open.pkl", "file opener"),
        ("shutil", "rmtree", "f4_shutil_rmtree.pkl", "file deleter"),
        ("tempfile", "mkstemp", "f4_tempfile_mkstemp.pkl", "file creator"),
        ("sklearn.utils._testing", "assert_run_python_script", "f4_sklearn_run_script.pkl", "test helper runs a script"),
        ("numpy.testing._private.utils", "runstring", "f4_numpy_runstring.pkl", "test helper executes code"),
        ("numpy.testing._private.extbuild", "build_and_import_extension", "f4_numpy_extbuild.pkl",
         "test helper compiles and imports"),
        ("distutils.spawn", "spawn", "f4_distutils_spawn.pkl", "build tool runs a command"),
        ("numpy.distutils.exec_command", "exec_command", "f4_numpy_distutils.pkl", "build tool runs a command"),
        ("setuptools.sandbox", "run_setup", "f4_setuptools_sandbox.pkl", "build tool runs a script"),
        ("urllib.request", "urlopen", "f4_urlopen.pkl", "network client"),
        ("http.client", "HTTPConnection", "f4_http_client.pkl", "network client"),
        ("smtplib", "SMTP", "f4_smtplib.pkl", "network client"),
        ("pip", "main", "f4_pip_main.pkl", "package manager entry point"),
        ("hydra.utils", "instantiate", "f4_hydra_instantiate.pkl", "factory that imports and calls dotted names"),
    ]
    for module, name, fname, technique in rows:
        src = "sonatype" if module == "pip" else "psadv"
        case(fname, named_call(module, name, "x"), 4, 4, f"{module}.{name}: {technique}", src)
    # Python 2 spellings Python 3 renames (protocol < 3).
    py2 = [
        ("commands", "getoutput", "f4_py2_commands.pkl", "commands -> subprocess"),
        ("urllib", "urlopen", "f4_py2_urllib_urlopen.pkl", "urllib.urlopen -> urllib.request.urlopen"),
        ("urllib2", "urlopen", "f4_py2_urllib2.pkl", "urllib2 -> urllib.request"),
        ("cPickle", "loads", "f4_py2_cpickle.pkl", "cPickle -> pickle"),
        ("SimpleHTTPServer", "test", "f4_py2_simplehttpserver.pkl", "SimpleHTTPServer -> http.server"),
        ("thread", "start_new_thread", "f4_py2_thread.pkl", "thread -> _thread"),
        ("httplib", "HTTPSConnection", "f4_py2_httplib.pkl", "httplib -> http.client"),
        ("__builtin__", "intern", "f4_py2_builtin_intern.pkl", "__builtin__.intern -> sys.intern (sys internals)"),
    ]
    for module, name, fname, technique in py2:
        case(fname, proto(2) + g(module, name) + b"(S'x'\ntR" + STOP, 4, 4, "protocol 2 " + technique, "compat")


# --- family 5: pickles inside other containers -----------------------------------
class Evil:
    """An element whose pickle is a call of os.system (never called here)."""

    def __reduce__(self):
        return (os.system, ("echo skopos-bypass-test",))


def object_array():
    a = np.empty(2, dtype=object)
    a[0] = 1
    a[1] = Evil()
    return a


def npy_bytes(arr):
    buf = io.BytesIO()
    np.save(buf, arr, allow_pickle=True)
    return buf.getvalue()


def family5():
    case("f5_object.npy", npy_bytes(object_array()), 4, 5, "np.save of an object array: its data is a pickle", "numpy")
    buf = io.BytesIO()
    np.savez(buf, weights=np.arange(4.0), extra=object_array())
    case("f5_members.npz", buf.getvalue(), 4, 5, "np.savez with an object-array member", "numpy")
    buf = io.BytesIO()
    np.savez_compressed(buf, extra=object_array())
    case("f5_members_compressed.npz", buf.getvalue(), 4, 5, "np.savez_compressed with an object-array member", "numpy")
    # A skops file whose array member is an object-dtype .npy (skops refuses
    # to load it; another loader of the archive would unpickle it).
    with zipfile.ZipFile(FIXTURE_SKOPS) as src:
        members = {i.filename: src.read(i.filename) for i in src.infolist()}
    npys = sorted(n for n in members if n.endswith(".npy"))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for n in sorted(members):
            data = npy_bytes(object_array()) if n == npys[0] else members[n]
            info = zipfile.ZipInfo(n, date_time=(2024, 1, 1, 0, 0, 0))
            dst.writestr(info, data, zipfile.ZIP_DEFLATED)
    case("f5_skops_object_member.skops", out.getvalue(), 4, 5,
         f"StandardScaler skops file whose member {npys[0]} holds an object array", "numpy")
    # joblib (current format): an object array is a nested pickle in the stream.
    buf = io.BytesIO()
    joblib.dump({"w": np.arange(3.0), "o": object_array()}, buf)
    case("f5_joblib_object.joblib", buf.getvalue(), 4, 5, "joblib.dump of an object array (nested pickle)", "joblib")
    # Old joblib (< 0.10): NDArrayWrapper + companion .npy files.
    def old(filename):
        state = b"}(" + su("filename") + su(filename) + su("subclass") + sg("numpy", "ndarray") \
            + su("allow_mmap") + b"\x88u"
        return proto(4) + sg("joblib.numpy_pickle_compat", "NDArrayWrapper") + b")\x81" + state + b"b" + STOP
    case("model.pkl", old("model.pkl_01.npy"), 4, 5, "old joblib NDArrayWrapper whose companion .npy is an object array",
         "joblib", subdir="f5_companion_object")
    with open(os.path.join(OUT, "f5_companion_object", "model.pkl_01.npy"), "wb") as f:
        f.write(npy_bytes(object_array()))
    case("f5_companion_absolute.pkl", old("/tmp/skopos-bypass/model.pkl_01.npy"), 4, 5,
         "old joblib companion named by an absolute path (joblib joins it outside the folder)", "joblib")
    case("f5_companion_dotdot.pkl", old("../../model.pkl_01.npy"), 4, 5,
         "old joblib companion named with '..'", "joblib")
    # joblib reads the padding byte as a length and skips that many bytes,
    # whatever it is: a scanner refusing odd padding hides what follows.
    data = np.arange(8, dtype="<i8")

    def repad(obj, pad_bytes):
        """joblib.dump(obj) with the padding before `data` replaced."""
        buf = io.BytesIO()
        joblib.dump(obj, buf)
        raw = buf.getvalue()
        k = raw.index(data.tobytes())
        pad = next(p for p in range(1, 17) if raw[k - p - 1] == p and raw[k - p:k] == b"\xff" * p)
        return raw[:k - pad - 1] + pad_bytes + raw[k:]
    case("f5_padding_zero.joblib", repad([data, Evil()], b"\x00"), 4, 5,
         "joblib array with padding length 0, then an os.system call", "joblib")
    case("f5_padding_255.joblib", repad([data, Evil()], b"\xff" + b"\x00" * 255), 4, 5,
         "joblib array with padding length 255, then an os.system call", "joblib")
    # A zip of pickles (PyTorch's layout, archive/data.pkl): no schema.json.
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("archive/data.pkl", date_time=(2024, 1, 1, 0, 0, 0)), proto(2) + PAYLOAD0 + STOP)
        z.writestr(zipfile.ZipInfo("archive/version", date_time=(2024, 1, 1, 0, 0, 0)), b"3\n")
    case("f5_zip_data_pkl.pt", out.getvalue(), 4, 5, "zip archive (PyTorch layout) whose archive/data.pkl calls os.system",
         "psadv")
    # Harmless look-alikes: must open and never be dangerous.
    case("ok_padding_zero.joblib", repad([data], b"\x00"), 0, 5, "harmless joblib array with padding length 0", "joblib")
    a = np.empty(3, dtype=object)
    a[:] = [1, "two", 3.0]
    case("ok_object.npy", npy_bytes(a), -1, 5, "harmless object array (ints, str, float)", "numpy")


# --- family 7: more than one pickle ---------------------------------------------
def family7():
    benign = pickle.dumps({"a": [1, 2, 3]}, protocol=4)
    hostile = proto(4) + PAYLOAD4 + STOP
    case("f7_second_pickle.pkl", benign + hostile, 4, 7, "harmless pickle, then an os.system pickle", "multi")
    case("f7_third_pickle.pkl", benign + benign + hostile, 4, 7, "two harmless pickles, then an os.system pickle",
         "multi")
    case("f7_second_broken.pkl", benign + proto(4) + PAYLOAD4, 4, 7,
         "harmless pickle, then an os.system call in a truncated second pickle", "multi")
    buf = io.BytesIO()
    joblib.dump({"w": np.arange(3.0)}, buf)
    case("f7_after_joblib.joblib", buf.getvalue() + hostile, 4, 7, "joblib file with an os.system pickle appended",
         "multi")
    case("ok_two_pickles.pkl", benign + benign, 0, 7, "two harmless pickles", "multi")
    case("ok_trailing_zeros.pkl", benign + b"\x00" * 16, 0, 7, "harmless pickle followed by zero bytes", "multi")


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    family1()
    family2()
    family3()
    family4()
    family5()
    family7()
    CASES.sort(key=lambda c: c["file"])
    with open(os.path.join(OUT, "expected.json"), "w") as f:
        json.dump({"count": len(CASES), "generator": "scripts/make_bypass.py",
                   "exit": "exit code of `skopos untrusted FILE`: 4 dangerous, 0 clean; -1 = 0 or 1 (never 2 or 4)",
                   "files": CASES}, f, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "README.md"), "w") as f:
        f.write("# Hostile files built from published scanner bypasses (issue 8)\n\n"
                "Written by `scripts/make_bypass.py` (stdlib pickle opcodes, numpy, joblib); regenerate with\n"
                "`/usr/bin/python3 scripts/make_bypass.py`. No payload here was ever run: each calls\n"
                "`os.system('echo ...')` or names a dangerous callable. `expected.json` gives the exit code of\n"
                "`skopos untrusted FILE` (4 = dangerous; `ok_*` files are harmless look-alikes).\n\n"
                "Family 6 (duplicate JSON keys in skops schemas) is covered by the skops reader's own tests.\n\n"
                "| file | family | exit | technique | published in |\n|---|---|---|---|---|\n")
        for c in CASES:
            f.write(f"| `{c['file']}` | {c['family']} | {c['exit']} | {c['technique']} | {c['source']} |\n")
    print(len(CASES), "files in", OUT)


if __name__ == "__main__":
    main()
