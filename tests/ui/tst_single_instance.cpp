// One window per user, with real processes: `skopos FILE` started while a
// window runs hands FILE to that window (a new tab) and exits 0; --new-window
// opens a window of its own; a socket left by a killed window is replaced; a
// window that hangs delays a new start by the answer timeout only. Each test
// uses a private instance name (SKOPOS_INSTANCE_NAME) and settings folder.
// The running window is asked what it has open over the socket itself
// ("list-tabs"); the processes say what they opened (SKOPOS_REPORT_OPENED).
#include "SingleInstance.h"
#include "TestData.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include <signal.h>

#include <memory>

using namespace skopos::ui;

namespace {

QString fileA() { return testdata::path(QStringLiteral("ui/StandardScaler.skops")); }
QString fileB() { return testdata::path(QStringLiteral("ui/extra_odd_objects.skops")); }

// What the window on `name` has open, or {"<no answer>"}.
QStringList tabsOf(const QString& name)
{
    const InstanceAnswer a = askRunningInstance(name, QStringLiteral("list-tabs"), {});
    return a.answered ? a.lines : QStringList{QStringLiteral("<no answer>")};
}

// Waits (up to 30 s) until the window on `name` has exactly `want` open.
bool waitForTabs(const QString& name, const QStringList& want)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 30000) {
        if (tabsOf(name) == want)
            return true;
        QTest::qWait(100);
    }
    qWarning("tabs: %s, want %s", qPrintable(tabsOf(name).join(u',')), qPrintable(want.join(u',')));
    return false;
}

// Waits (up to 30 s) until `p` printed a line containing `text` on `channel`.
bool waitForOutput(QProcess& p, QProcess::ProcessChannel channel, const QByteArray& text, QByteArray* seen)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 30000) {
        p.setReadChannel(channel);
        *seen += p.readAll();
        if (seen->contains(text))
            return true;
        if (p.state() == QProcess::NotRunning)
            return false;
        p.waitForReadyRead(200);
    }
    return false;
}

} // namespace

class TestSingleInstance : public QObject {
    Q_OBJECT

    QTemporaryDir home_;
    QString name_;
    std::vector<std::unique_ptr<QProcess>> processes_;
    int serial_ = 0;

    // `skopos ARGS` as a user starts it, in `dir`, on this test's instance name.
    QProcess* start(const QStringList& args, const QString& dir = QString())
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("SKOPOS_INSTANCE_NAME"), name_);
        env.insert(QStringLiteral("SKOPOS_REPORT_OPENED"), QStringLiteral("1"));
        env.insert(QStringLiteral("HOME"), home_.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home_.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home_.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home_.filePath(QStringLiteral("cache")));
        p->setProcessEnvironment(env);
        if (!dir.isEmpty())
            p->setWorkingDirectory(dir);
        p->start(QStringLiteral(SKOPOS_BINARY), args);
        p->waitForStarted();
        processes_.push_back(std::move(p));
        return processes_.back().get();
    }

