#include "trust/DangerousNames.h"

#include "trust/AliasTable.h"

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
    {"builtins.eval", Match::Exact, "evaluates Python code"},
    {"builtins.exec", Match::Exact, "executes Python code"},
    {"builtins.execfile", Match::Exact, "executes a Python file"},
    {"builtins.compile", Match::Exact, "compiles Python code"},
    {"builtins.open", Match::Exact, "opens files"},
    {"builtins.__import__", Match::Exact, "imports any module"},
    {"builtins.getattr", Match::Exact, "reaches any attribute (getattr chains to callables)"},
    {"builtins.setattr", Match::Exact, "changes any attribute"},
    {"builtins.delattr", Match::Exact, "deletes attributes"},
    {"builtins.globals", Match::Exact, "exposes the module namespace"},
    {"builtins.locals", Match::Exact, "exposes the local namespace"},
    {"builtins.vars", Match::Exact, "exposes namespaces"},
    {"builtins.breakpoint", Match::Exact, "starts a debugger"},
    {"builtins.input", Match::Exact, "reads from the terminal"},
    {"builtins.help", Match::Exact, "starts the interactive help (pager, imports)"},
    {"builtins.memoryview", Match::Exact, "raw memory access"},
    {"builtins.apply", Match::Exact, "calls any callable (Python 2)"},
    {"builtins.reload", Match::Exact, "reloads modules (Python 2)"},
    {"builtins.file", Match::Exact, "opens files (Python 2)"},
    {"builtins.object.__reduce_ex__", Match::Exact, "reduces arbitrary objects"},
    {"__builtin__.eval", Match::Exact, "evaluates Python code"},
    {"__builtin__.exec", Match::Exact, "executes Python code"},
    {"__builtin__.execfile", Match::Exact, "executes a Python file"},
    {"__builtin__.compile", Match::Exact, "compiles Python code"},
    {"__builtin__.open", Match::Exact, "opens files"},
    {"__builtin__.file", Match::Exact, "opens files"},
    {"__builtin__.__import__", Match::Exact, "imports any module"},
    {"__builtin__.getattr", Match::Exact, "reaches any attribute"},
    {"__builtin__.setattr", Match::Exact, "changes any attribute"},
    {"__builtin__.globals", Match::Exact, "exposes the module namespace"},
    {"__builtin__.apply", Match::Exact, "calls any callable"},
    {"__builtin__.input", Match::Exact, "evaluates terminal input (Python 2)"},
    {"__builtin__.reload", Match::Exact, "reloads modules"},
    // processes and the operating system
    {"os", Match::Module, "operating system access (processes, files)"},
    {"posix", Match::Module, "operating system access (alias of os)"},
    {"nt", Match::Module, "operating system access (alias of os)"},
    {"subprocess", Match::Module, "runs processes"},
    {"commands", Match::Module, "runs shell commands (Python 2)"},
    {"popen2", Match::Module, "runs processes (Python 2)"},
    {"pty", Match::Module, "spawns processes on a pseudo-terminal"},
    {"shutil", Match::Module, "copies, moves and deletes files"},
    {"tempfile", Match::Module, "creates files"},
    {"io.open", Match::Exact, "opens files"},
    {"io.FileIO", Match::Exact, "opens files"},
    // _io is io's implementation: its openers, not its in-memory streams
    // (Python pickles io.BytesIO as _io.BytesIO; the alias table maps the rest).
    {"_io.open", Match::Exact, "opens files"},
    {"_io.open_code", Match::Exact, "opens files"},
    {"_io.FileIO", Match::Exact, "opens files"},
    {"_io.BufferedWriter", Match::Exact, "writes to raw files"},
    {"_io.BufferedRandom", Match::Exact, "writes to raw files"},
    {"_io.TextIOWrapper", Match::Exact, "reads and writes files it wraps"},
    {"codecs.open", Match::Exact, "opens files"},
    {"fileinput", Match::Module, "reads files"},
    {"sys", Match::Module, "interpreter internals (modules, hooks, exit)"},
    {"signal", Match::Module, "signal handlers"},
    {"resource", Match::Module, "process limits"},
    // code execution by other names
    {"runpy", Match::Module, "runs modules and files as __main__"},
    {"importlib", Match::Module, "imports any module"},
    {"imp", Match::Module, "imports any module"},
    {"pkgutil", Match::Module, "imports modules"},
    {"zipimport", Match::Module, "imports code from archives"},
    {"code", Match::Module, "interactive interpreter (runs code)"},
    {"codeop", Match::Module, "compiles code"},
    {"timeit", Match::Module, "timeit runs code given as a string"},
    {"pdb", Match::Module, "debugger: pdb.run executes code"},
    {"bdb", Match::Module, "debugger base: runs code"},
    {"profile", Match::Module, "profile.run executes code"},
    {"cProfile", Match::Module, "cProfile.run executes code"},
    {"trace", Match::Module, "trace runs code"},
    {"doctest", Match::Module, "runs code from docstrings"},
    {"types.FunctionType", Match::Exact, "builds functions from code objects"},
    {"types.CodeType", Match::Exact, "builds code objects"},
    {"types.ModuleType", Match::Exact, "builds modules"},
    {"functools.reduce", Match::Exact, "calls any callable repeatedly"},
    {"operator.methodcaller", Match::Exact, "calls any method by name"},
    {"operator.attrgetter", Match::Exact, "reaches any attribute by name"},
    {"ctypes", Match::Module, "calls native code and writes memory"},
    {"_ctypes", Match::Module, "calls native code"},
    {"cffi", Match::Module, "calls native code"},
    {"numpy.testing._private.utils.runstring", Match::Exact, "executes code given as a string"},
    {"numpy.ctypeslib", Match::Module, "loads native libraries"},
    {"numpy.load", Match::Exact, "loads files, with pickles when allowed"},
    {"numpy.fromfile", Match::Exact, "reads files"},
    {"numpy.lib.npyio.load", Match::Exact, "loads files, with pickles when allowed"},
    {"torch.load", Match::Exact, "unpickles files"},
    {"joblib.load", Match::Exact, "unpickles files"},
    {"dill", Match::Module, "unpickles code"},
    {"cloudpickle", Match::Module, "unpickles code"},
    // nested pickles and other deserializers
    {"pickle", Match::Module, "nested unpickling (pickle.loads)"},
    {"_pickle", Match::Module, "nested unpickling (alias of pickle)"},
    {"cPickle", Match::Module, "nested unpickling (Python 2)"},
    {"pickletools", Match::Module, "pickle internals"},
    {"marshal", Match::Module, "loads code objects"},
    {"shelve", Match::Module, "opens pickled databases"},
    {"copyreg._reconstructor.__call__", Match::Exact, "reconstructs arbitrary objects"},
    // EXT1/2/4 name a global through the loading process's copyreg extension
    // registry (empty in a clean interpreter, where the load fails): the name
    // is not in the file, so nothing can be said of what it imports.
    {"copyreg.extension", Match::Exact, "an extension code: imports whatever the loading program registered under it"},
    {"yaml.load", Match::Exact, "unsafe YAML loading"},
    {"yaml.unsafe_load", Match::Exact, "unsafe YAML loading"},
    // from picklescan's deny list (names only), checked 2026-11
    {"aiohttp", Match::Module, "network access"},
    {"asyncio", Match::Module, "event loop with process and network helpers"},
    {"logging.FileHandler", Match::Exact, "creates files"},
    {"numpy.f2py", Match::Module, "evaluates strings while building extensions"},
    {"numpy.testing._private.utils", Match::Module, "runstring executes code"},
    {"imaplib.IMAP4_stream", Match::Exact, "runs a shell command"},
    {"pydoc", Match::Module, "locate imports any module; pipepager runs commands"},
    {"test.support", Match::Module, "spawns Python subprocesses"},
    {"_pyrepl", Match::Module, "pagers run commands"},
    {"torch.serialization.load", Match::Exact, "unpickles files"},
    {"torch.jit.unsupported_tensor_ops.execWrapper", Match::Exact, "executes code"},
    {"torch.utils.collect_env.run", Match::Exact, "runs commands"},
    {"torch._dynamo.guards.GuardBuilder.get", Match::Exact, "evaluates code"},
    {"torch.fx.experimental.symbolic_shapes.ShapeEnv.evaluate_guards_expression", Match::Exact, "evaluates code"},
    {"torch.utils._config_module.ConfigModule.load_config", Match::Exact, "unpickles nested data"},
    {"torch.utils.data.datapipes.utils.decoder.basichandlers", Match::Exact, "unpickles nested data"},
    {"torch.utils.bottleneck.__main__", Match::Module, "profiles (runs) code"},
    {"cloudpickle.cloudpickle", Match::Module, "rebuilds functions from code objects"},
    // from fickling's UNSAFE_IMPORTS (names only, modules sklearn pickles never name), checked 2026-11
    {"_interpreters", Match::Module, "runs code in a subinterpreter"},
    {"_xxsubinterpreters", Match::Module, "runs code in a subinterpreter"},
    {"_frozen_importlib", Match::Module, "import machinery"},
    {"_frozen_importlib_external", Match::Module, "import machinery"},
    {"_imp", Match::Module, "import machinery"},
    {"gc", Match::Module, "reaches every live object"},
    {"inspect", Match::Module, "reaches frames and attributes"},
    {"pexpect", Match::Module, "runs programs"},
    {"pipes", Match::Module, "runs shell commands"},
    {"socketserver", Match::Module, "binds network ports"},
    {"_signal", Match::Module, "signal handlers"},
    {"atexit", Match::Module, "registers callables run at exit"},
    {"sqlite3", Match::Module, "creates database files"},
    {"_sqlite3", Match::Module, "creates database files"},
    {"compileall", Match::Module, "compiles and writes code"},
    {"py_compile", Match::Module, "compiles and writes code"},
    {"mmap", Match::Module, "maps memory and files"},
    {"select", Match::Module, "network multiplexing"},
    {"selectors", Match::Module, "network multiplexing"},
    {"syslog", Match::Module, "writes system logs"},
    {"tarfile", Match::Module, "creates and extracts files"},
    {"zipfile", Match::Module, "creates and extracts files"},
    {"poplib", Match::Module, "network access"},
    {"nntplib", Match::Module, "network access"},
    {"linecache", Match::Module, "reads files"},
    {"filecmp", Match::Module, "reads files"},
    {"builtins.hasattr", Match::Exact, "calls attribute machinery"},
    {"builtins.__builtins__", Match::Exact, "the builtins namespace"},
    {"__builtins__", Match::Module, "the builtins namespace"},
    {"builtins.exit", Match::Exact, "exits the interpreter"},
    {"builtins.quit", Match::Exact, "exits the interpreter"},
    // networks and the outside world
    {"socket", Match::Module, "network access"},
    {"_socket", Match::Module, "network access"},
    {"ssl", Match::Module, "network access"},
    // http itself holds only the HTTPStatus/HTTPMethod enums (pickled by
    // Python as enum members); its submodules do the network and file work.
    {"http.client", Match::Module, "network access"},
    {"http.server", Match::Module, "serves files and runs CGI scripts"},
    {"http.cookiejar", Match::Module, "reads and writes cookie files"},
    {"urllib", Match::Module, "network access"},
    {"urllib2", Match::Module, "network access (Python 2)"},
    {"requests", Match::Module, "network access"},
    {"httplib", Match::Module, "network access (Python 2)"},
    {"ftplib", Match::Module, "network access"},
    {"smtplib", Match::Module, "sends mail"},
    {"telnetlib", Match::Module, "network access"},
    {"xmlrpc", Match::Module, "remote calls"},
    {"webbrowser", Match::Module, "opens a browser (runs programs)"},
    {"asyncio.subprocess", Match::Module, "runs processes"},
    {"asyncio.create_subprocess_exec", Match::Exact, "runs processes"},
    {"asyncio.create_subprocess_shell", Match::Exact, "runs processes"},
    {"asyncio.unix_events", Match::Module, "runs processes"},
    {"asyncio.base_events.BaseEventLoop.subprocess_exec", Match::Exact, "runs processes"},
    {"asyncio.base_events.BaseEventLoop.subprocess_shell", Match::Exact, "runs processes"},
    {"multiprocessing", Match::Module, "runs processes"},
    {"threading", Match::Module, "starts threads running any callable"},
    {"_thread", Match::Module, "starts threads"},
    {"thread", Match::Module, "starts threads (Python 2)"},
    // package managers and tools
    {"pip", Match::Module, "installs and runs packages"},
    {"setuptools", Match::Module, "builds and runs packages"},
    {"distutils", Match::Module, "builds and runs packages"},
    {"ensurepip", Match::Module, "installs packages"},
    {"venv", Match::Module, "creates environments, runs programs"},
    {"idlelib", Match::Module, "IDE internals that run code"},
    {"lib2to3", Match::Module, "code tools"},
    {"site", Match::Module, "interpreter start-up hooks"},
    {"builtins.__loader__", Match::Exact, "module loader"},
    // aliases and helpers that run commands (picklescan's deny list names these)
    {"_operator.attrgetter", Match::Exact, "reaches any attribute by name (alias of operator)"},
    {"_operator.methodcaller", Match::Exact, "calls any method by name (alias of operator)"},
    {"_posixsubprocess", Match::Module, "runs processes"},
    {"pydoc.pipepager", Match::Exact, "runs a shell command as pager"},
    {"uuid._get_command_stdout", Match::Exact, "runs a command"},
    {"_aix_support", Match::Module, "runs commands"},
    {"_osx_support", Match::Module, "runs commands"},
    {"platform.popen", Match::Exact, "runs a shell command (Python < 3.8)"},
    {"torch._inductor.codecache.compile_file", Match::Exact, "compiles and loads native code"},
    {"operator.call", Match::Exact, "calls any callable (Python 3.11+)"},
    {"_operator.call", Match::Exact, "calls any callable (alias of operator)"},
    {kComputedImport, Match::Exact,
     "imports a name computed at load time (a call's result), so no scanner can read it"},
    {kPatchedGlobal, Match::Exact,
     "BUILD on a module or class rewrites its attributes (monkeypatching code that runs later)"},
    {kCompanionOutside, Match::Exact, "joblib opens a companion file outside the model's folder (absolute or '..')"},

    // Loaders of other pickles or code: a nested load runs whatever that data names.
    {"pandas.read_pickle", Match::Exact, "unpickles a file"},
    {"pandas.io.pickle", Match::Module, "unpickles files"},
    {"pandas.compat.pickle_compat", Match::Module, "unpickles data"},
    {"pandas.io.pytables", Match::Module, "unpickles stored objects"},
    {"pandas.read_hdf", Match::Exact, "unpickles stored objects"},
    {"torch.serialization", Match::Module, "unpickles files"},
    {"torch.hub", Match::Module, "downloads and runs repositories' code"},
    {"torch.package", Match::Module, "imports code from packages"},
    {"torch.storage._load_from_bytes", Match::Exact, "unpickles bytes (torch.load)"},
    {"torch.jit.load", Match::Exact, "loads compiled code"},
    {"torch._utils._rebuild_from_type_v2", Match::Exact, "calls a function from the pickle"},
    {"joblib.load", Match::Exact, "unpickles files"},
    {"joblib.numpy_pickle.load", Match::Exact, "unpickles files"},
    {"joblib.numpy_pickle._unpickle", Match::Exact, "unpickles files"},
    {"joblib.numpy_pickle.NumpyUnpickler", Match::Exact, "unpickles files"},
    {"joblib.numpy_pickle_compat.load_compat", Match::Exact, "unpickles old joblib files"},
    {"joblib.numpy_pickle_compat.NumpyUnpickler", Match::Exact, "unpickles old joblib files"},
    {"joblib.numpy_pickle_compat.ZipNumpyUnpickler", Match::Exact, "unpickles old joblib files"},
    {"joblib.externals.cloudpickle", Match::Module, "rebuilds functions from code objects (vendored cloudpickle)"},
    {"joblib.externals.loky", Match::Module, "starts worker processes (vendored loky)"},
    {"joblib.parallel", Match::Module, "runs callables in worker processes"},
    {"joblib.Parallel", Match::Exact, "runs callables in worker processes"},
    {"joblib._parallel_backends", Match::Module, "runs callables in worker processes"},
    // old scikit-learn's vendored joblib (its array wrappers are harmless and common)
    {"sklearn.externals.joblib.load", Match::Exact, "unpickles files (vendored joblib)"},
    {"sklearn.externals.joblib.numpy_pickle.load", Match::Exact, "unpickles files (vendored joblib)"},
    {"sklearn.externals.joblib.numpy_pickle._unpickle", Match::Exact, "unpickles files (vendored joblib)"},
    {"sklearn.externals.joblib.numpy_pickle.NumpyUnpickler", Match::Exact, "unpickles files (vendored joblib)"},
    {"sklearn.externals.joblib.numpy_pickle_compat.load_compat", Match::Exact, "unpickles old files (vendored joblib)"},
    {"sklearn.externals.joblib.Parallel", Match::Exact, "runs callables in workers (vendored joblib)"},
    {"sklearn.externals.joblib.parallel", Match::Module, "runs callables in workers (vendored joblib)"},
    {"sklearn.externals.joblib._parallel_backends", Match::Module, "runs callables in workers (vendored joblib)"},
    {"sklearn.externals.joblib.pool", Match::Module, "worker processes (vendored joblib)"},
    {"sklearn.externals.joblib.externals", Match::Module, "vendored loky and cloudpickle"},
    {"sklearn.externals.cloudpickle", Match::Module, "vendored cloudpickle"},
    {"srsly.cloudpickle", Match::Module, "vendored cloudpickle"},
    {"srsly.pickle_loads", Match::Exact, "unpickles bytes"},
    {"keras.saving.pickle_utils", Match::Module, "unpickles models"},
    {"numpy.lib.format.read_array", Match::Exact, "reads arrays with pickles when allowed"},
    {"numpy.lib.format.open_memmap", Match::Exact, "creates and maps files"},
    {"numpy.load", Match::Exact, "loads files, with pickles when allowed"},
    {"numpy.lib._npyio_impl.load", Match::Exact, "loads files, with pickles when allowed"},
    {"numpy.lib.npyio.pickle", Match::Exact, "the pickle module, re-exported"},
    {"numpy.lib.npyio.loadtxt", Match::Exact, "reads files"},
    {"numpy.lib.npyio.genfromtxt", Match::Exact, "reads files"},
    {"numpy.lib.npyio.save", Match::Exact, "writes files"},
    {"numpy.lib.npyio.savez", Match::Exact, "writes files"},
    {"numpy.lib.npyio.savez_compressed", Match::Exact, "writes files"},
    {"numpy.lib.npyio.savetxt", Match::Exact, "writes files"},
    {"numpy.loadtxt", Match::Exact, "reads files"},
    {"numpy.genfromtxt", Match::Exact, "reads files"},
    {"numpy.save", Match::Exact, "writes files"},
    {"numpy.savez", Match::Exact, "writes files"},
    {"numpy.savez_compressed", Match::Exact, "writes files"},
    {"numpy.savetxt", Match::Exact, "writes files"},
    {"numpy.memmap", Match::Exact, "creates and maps files"},
    {"numpy.core.memmap", Match::Module, "creates and maps files"},
    {"numpy._core.memmap", Match::Module, "creates and maps files"},
    {"numpy.ndarray.tofile", Match::Exact, "writes files"},
    {"numpy.ndarray.dump", Match::Exact, "pickles to files"},
    {"numpy.DataSource", Match::Exact, "downloads and opens files"},
    {"numpy.lib._datasource", Match::Module, "downloads and opens files"},
    {"scipy.io", Match::Module, "reads and writes files (loadmat, savemat, mmwrite)"},
    {"*.read_pickle", Match::AnyModule, "unpickles a file (re-exported loader)"},
    {"*.load_pickle", Match::AnyModule, "unpickles a file (re-exported loader)"},
    {"*.unsafe_load", Match::AnyModule, "loads data that names callables"},
    {"*.full_load", Match::AnyModule, "loads data that names callables"},

    // Configuration factories that import and call dotted names from their data.
    {"logging.config", Match::Module,
     "dictConfig/fileConfig import and call names from the configuration; listen opens a port"},
    {"logging.handlers", Match::Module, "handlers write files, open sockets, send mail and HTTP requests"},
    {"logging.basicConfig", Match::Exact, "opens log files"},
    {"hydra.utils", Match::Module, "instantiate/call import and call dotted names"},
    {"hydra._internal", Match::Module, "imports and calls dotted names"},
    {"pkg_resources", Match::Module, "loads entry points (imports code)"},
    {"importlib_metadata", Match::Module, "loads entry points (imports code)"},

    // File writers and deleters (also readers that leak files).
    {"pathlib.Path.*", Match::Prefix, "file operations of a path object (write_text, unlink, rmdir, open, ...)"},
    {"pathlib.PosixPath.*", Match::Prefix, "file operations of a path object"},
    {"pathlib.WindowsPath.*", Match::Prefix, "file operations of a path object"},
    {"pathlib._local", Match::Module, "file operations"},
    {"io.open_code", Match::Exact, "opens files"},
    {"io.BufferedWriter", Match::Exact, "writes to raw files"},
    {"io.BufferedRandom", Match::Exact, "writes to raw files"},
    {"io.TextIOWrapper", Match::Exact, "reads and writes files it wraps"},
    {"_pyio", Match::Module, "opens files (pure-Python io)"},
    {"codecs.EncodedFile", Match::Exact, "wraps files"},
    {"codecs.StreamReaderWriter", Match::Exact, "reads and writes files"},
    {"codecs.StreamWriter", Match::Exact, "writes files"},
    {"gzip.open", Match::Exact, "opens files"},
    {"gzip.GzipFile", Match::Exact, "opens files"},
    {"bz2.open", Match::Exact, "opens files"},
    {"bz2.BZ2File", Match::Exact, "opens files"},
    {"lzma.open", Match::Exact, "opens files"},
    {"lzma.LZMAFile", Match::Exact, "opens files"},
    {"dbm", Match::Module, "opens database files"},
    {"mailbox", Match::Module, "writes mailbox files"},
    {"uu", Match::Module, "reads and writes files"},
    {"binhex", Match::Module, "reads and writes files"},
    {"zipapp", Match::Module, "writes archives"},
    {"glob", Match::Module, "lists files"},
    {"netrc", Match::Module, "reads credentials files"},
    {"wave.open", Match::Exact, "opens files"},
    {"aifc.open", Match::Exact, "opens files"},
    {"sunau.open", Match::Exact, "opens files"},

    // Test helpers that run scripts or build and import code.
    {"sklearn.utils._testing", Match::Module, "assert_run_python_script runs a script in a subprocess"},
    {"sklearn.utils.testing", Match::Module, "old test helpers (run scripts)"},
    {"numpy.testing", Match::Module, "runstring executes code; extbuild compiles and imports modules"},
    {"scipy._lib._testutils", Match::Module, "runs test suites"},
    {"unittest", Match::Module, "discovers and imports tests; mock patches anything"},
    {"pytest", Match::Module, "runs test suites (imports code)"},
    {"_pytest", Match::Module, "runs test suites (imports code)"},

    // Build tools that execute commands.
    {"numpy.distutils", Match::Module, "exec_command runs shell commands"},
    {"numpy.f2py", Match::Module, "compiles and imports extensions"},
    {"setuptools", Match::Module, "sandbox.run_setup runs scripts; build commands run compilers"},
    {"distutils", Match::Module, "spawn runs commands"},
    {"_distutils_hack", Match::Module, "import hooks"},
    {"Cython", Match::Module, "compiles and imports code"},
    {"pyximport", Match::Module, "compiles and imports code"},

    // Network clients and servers.
    {"imaplib", Match::Module, "network access (IMAP4_stream runs a command)"},
    {"urllib3", Match::Module, "network access"},
    {"httpx", Match::Module, "network access"},
    {"websocket", Match::Module, "network access"},
    {"websockets", Match::Module, "network access"},
    {"paramiko", Match::Module, "remote shell access"},
    {"wsgiref", Match::Module, "serves network requests"},
    {"xmlrpclib", Match::Module, "remote calls (Python 2)"},
    {"SimpleHTTPServer", Match::Module, "serves files (Python 2)"},
    {"BaseHTTPServer", Match::Module, "network server (Python 2)"},
    {"SocketServer", Match::Module, "binds network ports (Python 2)"},
    {"antigravity", Match::Module, "opens a web browser when imported"},
    {"asyncio.open_connection", Match::Exact, "network access"},
    {"sklearn.datasets.fetch_*", Match::Prefix, "downloads data"},
    {"sklearn.datasets._openml", Match::Module, "downloads data"},
    {"sklearn.datasets._base._fetch_remote", Match::Exact, "downloads data"},

    // Other ways to run code or shells.
    {"IPython", Match::Module, "interactive shell (runs code and shell commands)"},
    {"rlcompleter", Match::Module, "evaluates expressions while completing"},
    {"readline", Match::Module, "reads and writes history files"},
    {"cmd", Match::Module, "command interpreter"},
    {"_winapi", Match::Module, "creates processes (Windows)"},
    {"winreg", Match::Module, "writes the registry"},
    {"_winreg", Match::Module, "writes the registry (Python 2)"},
    {"msvcrt", Match::Module, "console and file descriptors (Windows)"},
    {"*.system", Match::AnyModule, "runs a shell command (re-export of os.system)"},
    {"*.popen", Match::AnyModule, "runs a shell command (re-export of os.popen)"},
    {"*.Popen", Match::AnyModule, "runs a process (re-export of subprocess.Popen)"},
    {"*.getoutput", Match::AnyModule, "runs a shell command"},
    {"*.getstatusoutput", Match::AnyModule, "runs a shell command"},
    {"*.check_output", Match::AnyModule, "runs a process"},
    {"*.check_call", Match::AnyModule, "runs a process"},
    {"*.exec_command", Match::AnyModule, "runs a shell command"},
    {"*.eval", Match::AnyModule, "evaluates Python code (re-export of eval)"},
    {"*.exec", Match::AnyModule, "executes Python code (re-export of exec)"},
    {"*.execfile", Match::AnyModule, "executes a Python file"},
    {"*.run_path", Match::AnyModule, "runs a Python file"},
    {"*.run_module", Match::AnyModule, "runs a Python module"},
    {"*.runstring", Match::AnyModule, "executes code given as a string"},
    {"*.runsource", Match::AnyModule, "executes code given as a string"},
    {"*.runcode", Match::AnyModule, "executes code"},
    {"*.runctx", Match::AnyModule, "executes code given as a string"},
    {"*.run_setup", Match::AnyModule, "runs a setup script"},
    {"*.import_module", Match::AnyModule, "imports any module"},
    {"*.__import__", Match::AnyModule, "imports any module"},
    {"*.spawnv", Match::AnyModule, "runs a process"},
    {"*.spawnve", Match::AnyModule, "runs a process"},
    {"*.spawnl", Match::AnyModule, "runs a process"},
    {"*.spawnlp", Match::AnyModule, "runs a process"},
    {"*.posix_spawn", Match::AnyModule, "runs a process"},
    {"*.execv", Match::AnyModule, "replaces the process"},
    {"*.execve", Match::AnyModule, "replaces the process"},
    {"*.execvp", Match::AnyModule, "replaces the process"},
    {"*.execl", Match::AnyModule, "replaces the process"},
    {"*.execlp", Match::AnyModule, "replaces the process"},
    {"*.startfile", Match::AnyModule, "opens files with their program (Windows)"},

    // Grown by class for issue 20 ("gaps in the name table"). Each name was
    // checked in Debian's Python 3.11 / numpy 1.24 / scipy 1.10 / scikit-learn
    // 1.2.1 / joblib 1.2 (import + getattr, and the source read for what it
    // does), or in the named project's source for libraries not installed here.
    // Code-running and process helpers in private or lesser-known stdlib modules.
    {"_sitebuiltins", Match::Module, "_Helper runs pydoc's interactive help (pager); _Printer reads files"},
    {"_multiprocessing", Match::Module, "semaphore internals (sem_unlink removes named semaphores)"},
    {"_posixshmem", Match::Module, "shm_open/shm_unlink create and remove shared memory files"},
    {"concurrent", Match::Module, "ThreadPoolExecutor/ProcessPoolExecutor run callables in threads and processes"},
    {"platform._syscmd_file", Match::Exact, "runs the file command on a path"},
    {"platform.architecture", Match::Exact, "runs the file command on the executable it is given"},
    {"platform._syscmd_ver", Match::Exact, "runs a shell command (ver)"},
    {"smtpd", Match::Module, "mail server (binds network ports)"},
    {"asyncore", Match::Module, "network servers and clients"},
    {"asynchat", Match::Module, "network servers and clients"},
    {"cgitb", Match::Module, "enable/Hook write tracebacks to files in a folder"},
    {"getpass", Match::Module, "reads from the terminal"},
    // Profilers, debuggers and code loaders by other names.
    {"_lsprof", Match::Module, "C profiler: calls its timer callable on every event"},
    {"pstats", Match::Module, "Stats loads profile files with marshal"},
    {"modulefinder", Match::Module, "run_script reads and compiles scripts"},
    {"tabnanny", Match::Module, "reads files"},
    {"numpy.lib.utils.lookfor", Match::Exact, "imports the modules it is given by name"},
    {"scipy.LowLevelCallable", Match::Exact, "calls native function pointers"},
    {"scipy._lib._ccallback", Match::Module, "calls native function pointers"},
    // File readers, writers and removers.
    {"joblib.dump", Match::Exact, "writes files"},
    {"joblib.numpy_pickle.dump", Match::Exact, "writes files"},
    {"joblib.Memory", Match::Exact, "caches calls in a folder: writes files, unpickles them, calls the function"},
    {"joblib.memory", Match::Module, "caches calls in a folder: writes files, unpickles them, calls functions"},
    {"joblib._store_backends", Match::Module, "reads pickles from and writes the cache folder"},
    {"sklearn.datasets._base.clear_data_home", Match::Exact, "deletes the data folder (shutil.rmtree)"},
    {"sklearn.datasets._base.get_data_home", Match::Exact, "creates folders"},
    {"sklearn.datasets._base.load_files", Match::Exact, "reads every file of a folder"},
    {"sklearn.datasets._svmlight_format_io", Match::Module, "reads and writes svmlight files"},
    {"scipy.sparse._matrix_io", Match::Module, "save_npz/load_npz write and read files"},
    {"scipy.datasets", Match::Module, "downloads data (pooch) and clear_cache deletes the cache folder"},
    {"numpy.core.records.fromfile", Match::Exact, "opens and reads files"},
    {"numpy.lib.npyio.fromregex", Match::Exact, "opens and reads files"},
    // Nested loaders: functions that unpickle bytes or files they are given,
    // and cloudpickle copies vendored by other libraries.
    {"numba.core.serialize._numba_unpickle", Match::Exact, "unpickles embedded bytes (cloudpickle.loads)"},
    {"numba.core.serialize._unpickle__CustomPickled", Match::Exact, "unpickles embedded bytes (cloudpickle.loads)"},
    {"numba.core.serialize.loads", Match::Exact, "unpickles bytes (cloudpickle.loads)"},
    {"numba.core.serialize.PickleCallableByPath", Match::Exact,
     "_rebuild looks up any attribute of a loaded module by name"},
    {"numba.cloudpickle", Match::Module, "vendored cloudpickle (rebuilds functions from code objects)"},
    {"ray.cloudpickle", Match::Module, "vendored cloudpickle (rebuilds functions from code objects)"},
    {"pyspark.cloudpickle", Match::Module, "vendored cloudpickle (rebuilds functions from code objects)"},
    {"sklearn.utils.parallel", Match::Module, "Parallel/delayed run callables in worker processes"},
};

