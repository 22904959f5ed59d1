// Issue 20, item 7: dicts keyed by numpy scalars (LogisticRegressionCV's
// scores_ and coefs_paths_, keyed by its class labels) convert as skops
// writes them: tests/oracles/numpy_keys_oracle.py converts every pickle and
// joblib file of tests/data/convert/numpy-keys with the real `skopos`,
// compares each schema.json with real skops.io.dump's of the same model and,
// with skops importable, loads the result and checks keys and predictions.

#include "TestData.h"

#include <QProcess>
#include <QtTest>

class TestConvertNumpyKeys : public QObject {
    Q_OBJECT
private slots:
    void convertsAsSkopsWrites()
    {
        if (!QFile::exists("/usr/bin/python3"))
            QSKIP("/usr/bin/python3 is missing");
        SKOPOS_NEED_REAL_SKOPS();
        QProcess p;
        {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("PYTHONPATH", testdata::realSkops().src);
            p.setProcessEnvironment(env);
        }
        p.start("/usr/bin/python3",
                {QStringLiteral(SKOPOS_TEST_DATA) + "/../oracles/numpy_keys_oracle.py", "--skopos",
                 QStringLiteral(SKOPOS_BINARY), "--data", QStringLiteral(SKOPOS_TEST_DATA)});
        QVERIFY(p.waitForFinished(10 * 60 * 1000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        for (const auto& line : out.split('\n'))
            if (line.startsWith("FAIL"))
                qWarning("%s", qPrintable(line));
        QVERIFY2(p.exitCode() == 0,
                 qPrintable(out.right(1500) + QString::fromUtf8(p.readAllStandardError().right(800))));
        QVERIFY2(out.contains("13 files, 0 failures"), qPrintable(out.right(500)));
    }
};

QTEST_GUILESS_MAIN(TestConvertNumpyKeys)
#include "tst_convert_numpy_keys.moc"