private slots:
    void init()
    {
        QVERIFY(home_.isValid());
        name_ = QStringLiteral("skopos-test-%1-%2").arg(QCoreApplication::applicationPid()).arg(++serial_);
    }

    void cleanup()
    {
        for (auto& p : processes_) {
            ::kill(static_cast<pid_t>(p->processId()), SIGCONT); // one may be stopped
            p->kill();
            p->waitForFinished(10000);
        }
        processes_.clear();
        QLocalServer::removeServer(name_); // the socket of a killed window
    }

    void secondStartOpensATabInTheFirst()
    {
        QProcess* first = start({fileA()});
        QVERIFY(waitForTabs(name_, {fileA()}));
        // A relative path, as a file manager or shell in B's folder gives it.
        QElapsedTimer t;
        t.start();
        QProcess* second = start({QFileInfo(fileB()).fileName()}, QFileInfo(fileB()).path());
        QVERIFY(second->waitForFinished(30000));
        qInfo("second start handed over its file and exited after %lld ms", static_cast<long long>(t.elapsed()));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        QVERIFY2(!second->readAllStandardOutput().contains("opened"), "the second start opened a window");
        QVERIFY(waitForTabs(name_, {fileA(), fileB()}));
        QCOMPARE(first->state(), QProcess::Running);
        // The same file again: its tab is shown, not a third one.
        QProcess* third = start({fileB()});
        QVERIFY(third->waitForFinished(30000));
        QCOMPARE(third->exitCode(), 0);
        QTest::qWait(300);
        QCOMPARE(tabsOf(name_), QStringList({fileA(), fileB()}));
    }

    void newWindowStartsItsOwn()
    {
        start({fileA()});
        QVERIFY(waitForTabs(name_, {fileA()}));
        QProcess* own = start({QStringLiteral("--new-window"), fileB()});
        QByteArray out;
        QVERIFY2(waitForOutput(*own, QProcess::StandardOutput, "opened " + fileB().toUtf8(), &out), out.constData());
        QCOMPARE(own->state(), QProcess::Running);
        QCOMPARE(tabsOf(name_), QStringList{fileA()}); // the running window got nothing
    }

    void socketOfAKilledWindowIsReplaced()
    {
        QProcess* first = start({fileA()});
        QVERIFY(waitForTabs(name_, {fileA()}));
        first->kill(); // SIGKILL: the socket file stays behind
        QVERIFY(first->waitForFinished(10000));
        QVERIFY(QFileInfo::exists(QDir(QDir::tempPath()).filePath(name_)));
        QVERIFY(!askRunningInstance(name_, QStringLiteral("list-tabs"), {}).reached);
        QProcess* second = start({fileB()});
        QVERIFY(waitForTabs(name_, {fileB()})); // it listens now
        QCOMPARE(second->state(), QProcess::Running);
    }

    void hungWindowDelaysByTheTimeoutOnly()
    {
        QProcess* first = start({fileA()});
        QVERIFY(waitForTabs(name_, {fileA()}));
        QCOMPARE(::kill(static_cast<pid_t>(first->processId()), SIGSTOP), 0);
        QElapsedTimer t;
        t.start();
        QProcess* second = start({fileB()});
        QByteArray err, out;
        QVERIFY2(waitForOutput(*second, QProcess::StandardError, "does not answer", &err), err.constData());
        QVERIFY2(waitForOutput(*second, QProcess::StandardOutput, "opened " + fileB().toUtf8(), &out), out.constData());
        qInfo("with the first window stopped, the second opened its own after %lld ms",
              static_cast<long long>(t.elapsed()));
        QCOMPARE(second->state(), QProcess::Running);
        ::kill(static_cast<pid_t>(first->processId()), SIGCONT);
        QVERIFY(waitForTabs(name_, {fileA()})); // the first is still the one listening
    }

    // In this process: the server drops what is not a request and still
    // answers the next client.
    void serverDropsGarbage()
    {
        SingleInstance server;
        QVERIFY(server.listen(name_));
        QStringList got;
        server.setHandler([&got](const QString& command, const QStringList& args) {
            got = QStringList{command} + args;
            return QStringList{QStringLiteral("fine")};
        });
        QLocalSocket huge, junk;
        huge.connectToServer(name_);
        QVERIFY(huge.waitForConnected(5000));
        huge.write(QByteArray("\xff\xff\xff\xff", 4)); // announces 4 GiB
        junk.connectToServer(name_);
        QVERIFY(junk.waitForConnected(5000));
        junk.write(QByteArray("\0\0\0\x05hello", 9)); // not JSON
        QTRY_COMPARE_WITH_TIMEOUT(huge.state(), QLocalSocket::UnconnectedState, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(junk.state(), QLocalSocket::UnconnectedState, 10000);
        QVERIFY(got.isEmpty());
        // A second server on the same name refuses: the first is alive.
        SingleInstance other;
        QVERIFY(!other.listen(name_));
        const QString path = QStringLiteral("/tmp/a b\nc.pkl");
        QFuture<InstanceAnswer> asked = QtConcurrent::run(
            [this, path] { return askRunningInstance(name_, QStringLiteral("open"), {path}, 10000); });
        QTRY_VERIFY_WITH_TIMEOUT(asked.isFinished(), 15000);
        QVERIFY(asked.result().answered);
        QCOMPARE(asked.result().lines, QStringList{QStringLiteral("fine")});
        QCOMPARE(got, QStringList({QStringLiteral("open"), path}));
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
