// The one table of dangerous globals: exact names, whole modules with their
// submodules, the Python 2 spellings, and names that must NOT match.
#include "trust/DangerousNames.h"

#include <QtTest>

using namespace skopos;

class TestDangerousNames : public QObject {
    Q_OBJECT
private slots:
    void dangerous_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* n :
             {"builtins.eval", "__builtin__.eval", "builtins.getattr", "__builtin__.apply", "os.system", "posix.system",
              "nt.system", "os.path.join", "subprocess.Popen", "subprocess.check_output", "shutil.rmtree",
              "socket.create_connection", "runpy._run_code", "importlib.import_module", "pickle.loads", "_pickle.loads",
              "marshal.loads", "pty.spawn", "webbrowser.open", "code.InteractiveInterpreter", "timeit.timeit",
              "pdb.run", "profile.run", "cProfile.run", "ctypes.CDLL", "sys.exit", "pip.main",
              "asyncio.create_subprocess_shell", "asyncio.subprocess.create_subprocess_exec",
              "numpy.testing._private.utils.runstring", "_operator.attrgetter", "operator.attrgetter", "types.CodeType",
              "pydoc.pipepager",
              // issue 8 families: loaders, config factories, file writers, test helpers,
              // build tools, network clients, re-exports, dunder traversal
              "pandas.read_pickle", "pandas.io.pickle.read_pickle", "torch.serialization.load", "dill._dill.loads",
              "joblib.externals.cloudpickle.cloudpickle._make_function", "sklearn.externals.joblib.load",
              "logging.config.dictConfig", "logging.handlers.SocketHandler", "pathlib.Path.write_text",
              "pathlib.PosixPath.unlink", "io.open", "_io.FileIO", "codecs.open", "shutil.copyfile", "tempfile.mkstemp",
              "sklearn.utils._testing.assert_run_python_script", "numpy.testing.runstring",
              "numpy.distutils.exec_command.exec_command", "setuptools.sandbox.run_setup", "distutils.spawn.spawn",
              "urllib.request.urlopen", "http.client.HTTPConnection", "smtplib.SMTP", "builtins.len.__self__",
              "builtins.__dict__", "builtins.object.__subclasses__", "builtins.getattr.x", "foo.bar.system",
              "osx.system" /* re-export rule: any *.system */, "mypkg.Popen", "operator.call",
              // issue 20 gaps (checked in Debian's Python) and aliases (trust/AliasTable.h)
              "_sitebuiltins._Helper", "concurrent.futures.ProcessPoolExecutor", "platform.architecture",
              "pstats.Stats", "_lsprof.Profiler", "joblib.dump", "joblib.Memory", "joblib.memory.MemorizedFunc",
              "sklearn.datasets._base.clear_data_home", "sklearn.datasets.clear_data_home",
              "sklearn.datasets.dump_svmlight_file", "scipy.sparse.save_npz", "scipy.datasets.face",
              "numba.core.serialize._numba_unpickle", "numba.core.serialize._unpickle__CustomPickled",
              "ray.cloudpickle.loads", "pyspark.cloudpickle.loads", "sklearn.utils.parallel.Parallel",
              "http.server.SimpleHTTPRequestHandler", "http.client.HTTPSConnection", "_io.FileIO", "_io.open",
              "numpy.lib.npyio.pickle.loads", "sklearn.utils.fixes.np.load", "bz2._builtin_open",
              "joblib.numpy_pickle_utils.pickle.loads", "scipy.LowLevelCallable"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void dangerous()
    {
        QFETCH(QString, name);
        const DangerousEntry* e = findDangerous(name.toStdString());
        QVERIFY2(e, qPrintable(name));
        QVERIFY(!e->why.empty());
    }
    void harmless_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* n :
             {"builtins.int", "builtins.set", "builtins.bytearray", "__builtin__.set", "copyreg._reconstructor",
              "copy_reg._reconstructor", "numpy.core.multiarray._reconstruct", "numpy.dtype",
              "sklearn.pipeline.Pipeline", "functools.partial", "collections.OrderedDict",
              "joblib.numpy_pickle.NumpyArrayWrapper", "osx.getcwd", "oslo.config", "systemd.x", "subprocessing.x",
              "_codecs.encode", "operator.itemgetter", "scipy.sparse._csr.csr_matrix", "__main__.MyModel",
              "copyreg.__newobj__", "pathlib.PosixPath", "io.BytesIO", "io.StringIO", "numpy.lib.npyio.NpzFile",
              "pickle.persistent_id", "scipy.signal._peak_finding.find_peaks", "builtins.dict.get",
              "sklearn.utils._bunch.Bunch", "numpy.float64", "sklearn.linear_model._sgd_fast.Hinge", "logging.Logger",
              "sklearn.externals.joblib.numpy_pickle.NumpyArrayWrapper",
              "sklearn.externals.joblib.numpy_pickle.NDArrayWrapper", "joblib.numpy_pickle_compat.NDArrayWrapper",
              // issue 20: what Python writes for ordinary objects
              "_io.BytesIO", "_io.StringIO", "http.HTTPStatus", "http.HTTPStatus.OK", "re.RegexFlag",
              "zoneinfo.ZoneInfo._unpickle", "builtins.str.lower", "sklearn.utils.fixes.np.ndarray",
              "numpy.core.multiarray.scalar"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void harmless()
    {
        QFETCH(QString, name);
        QVERIFY2(!findDangerous(name.toStdString()), qPrintable(name));
    }
    // Protocol 4 dotted names: the tails of the name part are judged, the
    // module's own components are not (scipy.signal is not the signal module).
    void dottedReach()
    {
        QCOMPARE(dangerousReach("sklearn", "os.system"), std::string("os.system"));
        QCOMPARE(dangerousReach("numpy", "lib.npyio.pickle.loads"), std::string("pickle.loads"));
        QCOMPARE(dangerousReach("builtins", "len.__self__.exec"), std::string("builtins.len.__self__.exec"));
        QCOMPARE(dangerousReach("collections", "OrderedDict"), std::string());
        QCOMPARE(dangerousReach("scipy.signal", "windows.get_window"), std::string());
        QCOMPARE(dangerousReach("builtins", "dict.fromkeys"), std::string());
    }

    void everyEntryExplainsItself()
    {
        for (const auto& e : dangerousTable()) {
            QVERIFY(!e.name.empty());
            QVERIFY2(!e.why.empty(), e.name.data());
        }
    }
};

QTEST_GUILESS_MAIN(TestDangerousNames)
#include "tst_dangerous_names.moc"
