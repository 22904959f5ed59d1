// Issue 20, item 2: schema.json read as Python's json.loads(bytes) reads it,
// with Python as the oracle.
//
// - jsonValuesAsPython: 3,000 seeded documents from tests/oracles/json_values.py
//   (encodings, escapes, surrogates, invalid UTF-8, number spellings,
//   duplicate keys, whitespace, trailing data) with json.loads' value or its
//   refusal; SchemaJson must give the same value or refuse too.
// - keptDisagreements: the files of tests/data/regressions/json (variants of
//   real skops files on which Skopos and real skops once disagreed) against
//   real skops' stored answer, through the `skopos` CLI (no Python needed).
// - skopsOnSchemaVariants: tests/oracles/schema_oracle.py packs 400 seeded
//   schema.json variants into real skops files and compares
//   `skopos untrusted --json` with real skops' get_untrusted_types.

#include "TestData.h"

#include "skops/SchemaJson.h"
#include "tree/Error.h"

#include <QProcess>
#include <QtTest>

#include <cmath>
#include <cstring>
#include <set>

using skopos::SchemaJson;

namespace {

std::string hex(std::string_view s)
{
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (const unsigned char c : s) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

// The value as json_values.py writes Python's (see its docstring).
std::string canon(const SchemaJson& j, SchemaJson::Id v)
{
    switch (j.type(v)) {
    case SchemaJson::Type::Null: return "n";
    case SchemaJson::Type::Bool: return j.boolean(v) ? "t" : "f";
    case SchemaJson::Type::Int: return "i" + std::to_string(j.integer(v));
    case SchemaJson::Type::Float: {
        const double d = j.number(v);
        if (std::isnan(d))
            return "dnan";
        std::uint64_t bits;
        std::memcpy(&bits, &d, 8);
        char buf[20];
        std::snprintf(buf, sizeof buf, "d%016llx", static_cast<unsigned long long>(bits));
        return buf;
    }
    case SchemaJson::Type::String: return "s" + hex(j.string(v));
    case SchemaJson::Type::Array: {
        std::string out = "[";
        for (std::uint32_t i = 0; i < j.size(v); ++i)
            out += (i ? "," : "") + canon(j, j.at(v, i));
        return out + "]";
    }
    case SchemaJson::Type::Object: {
        std::string out = "{";
        for (std::uint32_t i = 0; i < j.size(v); ++i)
            out += (i ? "," : "") + ("s" + hex(j.keyAt(v, i))) + ":" + canon(j, j.at(v, i));
        return out + "}";
    }
    }
    return "?";
}

QByteArray runPython(const QStringList& args, const QString& pythonPath = {})
{
    QProcess p;
    if (!pythonPath.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PYTHONPATH", pythonPath);
        p.setProcessEnvironment(env);
    }
    p.start("/usr/bin/python3", args);
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitStatus() != QProcess::NormalExit) {
        QTest::qFail("python did not finish", __FILE__, __LINE__);
        return {};
    }
    const QByteArray out = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        qWarning("%s", (out.right(3000) + p.readAllStandardError().right(1000)).constData());
    return out;
}

QString oracleScript(const char* name) { return QStringLiteral(SKOPOS_TEST_DATA) + "/../oracles/" + name; }

} // namespace

class TestSchemaOracle : public QObject {
    Q_OBJECT
private slots:
    void jsonValuesAsPython()
    {
        if (!QFile::exists("/usr/bin/python3"))
            QSKIP("/usr/bin/python3 is missing");
        const QByteArray out = runPython({oracleScript("json_values.py"), "--seed", "20", "--count", "3000"});
        int cases = 0, bad = 0;
        for (const QByteArray& line : out.split('\n')) {
            if (line.isEmpty())
                continue;
            const int tab = line.indexOf('\t');
            QVERIFY(tab >= 0);
            const QByteArray doc = QByteArray::fromHex(line.left(tab));
            const std::string want = line.mid(tab + 1).toStdString();
            std::string got;
            try {
                const SchemaJson j = SchemaJson::parse(
                    std::string_view(doc.constData(), static_cast<std::size_t>(doc.size())), 64);
                got = canon(j, j.root());
            } catch (const skopos::ReadError&) {
                got = "E";
            }
            ++cases;
            if (got != want && ++bad <= 10)
                qWarning("document %s\n  python: %.300s\n  skopos: %.300s", line.left(tab).left(400).constData(),
                         want.c_str(), got.c_str());
        }
        QCOMPARE(cases, 3000);
        QCOMPARE(bad, 0);
    }

    void keptDisagreements()
    {
        QDir dir(testdata::path("regressions/json"));
        const QStringList files = dir.entryList({"*.skops"}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 29, "tests/data/regressions/json is missing files");
        for (const QString& name : files) {
            const QJsonObject expect = testdata::readJson(dir.filePath(name + ".json"));
            const testdata::CliResult r = testdata::runSkopos({"untrusted", "--json", dir.filePath(name)});
            QVERIFY2(!r.crashed, qPrintable(name));
            const QJsonValue python = expect.value("python");
            QJsonObject doc;
            if (r.exitCode != 2)
                doc = QJsonDocument::fromJson(r.out).object();
            const bool skoposFails = r.exitCode == 2 || doc.contains("skops_audit_failure");
            if (python.isString()) {
                QVERIFY2(skoposFails, qPrintable(name + ": real skops fails, skopos said " + r.out + r.err));
                continue;
            }
            QVERIFY2(!skoposFails, qPrintable(name + ": real skops reads it, skopos: " + r.err + r.out));
            std::set<QString> got, want;
            for (const auto& v : doc.value("untrusted").toArray())
                got.insert(v.toString());
            for (const auto& v : doc.value("dangerous").toArray())
                got.insert(v.toString());
            for (const auto& v : python.toArray())
                want.insert(v.toString());
            QVERIFY2(got == want, qPrintable(name + ": " + r.out));
        }
    }

    void skopsOnSchemaVariants()
    {
        SKOPOS_NEED_REAL_SKOPS();
        const QByteArray out = runPython({oracleScript("schema_oracle.py"), "--skopos", QStringLiteral(SKOPOS_BINARY),
                                          "--data", QStringLiteral(SKOPOS_TEST_DATA), "--seed", "20", "--cases", "400"},
                                         testdata::realSkops().src);
        for (const QByteArray& line : out.split('\n'))
            if (line.startsWith("FAIL") || line.startsWith("  "))
                qWarning("%s", line.constData());
        // 400 variants, the kept regressions and the 8 unchanged bases.
        QVERIFY2(out.contains(" cases, 0 disagreements"), out.right(2000).constData());
        QVERIFY2(QString::fromUtf8(out).trimmed().section(QLatin1Char(10), -1).section(QLatin1Char(32), 0, 0).toInt()
                     >= 400 + 29 + 8,
                 out.right(300).constData());
    }
};

int main(int argc, char** argv)
{
    qputenv("QTEST_FUNCTION_TIMEOUT", "3600000");
    QCoreApplication app(argc, argv);
    TestSchemaOracle t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_schema_oracle.moc"
