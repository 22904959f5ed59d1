// The reader helper (core/sandbox): a file read in the confined helper gives
// the same document as one read in-process; a helper that crashes, runs out
// of memory, hangs or dies of SIGBUS gives a clean "the reader stopped: ..."
// error, and `scan` reports that file as `error` and goes on; a damaged tree
// image is refused, never followed; `skopos doctor` finds every forbidden
// operation blocked.

#include "TestData.h"

#include "document/Open.h"
#include "sandbox/ReaderProcess.h"
#include "sandbox/Sandbox.h"
#include "sandbox/TreeImage.h"
#include "tree/Error.h"
#include "trust/Audit.h"
#include "trust/TrustProfile.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <optional>

using namespace skopos;

namespace {

// Everything a view, the audit or the converter reads from a document, as text.
QString describe(const Document& d)
{
    QString s;
    QTextStream out(&s);
    out << d.format.c_str() << ' ' << d.protocol << ' ' << d.producer.c_str() << ' ' << d.skopsAuditFailure.c_str()
        << '\n';
    for (const auto& n : d.notes)
        out << "note " << n.c_str() << '\n';
    for (const auto& g : d.globals)
        out << "global " << g.c_str() << '\n';
    const ObjectTree& t = d.tree;
    out << "root " << t.root << " nodes " << t.size() << " arrays " << t.arrays().size() << " calls "
        << t.calls().size() << '\n';
    for (NodeId n = 0; n < t.size(); ++n) {
        const Node& node = t.node(n);
        out << n << ' ' << kindName(node.kind) << ' ' << int(node.loader) << ' ' << node.flags << ' '
            << QString::fromUtf8(t.typeName(n).data(), qsizetype(t.typeName(n).size())) << ' ' << node.value.u << ' '
            << t.rawOffset(n) << ' ' << QString::fromStdString(t.valueText(n)) << ' '
            << QByteArray(t.scalarText(n).data(), qsizetype(t.scalarText(n).size())).toHex() << " [";
        for (const auto& [label, child] : t.children(n))
            out << QByteArray(t.str(label).data(), qsizetype(t.str(label).size())).toHex() << '=' << child << ',';
        out << "]";
        if (const ArrayInfo* a = t.array(n)) {
            out << " array " << a->descr.c_str() << ' ' << a->shape.size() << ' ' << a->fortranOrder << ' '
                << a->itemsize << ' ' << int(a->where) << ' ' << a->source.c_str() << ' ' << a->offset << ' '
                << a->length << ' ' << a->compressed << ' ' << int(a->pickled);
            for (auto dim : a->shape)
                out << ' ' << dim;
        }
        out << '\n';
    }
    for (const CallSite& c : t.calls())
        out << "call " << int(c.via) << ' ' << c.callable << ' ' << c.args << ' ' << c.result << ' ' << c.offset
            << '\n';
    return s;
}

// The document or the error text, read one way or the other.
struct Outcome {
    std::optional<Document> doc;
    QString error;
};

template <class Read>
Outcome outcome(Read read)
{
    Outcome o;
    try {
        o.doc = read();
    } catch (const std::exception& e) {
        o.error = QString::fromUtf8(e.what());
    }
    return o;
}

QStringList modelFiles(const QString& dir)
{
    QStringList files;
    QDirIterator it(testdata::path(dir), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (!f.endsWith(QLatin1String(".json")) && !f.endsWith(QLatin1String(".txt"))
            && !f.endsWith(QLatin1String(".md")) && !f.endsWith(QLatin1String(".py")))
            files << f;
    }
    files.sort();
    return files;
}

struct EnvGuard {
    QByteArray name;
    explicit EnvGuard(const char* n, const QByteArray& value) : name(n) { qputenv(n, value); }
    ~EnvGuard() { qunsetenv(name.constData()); }
};

} // namespace

