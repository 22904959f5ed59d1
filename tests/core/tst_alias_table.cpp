// The alias table (trust/AliasTable.h): other spellings of dangerous objects.
// Oracle: Debian's Python resolves every alias and its target as protocol 4's
// find_class does, without calling anything (tests/core/alias_check.py), and
// they must be the same object. Then every alias, written as the STACK_GLOBAL
// that reaches it, is reported dangerous (in process for all of them, through
// `skopos untrusted` for a few), and no name the bundled profile trusts is
// made dangerous by a rewrite.
#include "TestData.h"

#include "document/Open.h"
#include "trust/AliasTable.h"
#include "trust/Audit.h"
#include "trust/DangerousNames.h"
#include "tree/Error.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace skopos;

namespace {
QByteArray compiledTable()
{
    QFile f(QStringLiteral(":/trust/dangerous_aliases.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A protocol 4 pickle: STACK_GLOBAL module name, called with no arguments.
QByteArray stackGlobalCall(const QByteArray& module, const QByteArray& name)
{
    QByteArray p("\x80\x04", 2);
    for (const QByteArray& s : {module, name}) {
        p += char(0x8c);
        p += char(s.size());
        p += s;
    }
    p += char(0x93); // STACK_GLOBAL
    p += ')';        // EMPTY_TUPLE
    p += 'R';        // REDUCE
    p += '.';
    return p;
}

int exitInProcess(const QString& path)
{
    try {
        const Document doc = openDocument(path.toStdString());
        const AuditResult r = audit(doc.tree);
        return !r.dangerous.empty() ? 4 : r.untrusted.empty() ? 0 : 1;
    } catch (const ReadError&) {
        return 2;
    }
}

struct Checked {
    QString alias, target, module, name;
    bool same = false;
};
} // namespace

class TestAliasTable : public QObject {
    Q_OBJECT
    std::vector<Checked> checked_;
    QString whyNot_;
    QTemporaryDir dir_;

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        const QByteArray table = compiledTable();
        QVERIFY2(!table.isEmpty(), "the alias table is not compiled in");
        const QString tablePath = dir_.filePath("aliases.json");
        QFile t(tablePath);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(table);
        t.close();
        QProcess py;
        py.setWorkingDirectory(dir_.path());
        py.start("/usr/bin/python3",
                 {"-B", QStringLiteral(SKOPOS_SOURCE_DIR) + "/tests/core/alias_check.py", tablePath});
        if (!py.waitForStarted(10000)) {
            whyNot_ = "/usr/bin/python3 cannot be run";
            return;
        }
        QVERIFY(py.waitForFinished(300000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().right(600).constData());
        for (const QByteArray& line : py.readAllStandardOutput().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            checked_.push_back({o["alias"].toString(), o["target"].toString(), o["module"].toString(),
                                o["name"].toString(), o["same"].toBool()});
        }
    }

    void tableIsLarge()
    {
        // Debian's numpy 1.24 / scipy 1.10 / sklearn 1.2.1 give ~2,400 entries.
        QVERIFY2(aliasCount() > 1500, qPrintable(QString::number(aliasCount())));
        QCOMPARE(std::size_t(checked_.size()), parseAliases(compiledTable().toStdString(), "compiled").size());
    }

    // Every alias is the very object its target is, in Debian's Python.
    void everyAliasIsItsTarget()
    {
        if (!whyNot_.isEmpty())
            SKOPOS_ORACLE_SKIP(whyNot_);
        QVERIFY(!checked_.empty());
        QStringList wrong;
        for (const Checked& c : checked_)
            if (!c.same)
                wrong << c.alias + " -> " + c.target;
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QString::number(wrong.size()) + " not the same object: " + wrong.mid(0, 20).join(", ")));
    }

    // Each alias is judged by what it reaches: dangerous when its target (or
    // the target with a further rewrite) is, whatever the spelling.
    void aliasesOfDangerousTargetsAreDangerous()
    {
        int dangerousTargets = 0;
        for (const auto& [alias, target] : parseAliases(compiledTable().toStdString(), "compiled")) {
            if (!isDangerous(target))
                continue; // a module or class that only leads to dangerous names
            ++dangerousTargets;
            QVERIFY2(isDangerous(alias), alias.c_str());
        }
        qInfo("%d aliases of dangerous targets", dangerousTargets);
        QVERIFY(dangerousTargets > 300);
        // Rewrites chain: a module alias, then what the target module holds.
        QCOMPARE(dangerousAliasOf("sklearn.utils.fixes.np.load"), std::string("numpy.load"));
        QCOMPARE(dangerousAliasOf("sklearn.utils.fixes.np.lib.npyio.pickle.loads"),
                 std::string("numpy.lib.npyio.pickle.loads"));
        QCOMPARE(dangerousAliasOf("joblib._multiprocessing_helpers.os.getcwd"), std::string("os.getcwd"));
        QCOMPARE(dangerousAliasOf("bz2._builtin_open"), std::string("builtins.open"));
        QCOMPARE(dangerousAliasOf("os.system"), std::string()); // dangerous by spelling
        QVERIFY(!isDangerous("sklearn.utils.fixes.np.ndarray"));
        QVERIFY(!isDangerous("sklearn.utils.fixes.np.float64"));
    }

    // No rewrite turns a name skops trusts into a dangerous one.
    void trustedNamesStaySafe()
    {
        const QJsonObject p = testdata::readJson(QStringLiteral(SKOPOS_SOURCE_DIR)
                                                 + "/resources/trust/skops-default-trusted-sklearn-1.2.1.json");
        int names = 0;
        for (auto it = p.begin(); it != p.end(); ++it)
            for (const auto& v : it.value().toArray()) {
                ++names;
                QVERIFY2(!isDangerous(v.toString().toStdString()), qPrintable(v.toString()));
            }
        QVERIFY(names > 300);
    }

    // Every alias as the STACK_GLOBAL Python resolves it from, read by Skopos.
    void everyAliasPickleIsDangerous()
    {
        if (!whyNot_.isEmpty())
            SKOPOS_ORACLE_SKIP(whyNot_);
        QStringList missed;
        int n = 0;
        for (const Checked& c : checked_) {
            if (!c.same || c.module.isEmpty() || !isDangerous(c.alias.toStdString()))
                continue;
            const QString path = dir_.filePath(QString("alias%1.pkl").arg(n++));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(stackGlobalCall(c.module.toUtf8(), c.name.toUtf8()));
            f.close();
            if (exitInProcess(path) != 4)
                missed << c.module + " " + c.name;
        }
        qInfo("%d alias pickles read, %d not dangerous", n, int(missed.size()));
        QVERIFY(n > 300);
        QVERIFY2(missed.isEmpty(),
                 qPrintable(QString::number(missed.size()) + " not dangerous: " + missed.mid(0, 20).join(", ")));
    }

    // Through the real CLI: GLOBAL (protocol 2) and STACK_GLOBAL (protocol 4) spellings.
    void cliReportsAliases_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("joblib._multiprocessing_helpers os.system")
            << stackGlobalCall("joblib._multiprocessing_helpers", "os.system");
        QTest::newRow("sklearn.utils._joblib load") << stackGlobalCall("sklearn.utils._joblib", "load");
        QTest::newRow("sklearn.utils.fixes np.load") << stackGlobalCall("sklearn.utils.fixes", "np.load");
        QTest::newRow("GLOBAL numpy.lib.npyio pickle") << QByteArray("\x80\x02"
                                                                     "cnumpy.lib.npyio\npickle\n)R.");
        QTest::newRow("GLOBAL joblib.numpy_pickle_utils sys") << QByteArray("\x80\x02"
                                                                            "cjoblib.numpy_pickle_utils\nsys\n)R.");
        QTest::newRow("GLOBAL bz2 _builtin_open") << QByteArray("\x80\x02"
                                                                "cbz2\n_builtin_open\n)R.");
        QTest::newRow("GLOBAL scipy.misc._common load") << QByteArray("\x80\x02"
                                                                      "cscipy.misc._common\nload\n)R.");
    }
    void cliReportsAliases()
    {
        QFETCH(QByteArray, bytes);
        const QString path = dir_.filePath("cli.pkl");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const auto r = testdata::runSkopos({"untrusted", path});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("dangerous"));
    }

    // A profile's aliases are added (and cannot remove the bundled ones).
    void profileAddsAliases()
    {
        QVERIFY(!isDangerous("mypkg.helpers.shell"));
        const std::size_t before = aliasCount();
        const TrustProfile p = TrustProfile::fromJson(
            R"({"source": "t", "DANGEROUS_ALIASES": {"mypkg.helpers.shell": "os.system", "bad name": "os"}})", "test");
        QCOMPARE(p.aliasCount(), std::size_t(2));
        QCOMPARE(aliasCount(), before + 1); // "bad name" is not a dotted name
        QVERIFY(isDangerous("mypkg.helpers.shell"));
        QVERIFY(isDangerous("bz2._builtin_open"));
    }
};

QTEST_GUILESS_MAIN(TestAliasTable)
#include "tst_alias_table.moc"