// Dunders a pickle names without traversing anything (copyreg's helpers for
// protocol 0-1 objects). Every other dunder reached by a dotted name is an
// attribute traversal: __self__, __globals__, __builtins__, __dict__, ...
bool harmlessDunder(std::string_view c) { return c == "__newobj__" || c == "__newobj_ex__" || c == "__main__"; }

bool isDunder(std::string_view c) { return c.size() > 4 && c.starts_with("__") && c.ends_with("__"); }

const DangerousEntry kDunder{
    "__dunder__", Match::Exact,
    "attribute traversal through a dunder (__self__, __globals__, __dict__, ...) reaches any object"};

// Exact/Module/Prefix entries against one dotted prefix of a name.
const DangerousEntry* matchPrefix(std::string_view p)
{
    for (const auto& e : kTable) {
        switch (e.match) {
        case Match::Exact:
        case Match::Module:
            if (p == e.name)
                return &e;
            break;
        case Match::Prefix:
            if (p.starts_with(e.name.substr(0, e.name.size() - 1)))
                return &e;
            break;
        case Match::AnyModule: {
            const std::string_view last = e.name.substr(1); // ".system"
            if (p.size() > last.size() && p.ends_with(last))
                return &e;
            break;
        }
        }
    }
    return nullptr;
}
} // namespace