class TestReaderProcess : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qunsetenv("SKOPOS_READER");
        qunsetenv("SKOPOS_FAULT");
        QVERIFY2(!sandbox::readerExecutable().empty(), "skopos-reader is not built");
    }

    // Skops, pickles of every protocol, joblib (plain and compressed), npy,
    // hostile files (errors): the helper gives exactly the in-process result.
    void sameAsInProcess_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* dir : {"fixtures", "pickle/fixtures/GridSearchCV", "pickle/fixtures/ColumnTransformer",
                                "pickle/fixtures/TfidfVectorizer", "ui", "malicious", "bypass", "npy", "nested"})
            for (const QString& f : modelFiles(QString::fromLatin1(dir)))
                QTest::newRow(qPrintable(f.mid(testdata::path({}).size()))) << f;
    }
    void sameAsInProcess()
    {
        QFETCH(QString, file);
        const std::string path = file.toStdString();
        const Outcome here = outcome([&] { return openDocument(path); });
        Outcome helper = outcome([&] { return sandbox::readDocumentIsolated(path); });
        QCOMPARE(helper.error, here.error);
        QCOMPARE(helper.doc.has_value(), here.doc.has_value());
        if (!here.doc)
            return;
        QCOMPARE(helper.doc->path, here.doc->path);
        QCOMPARE(describe(*helper.doc), describe(*here.doc));
        const TrustProfile& profile = TrustProfile::bundled();
        const AuditResult a = audit(here.doc->tree, profile), b = audit(helper.doc->tree, profile);
        QCOMPARE(b.untrusted, a.untrusted);
        QCOMPARE(b.dangerous, a.dangerous);
        // The tree read back can still grow: interned names are found again.
        ObjectTree& t = helper.doc->tree;
        if (t.size() && !t.typeName(0).empty()) {
            const std::string name(t.typeName(0));
            QCOMPARE(t.intern(name), t.node(0).type);
        }
        t.addStr("added after the handover");
    }

    // OpenOptions::scalarValues reaches the helper: `scan` asks for names
    // only, as `untrusted` does in process; the window asks for values.
    void scalarValuesReachTheHelper()
    {
        const std::string path = testdata::spath("fixtures/StandardScaler/model.skops");
        const auto scalarTexts = [](const Document& d) {
            int n = 0;
            for (NodeId i = 0; i < d.tree.size(); ++i)
                n += !d.tree.scalarText(i).empty();
            return n;
        };
        OpenOptions names;
        names.scalarValues = false;
        const int withValues = scalarTexts(openDocument(path));
        QVERIFY(withValues > 0); // n_samples_seen_ is a numpy.int64
        QCOMPARE(scalarTexts(sandbox::readDocumentIsolated(path, OpenOptions{})), withValues);
        QCOMPARE(scalarTexts(openDocument(path, names)), 0);
        QCOMPARE(scalarTexts(sandbox::readDocumentIsolated(path, names)), 0);
        sandbox::ReaderSession session;
        QCOMPARE(scalarTexts(session.read(path, names)), 0);
        QCOMPARE(scalarTexts(session.read(path, OpenOptions{})), withValues);
    }

    // A damaged image (what a reader taken over could send) is a ReadError:
    // every truncation, and indexes pointing outside the tree.
    void damagedImageRefused()
    {
        const Document doc = openDocument(testdata::spath("ui/StandardScaler.skops"));
        const int fd = ::memfd_create("image", MFD_CLOEXEC);
        QVERIFY(fd >= 0);
        {
            ImageWriter w(fd, 0);
            TreeImage::write(w, doc);
        }
        struct stat st { };
        QCOMPARE(::fstat(fd, &st), 0);
        std::string bytes(std::size_t(st.st_size), '\0');
        QCOMPARE(::pread(fd, bytes.data(), bytes.size(), 0), ssize_t(bytes.size()));
        ::close(fd);
        {
            ImageReader r(bytes.data(), bytes.size());
            QCOMPARE(describe(TreeImage::read(r)), describe(doc));
        }
        for (std::size_t cut = 0; cut < bytes.size(); cut += 1 + cut / 7) {
            ImageReader r(bytes.data(), cut);
            QVERIFY_THROWS_EXCEPTION(ReadError, TreeImage::read(r));
        }
        // Every 4-byte word set to 0xfffffff0 in turn: refused or read, never a crash.
        int refused = 0;
        for (std::size_t at = 0; at + 4 <= bytes.size(); at += 4) {
            std::string bad = bytes;
            const std::uint32_t v = 0xfffffff0u;
            std::memcpy(bad.data() + at, &v, 4);
            ImageReader r(bad.data(), bad.size());
            try {
                const Document d = TreeImage::read(r);
                for (NodeId n = 0; n < d.tree.size(); ++n)
                    (void)d.tree.children(n), (void)d.tree.valueText(n), (void)d.tree.typeName(n);
            } catch (const ReadError&) {
                ++refused;
            }
        }
        QVERIFY(refused > 100);
    }

    // `skopos doctor`: each forbidden operation tried in a confined helper.
    void doctorFindsEverythingBlocked()
    {
        const auto r = testdata::runSkopos({"doctor"});
        QVERIFY(!r.crashed);
        const QString out = QString::fromUtf8(r.out);
        if (out.startsWith(QLatin1String("sandbox: unavailable")))
            QSKIP(qPrintable("no confinement possible on this system: " + out.section('\n', 0, 0)));
        QVERIFY2(out.startsWith(QLatin1String("sandbox: active (")), qPrintable(out));
        for (const char* op : {"exec /bin/true", "socket(AF_INET)", "open a file for writing in /tmp"})
            QVERIFY2(out.contains(QStringLiteral("  %1: blocked\n").arg(QLatin1String(op))), qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("ALLOWED")));
        QVERIFY(out.contains(QLatin1String("\ntrust profile: ")));
        QVERIFY(out.contains(QLatin1String("\npython: ")));
        QCOMPARE(r.exitCode, 0);
        // Read in-process nothing is confined: doctor says so by its exit code.
        const auto inprocess = testdata::runSkopos({"doctor"}, 60000, [](QProcess& p) {
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert("SKOPOS_READER", "inprocess");
            p.setProcessEnvironment(env);
        });
        QCOMPARE(inprocess.exitCode, 2);
    }

