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
        for (const char* n : {"builtins.eval", "__builtin__.eval", "builtins.getattr", "__builtin__.apply", "os.system",
                              "posix.system", "nt.system", "os.path.join", "subprocess.Popen", "subprocess.check_output",
                              "shutil.rmtree", "socket.create_connection", "runpy._run_code", "importlib.import_module",
                              "pickle.loads", "_pickle.loads", "marshal.loads", "pty.spawn", "webbrowser.open",
                              "code.InteractiveInterpreter", "timeit.timeit", "pdb.run", "profile.run", "cProfile.run",
                              "ctypes.CDLL", "sys.exit", "pip.main", "asyncio.create_subprocess_shell",
                              "asyncio.subprocess.create_subprocess_exec", "numpy.testing._private.utils.runstring",
                              "_operator.attrgetter", "operator.attrgetter", "types.CodeType", "pydoc.pipepager"})
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
        for (const char* n : {"builtins.int", "builtins.set", "builtins.bytearray", "__builtin__.set", "copyreg._reconstructor",
                              "copy_reg._reconstructor", "numpy.core.multiarray._reconstruct", "numpy.dtype",
                              "sklearn.pipeline.Pipeline", "functools.partial", "collections.OrderedDict",
                              "joblib.numpy_pickle.NumpyArrayWrapper", "osx.system", "oslo.config", "systemd.x",
                              "subprocessing.x", "_codecs.encode", "operator.itemgetter", "scipy.sparse._csr.csr_matrix"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void harmless()
    {
        QFETCH(QString, name);
        QVERIFY2(!findDangerous(name.toStdString()), qPrintable(name));
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
