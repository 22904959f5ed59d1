// `skopos inspect` tree text: one prefix buffer for the whole walk. The output
// must be the same bytes as before the change (SHA-256 of what the earlier
// printer wrote, tests/data/treeprint/expected.json), and printing lists nested
// 9,000 deep (tests/data/treeprint/deep.p2.pkl, written by Python's pickle;
// 162 MB of text, as every line repeats its prefix) holds memory linear in
// depth: the earlier printer kept a prefix copy per level, 244 MB peak RSS.

#include "ChildUsage.h"
#include "TestData.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

class TestTreePrinter : public QObject {
    Q_OBJECT
private slots:
    void sameTextAsBefore_data()
    {
        QTest::addColumn<QJsonObject>("c");
        const QJsonArray cases = testdata::requiredArray(testdata::readJson(testdata::path("treeprint/expected.json")),
                                                         "cases", "treeprint/expected.json");
        QVERIFY(cases.size() >= 5);
        for (const auto& v : cases) {
            const QJsonObject c = v.toObject();
            QStringList name{c.value("file").toString()};
            for (const auto& a : c.value("args").toArray())
                name << a.toString();
            QTest::newRow(qPrintable(name.join(' '))) << c;
        }
    }
    void sameTextAsBefore()
    {
        QFETCH(QJsonObject, c);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList args{QStringLiteral("inspect"), testdata::path(c.value("file").toString())};
        for (const auto& a : c.value("args").toArray())
            args << a.toString();
        const QString outFile = dir.filePath(QStringLiteral("out.txt"));
        const testdata::ChildUsage r = testdata::runMeasured(QStringLiteral(SKOPOS_BINARY), args, outFile,
                                                             dir.filePath(QStringLiteral("err.txt")));
        QCOMPARE(r.exitCode, c.value("exit").toInt());
        QFile out(outFile);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.size(), qint64(c.value("bytes").toDouble()));
        QCryptographicHash h(QCryptographicHash::Sha256);
        QVERIFY(h.addData(&out));
        QCOMPARE(QString::fromLatin1(h.result().toHex()), c.value("sha256").toString());
        if (c.value("file").toString().contains(QLatin1String("deep"))) {
            // The text itself streams out; what stays is the tree and one prefix.
            QVERIFY2(r.maxRssKb > 0 && r.maxRssKb < 64 * 1024,
                     qPrintable(QStringLiteral("peak RSS %1 KB").arg(r.maxRssKb)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTreePrinter)
#include "tst_treeprinter.moc"
