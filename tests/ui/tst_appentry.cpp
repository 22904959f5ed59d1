// The `skopos` executable's entry point: without a display it prints one
// clear line and exits 2 (instead of Qt's abort), and a bare word that is
// neither a command nor a file is a usage error, not a file to open.
#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>

class TestAppEntry : public QObject {
    Q_OBJECT
private slots:
    void noDisplayIsOneLineAndExitTwo()
    {
#ifndef SKOPOS_BINARY
        QFAIL("SKOPOS_BINARY not defined: the skopos executable is not built");
#else
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* v : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(v));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SKOPOS_BINARY), {QStringLiteral(SKOPOS_TEST_DATA "/ui/StandardScaler.skops")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(err.count('\n'), 1);
        QVERIFY(err.startsWith("skopos: no display"));
        QVERIFY(p.readAllStandardOutput().isEmpty());
#endif
    }

    void unknownCommandIsAUsageError()
    {
#ifndef SKOPOS_BINARY
        QFAIL("SKOPOS_BINARY not defined: the skopos executable is not built");
#else
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")); // would open a window otherwise
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SKOPOS_BINARY), {QStringLiteral("inpsect"), QStringLiteral("model.skops")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(err.count('\n'), 1);
        QVERIFY(err.contains("unknown command 'inpsect'"));
#endif
    }
};

QTEST_MAIN(TestAppEntry)
#include "tst_appentry.moc"
