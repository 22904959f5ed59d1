// Hostile .skops files: each must end in a ReadError whose message names the
// problem, and `skopos untrusted` must exit 2 with one stderr line naming the
// file. Every hostile archive is built here with QuaZip from a REAL fixture
// (tests/data/limits/pipeline.skops = fixtures/Pipeline/model.skops), changing
// one thing, and a positive control proves the unchanged rebuild opens: so
// each error comes from the mutation, not from our zip writer.
#include "document/Open.h"
#include "io/ZipArchive.h"
#include "tree/Error.h"
#include "trust/Audit.h"

#include "TestData.h"

#include <QTemporaryDir>
#include <QtTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>

using namespace skopos;

namespace {

struct Member {
    QString name;
    QByteArray data;
};
using Members = std::vector<Member>;

Members readZip(const QString& path)
{
    Members out;
    QuaZip zip(path);
    zip.setFileNameCodec("UTF-8");
    if (!zip.open(QuaZip::mdUnzip))
        return out;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        out.push_back({zip.getCurrentFileName(), f.readAll()});
    }
    return out;
}

// Deflated when `deflate`, stored otherwise (skops stores everything).
bool writeZip(const QString& path, const Members& members, bool deflate = false)
{
    QuaZip zip(path);
    zip.setFileNameCodec("UTF-8");
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto& m : members) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(m.name), nullptr, 0, deflate ? Z_DEFLATED : 0, deflate ? 9 : 0))
            return false;
        if (f.write(m.data) != m.data.size())
            return false;
        f.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

Member* find(Members& ms, const QString& name)
{
    auto it = std::find_if(ms.begin(), ms.end(), [&](const Member& m) { return m.name == name; });
    return it == ms.end() ? nullptr : &*it;
}

QByteArray le32(quint32 v)
{
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = static_cast<char>((v >> (8 * i)) & 0xff);
    return b;
}

// Rewrites an npy member's 'shape' to `shape`, keeping the header length by
// taking the difference out of the space padding numpy writes.
QByteArray lieAboutShape(QByteArray npy, const QByteArray& shape)
{
    const int at = npy.indexOf("'shape': ");
    const int end = npy.indexOf("), ", at);
    if (at < 0 || end < 0)
        return {};
    const int oldLen = end + 1 - (at + 9);
    npy.replace(at + 9, oldLen, shape);
    const int grow = static_cast<int>(shape.size()) - oldLen;
    const int nl = npy.indexOf('\n', at);
    if (nl - grow < end || npy.mid(nl - grow, grow) != QByteArray(grow, ' '))
        return {};
    npy.remove(nl - grow, grow);
    return npy;
}

QString errorOf(const QString& path, const OpenOptions& options = {})
{
    try {
        openDocument(path.toStdString(), options);
    } catch (const ReadError& e) {
        return QString::fromStdString(e.what());
    }
    return QStringLiteral("<no error>");
}

} // namespace