const std::vector<DangerousEntry>& dangerousTable() { return kTable; }

namespace {
// The table alone, by spelling.
const DangerousEntry* findSpelled(std::string_view name)
{
    // Skopos' own names for what a pickle holds but does not import: a
    // persistent id (the loading program resolves it) and an out-of-band buffer.
    if (name == "pickle.persistent_id" || name == "pickle.PickleBuffer")
        return nullptr;
    if (name.starts_with("__builtin__.")) {
        const std::string canon = "builtins" + std::string(name.substr(11));
        if (const DangerousEntry* e = findSpelled(canon))
            return e;
    }
    // A dunder after the first component is a traversal (the first one is a
    // module name: "__main__", "__builtin__").
    for (std::size_t dot = name.find('.'); dot != std::string_view::npos; dot = name.find('.', dot + 1)) {
        const std::size_t end = name.find('.', dot + 1);
        const std::string_view c = name.substr(dot + 1, end == std::string_view::npos ? end : end - dot - 1);
        if (isDunder(c) && !harmlessDunder(c))
            return &kDunder;
    }
    // Every prefix, shortest first: an attribute of a dangerous object is
    // dangerous too ("builtins.getattr.__call__", "os.path.join").
    for (std::size_t dot = name.find('.');; dot = name.find('.', dot + 1)) {
        const std::string_view p = dot == std::string_view::npos ? name : name.substr(0, dot);
        if (const DangerousEntry* e = matchPrefix(p))
            return e;
        if (dot == std::string_view::npos)
            break;
    }
    return nullptr;
}

// Another spelling of a table object: the alias table rewrites the longest
// aliased prefix to the object's canonical name, which is judged again (an
// alias can lead to a module holding another alias). Returns the dangerous
// rewritten name's entry and that name.
const DangerousEntry* findAliased(std::string_view name, std::string* canonical)
{
    std::string current;
    std::string_view n = name;
    // Each hop moves to a canonical module name; a few hops reach the end.
    for (int hop = 0; hop < 8; ++hop) {
        std::string next = rewriteAlias(n);
        if (next.empty() || next == n)
            return nullptr;
        if (const DangerousEntry* e = findSpelled(next)) {
            if (canonical)
                *canonical = std::move(next);
            return e;
        }
        current = std::move(next);
        n = current;
    }
    return nullptr;
}
} // namespace

const DangerousEntry* findDangerous(std::string_view name)
{
    if (const DangerousEntry* e = findSpelled(name))
        return e;
    return findAliased(name, nullptr);
}

std::string dangerousAliasOf(std::string_view name)
{
    std::string canonical;
    if (findSpelled(name) || !findAliased(name, &canonical))
        return {};
    return canonical;
}

std::string dangerousReach(std::string_view module, std::string_view name)
{
    // The tails of a dotted name: "sklearn" + "os.system" reaches "os.system",
    // "numpy" + "lib.npyio.pickle.loads" reaches "pickle.loads".
    for (std::size_t dot = name.find('.'), from = 0; dot != std::string_view::npos; dot = name.find('.', dot + 1)) {
        const std::string_view tail = name.substr(from);
        // Through a dunder the full name says more ("builtins.len.__self__.exec").
        if (isDunder(tail.substr(0, tail.find('.'))))
            break;
        if (const DangerousEntry* e = findDangerous(tail); e && e != &kDunder)
            return std::string(tail);
        from = dot + 1;
    }
    std::string full = std::string(module) + "." + std::string(name);
    return isDangerous(full) ? full : std::string();
}

} // namespace skopos
