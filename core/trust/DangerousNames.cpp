#include "trust/DangerousNames.h"

namespace skopos {

namespace {
// Sources: the deny lists of picklescan (scanner.py `_unsafe_globals`, read 2026-11) and
// fickling (fickle.py UNSAFE_IMPORTS / analysis), CPython's documentation of
// what each module does, and the bypasses in shared/docs/SECURITY-NOTES.md.
// Module aliases are listed explicitly (posix/nt for os, __builtin__ for
// builtins, _pickle/cPickle for pickle, commands for subprocess in Python 2)
// because a pickle may name any of them.
const std::vector<DangerousEntry> kTable = {
    // builtins (and the Python 2 spelling): evaluation, imports, file access, attribute games
    {"builtins.eval", false, "evaluates Python code"},
    {"builtins.exec", false, "executes Python code"},
    {"builtins.execfile", false, "executes a Python file"},
    {"builtins.compile", false, "compiles Python code"},
    {"builtins.open", false, "opens files"},
    {"builtins.__import__", false, "imports any module"},
    {"builtins.getattr", false, "reaches any attribute (getattr chains to callables)"},
    {"builtins.setattr", false, "changes any attribute"},
    {"builtins.delattr", false, "deletes attributes"},
    {"builtins.globals", false, "exposes the module namespace"},
    {"builtins.locals", false, "exposes the local namespace"},
    {"builtins.vars", false, "exposes namespaces"},
    {"builtins.breakpoint", false, "starts a debugger"},
    {"builtins.input", false, "reads from the terminal"},
    {"builtins.help", false, "starts the interactive help (pager, imports)"},
    {"builtins.memoryview", false, "raw memory access"},
    {"builtins.apply", false, "calls any callable (Python 2)"},
    {"builtins.reload", false, "reloads modules (Python 2)"},
    {"builtins.file", false, "opens files (Python 2)"},
    {"builtins.object.__reduce_ex__", false, "reduces arbitrary objects"},
    {"__builtin__.eval", false, "evaluates Python code"},
    {"__builtin__.exec", false, "executes Python code"},
    {"__builtin__.execfile", false, "executes a Python file"},
    {"__builtin__.compile", false, "compiles Python code"},
    {"__builtin__.open", false, "opens files"},
    {"__builtin__.file", false, "opens files"},
    {"__builtin__.__import__", false, "imports any module"},
    {"__builtin__.getattr", false, "reaches any attribute"},
    {"__builtin__.setattr", false, "changes any attribute"},
    {"__builtin__.globals", false, "exposes the module namespace"},
    {"__builtin__.apply", false, "calls any callable"},
    {"__builtin__.input", false, "evaluates terminal input (Python 2)"},
    {"__builtin__.reload", false, "reloads modules"},
    // processes and the operating system
    {"os", true, "operating system access (processes, files)"},
    {"posix", true, "operating system access (alias of os)"},
    {"nt", true, "operating system access (alias of os)"},
    {"subprocess", true, "runs processes"},
    {"commands", true, "runs shell commands (Python 2)"},
    {"popen2", true, "runs processes (Python 2)"},
    {"pty", true, "spawns processes on a pseudo-terminal"},
    {"shutil", true, "copies, moves and deletes files"},
    {"tempfile", true, "creates files"},
    {"io.open", false, "opens files"},
    {"io.FileIO", false, "opens files"},
    {"_io", true, "opens files"},
    {"codecs.open", false, "opens files"},
    {"fileinput", true, "reads files"},
    {"sys", true, "interpreter internals (modules, hooks, exit)"},
    {"signal", true, "signal handlers"},
    {"resource", true, "process limits"},
    // code execution by other names
    {"runpy", true, "runs modules and files as __main__"},
    {"importlib", true, "imports any module"},
    {"imp", true, "imports any module"},
    {"pkgutil", true, "imports modules"},
    {"zipimport", true, "imports code from archives"},
    {"code", true, "interactive interpreter (runs code)"},
    {"codeop", true, "compiles code"},
    {"timeit", true, "timeit runs code given as a string"},
    {"pdb", true, "debugger: pdb.run executes code"},
    {"bdb", true, "debugger base: runs code"},
    {"profile", true, "profile.run executes code"},
    {"cProfile", true, "cProfile.run executes code"},
    {"trace", true, "trace runs code"},
    {"doctest", true, "runs code from docstrings"},
    {"types.FunctionType", false, "builds functions from code objects"},
    {"types.CodeType", false, "builds code objects"},
    {"types.ModuleType", false, "builds modules"},
    {"functools.reduce", false, "calls any callable repeatedly"},
    {"operator.methodcaller", false, "calls any method by name"},
    {"operator.attrgetter", false, "reaches any attribute by name"},
    {"ctypes", true, "calls native code and writes memory"},
    {"_ctypes", true, "calls native code"},
    {"cffi", true, "calls native code"},
    {"numpy.testing._private.utils.runstring", false, "executes code given as a string"},
    {"numpy.ctypeslib", true, "loads native libraries"},
    {"numpy.load", false, "loads files, with pickles when allowed"},
    {"numpy.fromfile", false, "reads files"},
    {"numpy.lib.npyio.load", false, "loads files, with pickles when allowed"},
    {"torch.load", false, "unpickles files"},
    {"joblib.load", false, "unpickles files"},
    {"dill", true, "unpickles code"},
    {"cloudpickle", true, "unpickles code"},
    // nested pickles and other deserializers
    {"pickle", true, "nested unpickling (pickle.loads)"},
    {"_pickle", true, "nested unpickling (alias of pickle)"},
    {"cPickle", true, "nested unpickling (Python 2)"},
    {"pickletools", true, "pickle internals"},
    {"marshal", true, "loads code objects"},
    {"shelve", true, "opens pickled databases"},
    {"copyreg._reconstructor.__call__", false, "reconstructs arbitrary objects"},
    {"yaml.load", false, "unsafe YAML loading"},
    {"yaml.unsafe_load", false, "unsafe YAML loading"},
    // from picklescan's deny list (names only), checked 2026-11
    {"aiohttp", true, "network access"},
    {"asyncio", true, "event loop with process and network helpers"},
    {"logging.FileHandler", false, "creates files"},
    {"numpy.f2py", true, "evaluates strings while building extensions"},
    {"numpy.testing._private.utils", true, "runstring executes code"},
    {"imaplib.IMAP4_stream", false, "runs a shell command"},
    {"pydoc", true, "locate imports any module; pipepager runs commands"},
    {"test.support", true, "spawns Python subprocesses"},
    {"_pyrepl", true, "pagers run commands"},
    {"torch.serialization.load", false, "unpickles files"},
    {"torch.jit.unsupported_tensor_ops.execWrapper", false, "executes code"},
    {"torch.utils.collect_env.run", false, "runs commands"},
    {"torch._dynamo.guards.GuardBuilder.get", false, "evaluates code"},
    {"torch.fx.experimental.symbolic_shapes.ShapeEnv.evaluate_guards_expression", false, "evaluates code"},
    {"torch.utils._config_module.ConfigModule.load_config", false, "unpickles nested data"},
    {"torch.utils.data.datapipes.utils.decoder.basichandlers", false, "unpickles nested data"},
    {"torch.utils.bottleneck.__main__", true, "profiles (runs) code"},
    {"cloudpickle.cloudpickle", true, "rebuilds functions from code objects"},
    // from fickling's UNSAFE_IMPORTS (names only, modules sklearn pickles never name), checked 2026-11
    {"_interpreters", true, "runs code in a subinterpreter"},
    {"_xxsubinterpreters", true, "runs code in a subinterpreter"},
    {"_frozen_importlib", true, "import machinery"},
    {"_frozen_importlib_external", true, "import machinery"},
    {"_imp", true, "import machinery"},
    {"gc", true, "reaches every live object"},
    {"inspect", true, "reaches frames and attributes"},
    {"pexpect", true, "runs programs"},
    {"pipes", true, "runs shell commands"},
    {"socketserver", true, "binds network ports"},
    {"_signal", true, "signal handlers"},
    {"atexit", true, "registers callables run at exit"},
    {"sqlite3", true, "creates database files"},
    {"_sqlite3", true, "creates database files"},
    {"compileall", true, "compiles and writes code"},
    {"py_compile", true, "compiles and writes code"},
    {"mmap", true, "maps memory and files"},
    {"select", true, "network multiplexing"},
    {"selectors", true, "network multiplexing"},
    {"syslog", true, "writes system logs"},
    {"tarfile", true, "creates and extracts files"},
    {"zipfile", true, "creates and extracts files"},
    {"poplib", true, "network access"},
    {"nntplib", true, "network access"},
    {"linecache", true, "reads files"},
    {"filecmp", true, "reads files"},
    {"builtins.hasattr", false, "calls attribute machinery"},
    {"builtins.__builtins__", false, "the builtins namespace"},
    {"__builtins__", true, "the builtins namespace"},
    {"builtins.exit", false, "exits the interpreter"},
    {"builtins.quit", false, "exits the interpreter"},
    // networks and the outside world
    {"socket", true, "network access"},
    {"_socket", true, "network access"},
    {"ssl", true, "network access"},
    {"http", true, "network access"},
    {"urllib", true, "network access"},
    {"urllib2", true, "network access (Python 2)"},
    {"requests", true, "network access"},
    {"httplib", true, "network access (Python 2)"},
    {"ftplib", true, "network access"},
    {"smtplib", true, "sends mail"},
    {"telnetlib", true, "network access"},
    {"xmlrpc", true, "remote calls"},
    {"webbrowser", true, "opens a browser (runs programs)"},
    {"asyncio.subprocess", true, "runs processes"},
    {"asyncio.create_subprocess_exec", false, "runs processes"},
    {"asyncio.create_subprocess_shell", false, "runs processes"},
    {"asyncio.unix_events", true, "runs processes"},
    {"asyncio.base_events.BaseEventLoop.subprocess_exec", false, "runs processes"},
    {"asyncio.base_events.BaseEventLoop.subprocess_shell", false, "runs processes"},
    {"multiprocessing", true, "runs processes"},
    {"threading", true, "starts threads running any callable"},
    {"_thread", true, "starts threads"},
    {"thread", true, "starts threads (Python 2)"},
    // package managers and tools
    {"pip", true, "installs and runs packages"},
    {"setuptools", true, "builds and runs packages"},
    {"distutils", true, "builds and runs packages"},
    {"ensurepip", true, "installs packages"},
    {"venv", true, "creates environments, runs programs"},
    {"idlelib", true, "IDE internals that run code"},
    {"lib2to3", true, "code tools"},
    {"site", true, "interpreter start-up hooks"},
    {"builtins.__loader__", false, "module loader"},
    // aliases and helpers that run commands (picklescan's deny list names these)
    {"_operator.attrgetter", false, "reaches any attribute by name (alias of operator)"},
    {"_operator.methodcaller", false, "calls any method by name (alias of operator)"},
    {"_posixsubprocess", true, "runs processes"},
    {"pydoc.pipepager", false, "runs a shell command as pager"},
    {"uuid._get_command_stdout", false, "runs a command"},
    {"_aix_support", true, "runs commands"},
    {"_osx_support", true, "runs commands"},
    {"platform.popen", false, "runs a shell command (Python < 3.8)"},
    {"torch._inductor.codecache.compile_file", false, "compiles and loads native code"},
};

std::string_view canonicalModule(std::string_view m)
{
    if (m == "__builtin__")
        return "builtins";
    return m;
}
} // namespace

const std::vector<DangerousEntry>& dangerousTable() { return kTable; }

const DangerousEntry* findDangerous(std::string_view name)
{
    // Exact names first (both the written and the canonical builtins spelling).
    for (const auto& e : kTable)
        if (!e.wholeModule && e.name == name)
            return &e;
    if (name.substr(0, 12) == "__builtin__.") {
        const std::string canon = std::string(canonicalModule("__builtin__")) + std::string(name.substr(11));
        for (const auto& e : kTable)
            if (!e.wholeModule && e.name == canon)
                return &e;
    }
    // Then whole modules: "os.path.join" matches "os"; "osx.y" does not.
    for (const auto& e : kTable) {
        if (!e.wholeModule)
            continue;
        if (name.size() > e.name.size() && name.substr(0, e.name.size()) == e.name && name[e.name.size()] == '.')
            return &e;
        if (name == e.name)
            return &e;
    }
    return nullptr;
}

} // namespace skopos