class TestLimits : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    Members fixture_;
    QString schema_; // the fixture's schema.json text
    QString firstNpy_;
    // name -> (path, word the message must contain)
    QList<std::tuple<QString, QString, QString>> hostile_;

    QString file(const QString& name) const { return dir_.filePath(name); }
    // The fixture with schema.json (or one member) replaced.
    void addVariant(const QString& name, const QString& needle, const QString& member, const QByteArray& data)
    {
        Members ms = fixture_;
        if (Member* m = find(ms, member))
            m->data = data;
        else
            ms.push_back({member, data});
        QVERIFY(writeZip(file(name), ms));
        hostile_.append({name, file(name), needle});
    }
    void addSchema(const QString& name, const QString& needle, const QString& schema)
    {
        addVariant(name, needle, "schema.json", schema.toUtf8());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        fixture_ = readZip(testdata::path("limits/pipeline.skops"));
        QVERIFY2(fixture_.size() > 3, "tests/data/limits/pipeline.skops is missing");
        Member* s = find(fixture_, "schema.json");
        QVERIFY(s);
        schema_ = QString::fromUtf8(s->data);
        for (const auto& m : fixture_)
            if (m.name.endsWith(".npy") && firstNpy_.isEmpty())
                firstNpy_ = m.name;
        QVERIFY(!firstNpy_.isEmpty() && schema_.contains(firstNpy_));

        // Not a zip: the first 100 bytes of the real archive (local header only).
        QFile f(testdata::path("limits/pipeline.skops"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();
        QFile t(file("truncated.skops"));
        QVERIFY(t.open(QIODevice::WriteOnly) && t.write(whole.left(100)) == 100);
        t.close();
        hostile_.append({"truncated", file("truncated.skops"), "not a zip file Python can read"});

        Members noSchema;
        for (const auto& m : fixture_)
            if (m.name != "schema.json")
                noSchema.push_back(m);
        QVERIFY(writeZip(file("noschema.skops"), noSchema));
        hostile_.append({"no schema.json", file("noschema.skops"), "no schema.json"});

        addSchema("invalid json", "not valid JSON", schema_.left(schema_.size() / 2));
        // 1,000,000 levels: must fail on the limit, not on the stack.
        addSchema("deep json", "nested deeper than the limit", QString(1'000'000, '['));
        QString missing = schema_;
        missing.replace(firstNpy_, "missing.npy");
        addSchema("missing member", "\"missing.npy\"", missing);
        QString loader = schema_;
        loader.replace("\"ObjectNode\"", "\"EvilNode\"");
        addSchema("unknown loader", "Can't find loader EvilNode", loader);
        // An unknown protocol is no longer refused: skops falls back to its
        // current loaders, and so does Skopos (tests/data/regressions/json/protocol-*).
        // CVE-2025-54413: a MethodNode whose object is not of the claimed type.
        addSchema("MethodNode type", "MethodNode claims type sklearn.linear_model.LogisticRegression",
                  R"({"protocol": 2, "__loader__": "MethodNode", "__module__": "sklearn.linear_model",
                      "__class__": "LogisticRegression", "content": {"func": "fit", "obj": )"
                      + schema_ + "}}");
        // CVE-2025-54412: an OperatorFuncNode naming another module than operator.
        addSchema("OperatorFuncNode module", "expects module 'operator' but names 'builtins'",
                  R"({"protocol": 2, "__loader__": "OperatorFuncNode", "__module__": "builtins",
                      "__class__": "eval", "attrs": )"
                      + schema_ + "}");

        const QByteArray npy = find(fixture_, firstNpy_)->data;
        const QByteArray lie = lieAboutShape(npy, "(8000000,)");
        QVERIFY2(!lie.isEmpty() && lie.size() == npy.size(), "fixture npy header has an unexpected layout");
        addVariant("npy shape lies", "npy header promises 64000000 data bytes", firstNpy_, lie);
        addVariant("npy header 2^31", "npy header length 2147483648 exceeds the limit", firstNpy_,
                   QByteArray("\x93NUMPY\x02\x00", 8) + le32(0x80000000u) + npy.mid(10));

        for (const QString& bad : {QString("../evil"), QString("/abs"),
                                   QString("a\x01"
                                           "b.npy")}) {
            Members ms = fixture_;
            ms.push_back({bad, "x"});
            const QString name = "name" + QString::number(hostile_.size()) + ".skops";
            QVERIFY(writeZip(file(name), ms));
            hostile_.append({"member name " + bad.toUtf8().toPercentEncoding(), file(name), "unsafe name"});
        }
    }

    // Two members of one name: zipfile (so skops) reads the last one, and so
    // does ZipArchive.
    void duplicateMemberLastWins()
    {
        Members dup = fixture_;
        dup.push_back({fixture_.front().name, "the last one"});
        QVERIFY(writeZip(file("dup.skops"), dup));
        ZipArchive zip(file("dup.skops").toStdString());
        QCOMPARE(zip.entries().size(), fixture_.size());
        QCOMPARE(zip.read(fixture_.front().name.toStdString(), 1000), std::string("the last one"));
    }

    // The controls: our writer produces valid skops files, and the CVE
    // wrappers are accepted when they are not lying.
    void rebuiltFixtureOpens()
    {
        QVERIFY(writeZip(file("same.skops"), fixture_));
        Document doc = openDocument(file("same.skops").toStdString());
        QCOMPARE(doc.protocol, 2);
        QVERIFY(audit(doc.tree).untrusted.empty());
    }
    void honestWrappersOpen()
    {
        Members ms = fixture_;
        find(ms, "schema.json")->data =
            (R"({"protocol": 2, "__loader__": "MethodNode", "__module__": "sklearn.pipeline",
            "__class__": "Pipeline", "content": {"func": "fit", "obj": )"
             + schema_ + "}}")
                .toUtf8();
        QVERIFY(writeZip(file("method.skops"), ms));
        Document doc = openDocument(file("method.skops").toStdString());
        // MethodNode always reports module.Class.func (DEVELOPERS.md, Trust).
        const auto u = audit(doc.tree).untrusted;
        QVERIFY(std::find(u.begin(), u.end(), "sklearn.pipeline.Pipeline.fit") != u.end());

        find(ms, "schema.json")->data = (R"({"protocol": 2, "__loader__": "OperatorFuncNode", "__module__": "operator",
            "__class__": "attrgetter", "attrs": )"
                                         + schema_ + "}")
                                            .toUtf8();
        QVERIFY(writeZip(file("operator.skops"), ms));
        doc = openDocument(file("operator.skops").toStdString());
        const auto v = audit(doc.tree).untrusted;
        QVERIFY(std::find(v.begin(), v.end(), "operator.attrgetter") != v.end());

        // lieAboutShape telling the truth (the member's own shape) keeps a valid file.
        const QByteArray npy = find(fixture_, firstNpy_)->data;
        const int at = npy.indexOf("'shape': ") + 9;
        find(ms, firstNpy_)->data = lieAboutShape(npy, npy.mid(at, npy.indexOf("), ", at) + 1 - at));
        QCOMPARE(find(ms, firstNpy_)->data, npy);
        find(ms, "schema.json")->data = schema_.toUtf8();
        QVERIFY(writeZip(file("shape.skops"), ms));
        QCOMPARE(errorOf(file("shape.skops")), QStringLiteral("<no error>"));
    }

    void hostile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("needle");
        for (const auto& [name, path, needle] : hostile_)
            QTest::newRow(qPrintable(name)) << path << needle;
    }
    void hostile()
    {
        QFETCH(QString, path);
        QFETCH(QString, needle);
        const QString msg = errorOf(path);
        QVERIFY2(msg.contains(needle), qPrintable(msg));
        const auto r = testdata::runSkopos({"untrusted", path});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.startsWith("skopos: " + path.toUtf8() + ": "), r.err.constData());
        QVERIFY2(r.err.contains(needle.toUtf8()), r.err.constData());
    }

    // Each skops-side limit of Limits.h, lowered below what the real fixture
    // needs, produces an error naming that limit.
    void lowLimits_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("needle");
        QTest::newRow("maxDepth") << 0 << "nested deeper than the limit of 3 levels";
        QTest::newRow("maxNodes") << 1 << "more nodes than the limit of 10";
        QTest::newRow("maxSchemaBytes") << 2 << "more than the limit of 1000";
        QTest::newRow("maxZipEntries") << 3 << "more than the limit of 3";
        QTest::newRow("maxArrayDims") << 4 << "dimensions exceed the limit of 0";
    }
    void lowLimits()
    {
        QFETCH(int, which);
        QFETCH(QString, needle);
        OpenOptions o;
        switch (which) {
        case 0: o.limits.maxDepth = 3; break;
        case 1: o.limits.maxNodes = 10; break;
        case 2: o.limits.maxSchemaBytes = 1000; break;
        case 3: o.limits.maxZipEntries = 3; break;
        case 4: o.limits.maxArrayDims = 0; break;
        }
        const QString msg = errorOf(testdata::path("limits/pipeline.skops"), o);
        QVERIFY2(msg.contains(needle), qPrintable(msg));
    }

    // A deflated schema.json of 32 MB of spaces (~32 KB in the archive).
    void schemaBomb()
    {
        Members ms = fixture_;
        find(ms, "schema.json")->data = QByteArray(32 << 20, ' ');
        QVERIFY(writeZip(file("bomb.skops"), ms, true));
        QVERIFY(QFileInfo(file("bomb.skops")).size() < 200'000);
        OpenOptions o;
        o.limits.maxSchemaBytes = 1 << 20;
        QString msg = errorOf(file("bomb.skops"), o);
        QVERIFY2(msg.contains("schema.json") && msg.contains("limit of 1048576"), qPrintable(msg));

        // The same bomb with sizes in both headers patched to 1000: the
        // inflater must still stop (minizip caps at the declared size, and
        // the CRC then no longer matches).
        QFile f(file("bomb.skops"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray z = f.readAll();
        f.close();
        // schema.json's local header: its name starts 30 bytes in (no extra fields before it).
        const int local = z.indexOf("schema.json") - 30;
        const int central = z.lastIndexOf(QByteArray("PK\x01\x02", 4), z.lastIndexOf("schema.json"));
        QVERIFY(local >= 0 && z.mid(local, 4) == QByteArray("PK\x03\x04", 4) && central > local);
        z.replace(local + 22, 4, le32(1000));
        z.replace(central + 24, 4, le32(1000));
        QFile g(file("liar.skops"));
        QVERIFY(g.open(QIODevice::WriteOnly) && g.write(z) == z.size());
        g.close();
        msg = errorOf(file("liar.skops"), o);
        QVERIFY2(msg.contains("schema.json"), qPrintable(msg));

        // Default limits (4 GB) let the 32 MB in: it must still fail cleanly.
        const auto r = testdata::runSkopos({"untrusted", file("bomb.skops")}, 30000);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("schema.json is not valid JSON"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
