// The reader helper's early answer (core/sandbox, ReaderChannel.h): asked for
// an outline, the helper hands the first rows over before the full document,
// through the same channel, and the full document is the one it gives
// without being asked; the outline arrives while the helper still reads (it
// can be cancelled then); a read that fails after its outline still reports
// its own error; nothing is made when nobody asks (the CLI and scan).

#include "TestData.h"

#include "document/Open.h"
#include "sandbox/ReaderProcess.h"
#include "tree/Error.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace skopos;

namespace {

struct EnvGuard {
    QByteArray name;
    explicit EnvGuard(const char* n, const QByteArray& value) : name(n) { qputenv(n, value); }
    ~EnvGuard() { qunsetenv(name.constData()); }
};

// Root type and the labels of its rows: what the outline and the full tree share.
std::string top(const Document& d)
{
    const ObjectTree& t = d.tree;
    std::string s(t.typeName(t.root));
    const NodeId state = t.child(t.root, "state");
    for (const auto& [label, child] : t.children(state == kNoNode ? t.root : state))
        if (!(t.node(child).flags & FlagHidden) && t.node(child).kind != Kind::Opaque)
            s += " " + std::string(t.str(label));
    return s;
}

} // namespace

class TestReaderOutline : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qunsetenv("SKOPOS_READER");
        qunsetenv("SKOPOS_FAULT");
        QVERIFY2(!sandbox::readerExecutable().empty(), "skopos-reader is not built");
    }

    void outlineComesFirst_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("isolated");
        for (const char* f : {"fixtures/GridSearchCV/model.skops", "fixtures/ColumnTransformer/model.skops",
                              "ui/StandardScaler.skops"}) {
            QTest::newRow((std::string(f) + " helper").c_str()) << testdata::path(f) << true;
            QTest::newRow((std::string(f) + " in-process").c_str()) << testdata::path(f) << false;
        }
    }
    void outlineComesFirst()
    {
        QFETCH(QString, file);
        QFETCH(bool, isolated);
        std::optional<EnvGuard> inprocess;
        if (!isolated)
            inprocess.emplace("SKOPOS_READER", "inprocess");
        std::vector<std::string> events;
        std::string outlineTop;
        OpenOptions options;
        options.outlineMinBytes = 0;
        options.onOutline = [&](Document&& d) {
            events.push_back("outline");
            QVERIFY(d.outline);
            QCOMPARE(QString::fromStdString(d.path), file);
            QCOMPARE(d.format, std::string("skops"));
            outlineTop = top(d);
        };
        const Document full = sandbox::readDocument(file.toStdString(), options);
        events.push_back("full");
        QCOMPARE(events, (std::vector<std::string>{"outline", "full"}));
        QVERIFY(!full.outline);
        QCOMPARE(outlineTop, top(full));
        // The full answer is the one given without an outline.
        const Document plain = sandbox::readDocument(file.toStdString());
        QCOMPARE(plain.tree.size(), full.tree.size());
        QCOMPARE(top(plain), top(full));
    }

    void nothingUnlessAsked()
    {
        int calls = 0;
        OpenOptions options;
        // Asked, but the file is under the size that gets one.
        options.outlineMinBytes = 1ull << 40;
        options.onOutline = [&](Document&&) { ++calls; };
        sandbox::readDocument(testdata::spath("fixtures/GridSearchCV/model.skops"), options);
        QCOMPARE(calls, 0);
        // Scans read through a session, which never asks.
        options.outlineMinBytes = 0;
        sandbox::ReaderSession session;
        session.read(testdata::spath("fixtures/GridSearchCV/model.skops"), options);
        QCOMPARE(calls, 0);
        // Pickles have none.
        sandbox::readDocument(testdata::spath("ui/StandardScaler.p4.pkl"), options);
        QCOMPARE(calls, 0);
    }

    // Its schema is fine (an outline), an npz member inside is a bomb: the
    // outline comes, then the read's own error.
    void errorAfterOutline()
    {
        int calls = 0;
        OpenOptions options;
        options.outlineMinBytes = 0;
        options.onOutline = [&](Document&&) { ++calls; };
        QString error;
        try {
            sandbox::readDocument(testdata::spath("regressions/skops-sparse-npz-bomb.skops"), options);
        } catch (const sandbox::ReaderStopped& e) {
            QFAIL(e.what()); // the helper answered: with the read's error
        } catch (const ReadError& e) {
            error = QString::fromUtf8(e.what());
        }
        QCOMPARE(calls, 1);
        QVERIFY2(error.contains(QLatin1String("npz")), qPrintable(error));
    }

#ifdef SKOPOS_FAULT_INJECTION
    // The helper stops for good right after its outline: the outline still
    // arrives (so it came while the helper ran), and Cancel then ends the read.
    void outlineWhileReading()
    {
        const EnvGuard f("SKOPOS_FAULT", "hang-after-outline"), t("SKOPOS_READER_TIMEOUT", "20");
        std::atomic<bool> cancel{false};
        int calls = 0;
        OpenOptions options;
        options.outlineMinBytes = 0;
        options.cancel = &cancel;
        options.onOutline = [&](Document&& d) {
            ++calls;
            QVERIFY(d.tree.size() > 3);
            cancel = true;
        };
        bool cancelled = false;
        try {
            sandbox::readDocument(testdata::spath("fixtures/GridSearchCV/model.skops"), options);
        } catch (const Cancelled&) {
            cancelled = true;
        }
        QCOMPARE(calls, 1);
        QVERIFY(cancelled);
    }
#endif
};

QTEST_GUILESS_MAIN(TestReaderOutline)
#include "tst_reader_outline.moc"
