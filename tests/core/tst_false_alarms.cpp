// Files Python itself writes for ordinary objects must not be called
// dangerous (issue 20, "No false alarms"): getattr of a global with a literal,
// non-dunder name (str.lower, enum members, ZoneInfo._unpickle), arrays of
// class numpy.memmap, io.BytesIO (pickled as _io.BytesIO), http.HTTPStatus.
// Written by real pickle/joblib (scripts/make_false_alarm_fixtures.py, with
// real skops' lists for the same objects); look-alikes built from opcodes
// (getattr with a dunder or computed name, on a dangerous global, a memoised
// getattr reused, numpy.memmap called) stay dangerous.
#include "TestData.h"

#include <QtTest>

#include <set>

namespace {
QJsonObject expected()
{
    return testdata::readJson(testdata::path("falsealarm/expected.json")).value("files").toObject();
}

std::set<QString> lines(const QByteArray& out)
{
    std::set<QString> s;
    for (const QByteArray& l : out.split('\n'))
        if (!l.trimmed().isEmpty())
            s.insert(QString::fromUtf8(l.trimmed()));
    return s;
}
} // namespace

class TestFalseAlarms : public QObject {
    Q_OBJECT
private slots:
    void verdicts_data()
    {
        QTest::addColumn<QString>("file");
        const QJsonObject e = expected();
        QVERIFY(e.size() >= 20);
        for (auto it = e.begin(); it != e.end(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key();
    }
    void verdicts()
    {
        QFETCH(QString, file);
        const QJsonObject c = expected().value(file).toObject();
        const auto r = testdata::runSkopos({"untrusted", testdata::path("falsealarm/" + file)});
        QVERIFY(!r.crashed);
        std::set<int> allowed;
        for (const auto& v : c.value("exit").toArray())
            allowed.insert(v.toInt());
        QVERIFY2(
            allowed.count(r.exitCode),
            qPrintable(
                QString("exit %1; %2; %3").arg(r.exitCode).arg(c.value("why").toString(), QString::fromUtf8(r.err))));
        if (r.exitCode == 4)
            return;
        QVERIFY2(!r.err.contains("dangerous"), r.err.constData());
        // Where skops can save the same object, Skopos is never "clean" when
        // skops lists something. The names differ where noted: skops lists
        // the type of what it saves, Skopos the global the pickle imports
        // (builtins.str.lower for skops' builtins.method_descriptor,
        // zoneinfo.ZoneInfo._unpickle for zoneinfo.ZoneInfo). A memmap-backed
        // array lists exactly what skops lists (numpy.memmap: an array of
        // that class, not a call of it).
        const QJsonValue skops = c.value("skops");
        if (skops.isArray() && !skops.toArray().isEmpty())
            QVERIFY2(!lines(r.out).empty(), qPrintable(file + ": skops lists names, Skopos none"));
        if (file.startsWith("memmap")) {
            std::set<QString> want;
            for (const auto& v : skops.toArray())
                want.insert(v.toString());
            QCOMPARE(lines(r.out), want);
        }
    }
};

QTEST_GUILESS_MAIN(TestFalseAlarms)
#include "tst_false_alarms.moc"