#ifdef SKOPOS_FAULT_INJECTION
    void faultIsAnError_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QString>("reason");
        QTest::newRow("crash") << QByteArray("crash") << "the reader stopped: crashed with signal 11 (SIGSEGV)";
        QTest::newRow("oom") << QByteArray("oom") << "the reader stopped: out of memory (limit 512 MiB)";
        QTest::newRow("hang") << QByteArray("hang") << "the reader stopped: timed out after 1 s";
        QTest::newRow("sigbus") << QByteArray("sigbus") << "the reader stopped: SIGBUS (file changed while read)";
    }
    void faultIsAnError()
    {
        QFETCH(QByteArray, fault);
        QFETCH(QString, reason);
        const EnvGuard f("SKOPOS_FAULT", fault), m("SKOPOS_READER_MEMORY_MB", "512"), t("SKOPOS_READER_TIMEOUT", "1");
        try {
            sandbox::readDocument(testdata::spath("ui/StandardScaler.skops"));
            QFAIL("no error");
        } catch (const sandbox::ReaderStopped& e) {
            QCOMPARE(QString::fromUtf8(e.what()), reason);
        }
        // Read in-process, the same environment reads the file (faults live in the helper only).
        const EnvGuard inprocess("SKOPOS_READER", "inprocess");
        QVERIFY(sandbox::readDocument(testdata::spath("ui/StandardScaler.skops")).tree.size() > 10);
    }

    // A scan meets a file whose reader crashes: that file is `error`, the
    // others are read and judged; exit code 2 (an error).
    void scanGoesOn_data() { faultIsAnError_data(); }
    void scanGoesOn()
    {
        QFETCH(QByteArray, fault);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QVERIFY(QFile::copy(testdata::path("ui/StandardScaler.skops"), dir.filePath("a.skops")));
        QVERIFY(QFile::copy(testdata::path("ui/StandardScaler.skops"), dir.filePath("b_faulty.skops")));
        QVERIFY(QFile::copy(testdata::path("ui/StandardScaler.p4.pkl"), dir.filePath("c.pkl")));
        const auto r = testdata::runSkopos({"scan", "--jsonl", dir.path()}, 60000, [&](QProcess& p) {
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert("SKOPOS_FAULT", QString::fromLatin1(fault));
            env.insert("SKOPOS_FAULT_FILE", "b_faulty");
            env.insert("SKOPOS_READER_MEMORY_MB", "512");
            env.insert("SKOPOS_READER_TIMEOUT", "1");
            p.setProcessEnvironment(env);
        });
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 2);
        QMap<QString, QJsonObject> lines;
        for (const QByteArray& line : r.out.split('\n'))
            if (!line.trimmed().isEmpty()) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                lines[QFileInfo(o.value("path").toString()).fileName()] = o;
            }
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines["b_faulty.skops"].value("verdict").toString(), QStringLiteral("error"));
        QCOMPARE(lines["b_faulty.skops"].value("error").toString(), reason);
        QCOMPARE(lines["a.skops"].value("verdict").toString(), QStringLiteral("clean"));
        QCOMPARE(lines["c.pkl"].value("verdict").toString(), QStringLiteral("clean"));
    }
#endif
};

QTEST_GUILESS_MAIN(TestReaderProcess)
#include "tst_reader_process.moc"
