// Numbers read and written the same in every locale. QApplication sets the
// process locale from the environment, after which strtod reads "0.5" as 0
// under de_DE.UTF-8 / fr_FR.UTF-8 (',' is their decimal point). This test sets
// those locales itself (setlocale, as QApplication does) and reads and converts
// real protocol-0 pickles (FLOAT text lines, tests/data/locale written by
// scripts/make_locale_fixtures.py with Python's pickle) and an old skops file
// (JSON float text): values as Python wrote them, bytes identical to the "C"
// locale's conversion. A locale that is not generated skips, or fails when
// SKOPOS_REQUIRE_ORACLES=1 (scripts/test.sh generates both).

#include "TestData.h"
#include "ZipBytes.h"

#include "convert/Converter.h"
#include "document/Open.h"
#include "scan/ScanLine.h"
#include "tree/DecimalText.h"
#include "tree/PyFloat.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <clocale>
#include <cmath>
#include <cstring>
#include <limits>

using namespace skopos;

namespace {

// Every Float node's repr, sorted: independent of how the tree labels them.
QStringList floatReprs(const std::string& path)
{
    const Document d = openDocument(path);
    QStringList out;
    for (std::size_t n = 0; n < d.tree.size(); ++n)
        if (d.tree.node(static_cast<NodeId>(n)).kind == Kind::Float)
            out << QString::fromStdString(pyFloatRepr(d.tree.node(static_cast<NodeId>(n)).value.f));
    out.sort();
    return out;
}

QByteArray convertedBytes(const QString& input, const QString& dir, const QString& name)
{
    const QString out = dir + QLatin1Char('/') + name;
    convertToSkops(input.toStdString(), out.toStdString());
    QFile f(out);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

const QStringList kConverted = {QStringLiteral("locale/floats.p0.pkl"),
                                QStringLiteral("pickle/fixtures/LogisticRegression/model.p0.pkl"),
                                QStringLiteral("old-skops/v0.5.0-sgd_rng.skops")};

} // namespace

class TestLocaleNumbers : public QObject {
    Q_OBJECT
private slots:
    // QCoreApplication set the locale from the environment (LC_ALL may be
    // German here: scripts/test.sh runs the suite again under de_DE.UTF-8);
    // each test computes its reference in "C" first.
    void init() { std::setlocale(LC_ALL, "C"); }
    void cleanup() { std::setlocale(LC_ALL, "C"); }

    void readDecimal_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("C") << "C";
        QTest::newRow("de") << "de_DE.UTF-8";
        QTest::newRow("fr") << "fr_FR.UTF-8";
    }
    // Rows as strtod reads them in the "C" locale (and Python's float()).
    void readDecimal()
    {
        QFETCH(QString, locale);
        if (!std::setlocale(LC_ALL, locale.toLatin1().constData()))
            SKOPOS_ORACLE_SKIP(locale + " is not generated (apt-get install locales; locale-gen)");
        struct Row {
            const char* text;
            double value;
            std::size_t used;
        };
        const double inf = std::numeric_limits<double>::infinity();
        const Row rows[] = {
            {"0.5", 0.5, 3},          {"-2.25", -2.25, 5},       {"+3", 3.0, 2},     {" \t1e-07", 1e-07, 7},
            {"1.5e+300", 1.5e300, 8}, {"2.5e-310", 2.5e-310, 8}, {"1e400", inf, 5},  {"-1e400", -inf, 6},
            {"1e-400", 0.0, 6},       {"0.0000e999", 0.0, 10},   {"12e-1x", 1.2, 5}, {"Infinity", inf, 8},
            {"-inf", -inf, 4},        {"0,5", 0.0, 1},           {"1.5e", 1.5, 3},
        };
        for (const Row& r : rows) {
            double v = -7;
            QCOMPARE(skopos::readDecimal(r.text, v), r.used);
            QCOMPARE(v, r.value);
        }
        double v = -7;
        QCOMPARE(skopos::readDecimal("nan", v), std::size_t(3));
        QVERIFY(std::isnan(v));
        for (const char* bad : {"", " ", "x1", ".", "+-1", "--1", "e5"}) {
            v = -7;
            QCOMPARE(skopos::readDecimal(bad, v), std::size_t(0));
            QCOMPARE(v, -7.0);
        }
        QCOMPARE(fixedDecimal(1.5, 3), std::string("1.500"));
        QCOMPARE(fixedDecimal(1234.5678, 2), std::string("1234.57"));
        scan::FileScanResult r;
        r.ms = 12.25;
        QVERIFY(scan::jsonLine(r, "null").find("\"ms\": 12.250}") != std::string::npos);
    }

    void pickleFloats_data() { readDecimal_data(); }
    // The FLOAT lines of a protocol-0 pickle read as Python wrote them.
    void pickleFloats()
    {
        QFETCH(QString, locale);
        const QJsonObject expected =
            testdata::readJson(testdata::path("locale/expected.json")).value("repr").toObject();
        QVERIFY(expected.size() >= 8);
        QStringList want;
        for (const auto& v : expected)
            want << v.toString();
        want.sort();
        const QStringList inC = floatReprs(testdata::spath("pickle/fixtures/LogisticRegression/model.p0.pkl"));
        QVERIFY(inC.contains("0.0001")); // tol: a value the German strtod reads as 0
        if (!std::setlocale(LC_ALL, locale.toLatin1().constData()))
            SKOPOS_ORACLE_SKIP(locale + " is not generated (apt-get install locales; locale-gen)");
        QCOMPARE(floatReprs(testdata::spath("locale/floats.p0.pkl")), want);
        QCOMPARE(floatReprs(testdata::spath("pickle/fixtures/LogisticRegression/model.p0.pkl")), inC);
    }

    void skopsFloats_data() { readDecimal_data(); }
    // JSON float text in schema.json (an old skops file) reads the same.
    void skopsFloats()
    {
        QFETCH(QString, locale);
        const QStringList inC = floatReprs(testdata::spath("old-skops/v0.5.0-sgd_rng.skops"));
        QVERIFY(inC.contains("0.0001"));
        if (!std::setlocale(LC_ALL, locale.toLatin1().constData()))
            SKOPOS_ORACLE_SKIP(locale + " is not generated (apt-get install locales; locale-gen)");
        QCOMPARE(floatReprs(testdata::spath("old-skops/v0.5.0-sgd_rng.skops")), inC);
    }

    void convertSameBytes_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("input");
        for (const char* loc : {"de_DE.UTF-8", "fr_FR.UTF-8"})
            for (const QString& in : kConverted)
                QTest::newRow(qPrintable(QString::fromLatin1(loc) + ' ' + in)) << QString::fromLatin1(loc) << in;
    }
    // The converter writes the same skops file whatever the locale.
    void convertSameBytes()
    {
        QFETCH(QString, locale);
        QFETCH(QString, input);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray inC = convertedBytes(testdata::path(input), dir.path(), "c.skops");
        QVERIFY(inC.size() > 100);
        if (!std::setlocale(LC_ALL, locale.toLatin1().constData()))
            SKOPOS_ORACLE_SKIP(locale + " is not generated (apt-get install locales; locale-gen)");
        const QByteArray there = convertedBytes(testdata::path(input), dir.path(), "l.skops");
        QVERIFY(testdata::withoutZipTimes(there) == testdata::withoutZipTimes(inC));
    }
};

QTEST_GUILESS_MAIN(TestLocaleNumbers)
#include "tst_locale_numbers.moc"
