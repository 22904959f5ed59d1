// Nested pickles inside known wrappers (issue 20): a call of a loads-like
// loader (pickle.loads, numba's serialised-function wrappers, cloudpickle
// copies vendored by other libraries) on bytes embedded in the file. Skopos
// reads the embedded bytes as a pickle, without running anything, reports
// every global they import (dangerous ones as dangerous) and flags the
// loader call. Files written by real pickle: scripts/make_nested_fixtures.py.
#include "TestData.h"

#include <QtTest>

class TestNestedPickles : public QObject {
    Q_OBJECT
private slots:
    void embedded_data()
    {
        QTest::addColumn<QString>("file");
        const QJsonObject e = testdata::readJson(testdata::path("nested/expected.json"));
        QCOMPARE(e.size(), 4);
        for (auto it = e.begin(); it != e.end(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key();
    }
    void embedded()
    {
        QFETCH(QString, file);
        const QJsonObject c = testdata::readJson(testdata::path("nested/expected.json")).value(file).toObject();
        const auto r = testdata::runSkopos({"untrusted", testdata::path("nested/" + file)});
        QCOMPARE(r.exitCode, c.value("exit").toInt());
        for (const auto& d : c.value("dangerous").toArray())
            QVERIFY2(r.err.contains(("dangerous: " + d.toString() + "\n").toUtf8()),
                     qPrintable(d.toString() + " not reported: " + QString::fromUtf8(r.err)));
        // The note names what the embedded pickle imports, and those names
        // are in the untrusted list like any other global.
        for (const auto& n : c.value("embedded").toArray()) {
            QVERIFY2(r.err.contains(("they import: " + n.toString()).toUtf8()), r.err.constData());
            QVERIFY2(r.out.contains((n.toString() + "\n").toUtf8()), r.out.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestNestedPickles)
#include "tst_nested_pickles.moc"
