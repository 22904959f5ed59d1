// The first window fits the screen at any scale: on a 1600x1000 screen with
// QT_SCALE_FACTOR 1, 1.5 and 2 (each in its own process: the scale is read
// once at start-up) the main window's frame lies inside the available area,
// the first time and when a remembered geometry is too big for the screen.
// The offscreen platform takes the screen from a config file
// (QT_QPA_PLATFORM=offscreen:configfile=...).
#include "MainWindow.h"
#include "WindowGeometry.h"

#include <QLayout>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace skopos::ui;

namespace {
const char* kChildScale = "SKOPOS_TEST_SCREEN_SCALE"; // set in the child processes

QString describe(const QWidget& w)
{
    const QScreen* s = w.screen();
    QString out;
    QDebug(&out) << "scale" << qgetenv("QT_SCALE_FACTOR") << "screen" << s->name() << s->geometry() << "available"
                 << s->availableGeometry() << "frame" << w.frameGeometry();
    return out;
}

bool fits(const QWidget& w) { return w.screen()->availableGeometry().contains(w.frameGeometry()); }
} // namespace

class TestWindowGeometry : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SkoposTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_windowgeometry"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void clampedIntoScreen()
    {
        const QRect screen(0, 0, 800, 500);
        QCOMPARE(clampedInto(QRect(-100, 50, 1200, 760), screen), screen);
        QCOMPARE(clampedInto(QRect(700, 400, 300, 200), screen), QRect(500, 300, 300, 200));
        const QRect first = firstWindowGeometry(screen, QSize(1200, 760));
        QVERIFY(screen.contains(first));
        QCOMPARE(first.center(), screen.center());
        QCOMPARE(firstWindowGeometry(QRect(0, 0, 3000, 2000), QSize(1200, 760)).size(), QSize(1200, 760));
    }

    // Runs in this process on whatever screen it has, and, in the children,
    // on the 1600x1000 screen at each scale.
    void windowFitsScreen()
    {
        if (const QByteArray scale = qgetenv(kChildScale); !scale.isEmpty()) {
            // The config file took effect: 1600x1000 device pixels.
            const QScreen* s = QGuiApplication::primaryScreen();
            const double f = scale.toDouble();
            QVERIFY2(qAbs(s->geometry().width() * f - 1600) <= 2 && qAbs(s->geometry().height() * f - 1000) <= 2,
                     qPrintable(QStringLiteral("screen %1x%2 at scale %3")
                                    .arg(s->geometry().width())
                                    .arg(s->geometry().height())
                                    .arg(f)));
        }
        QSettings().clear();
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QTest::qWait(50); // the fit after the first show (frame known)
            QVERIFY2(fits(w), qPrintable(describe(w)));
            // Not a postage stamp either: at least half the available width and height.
            const QRect avail = w.screen()->availableGeometry();
            QVERIFY2(w.width() >= avail.width() / 2 && w.height() >= avail.height() / 2, qPrintable(describe(w)));
            w.close(); // remembers the geometry for this screen
        }
        QVERIFY(QSettings().contains(geometryKey(QGuiApplication::primaryScreen())));

        // A remembered geometry bigger than the screen (another scale, another monitor) is clamped.
        {
            QWidget big;
            const QRect avail = QGuiApplication::primaryScreen()->availableGeometry();
            big.setGeometry(avail.x() + 50, avail.y() + 50, avail.width() * 2, avail.height() * 2);
            QSettings().setValue(geometryKey(QGuiApplication::primaryScreen()), big.saveGeometry());
        }
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(50);
        QVERIFY2(fits(w), qPrintable(describe(w)));

        // With a file open (banner, tree, Node pane): the content's minimum size still fits.
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        w.openFile(QStringLiteral(SKOPOS_TEST_DATA "/ui/GridSearchCV.skops"));
        QVERIFY(opened.wait(20000));
        QTest::qWait(50);
        if (!fits(w)) {
            QString why;
            for (QWidget* c : w.findChildren<QWidget*>())
                if (c->minimumSizeHint().height() > 120 || c->minimumSize().height() > 100
                    || (!(c->sizePolicy().verticalPolicy() & QSizePolicy::ShrinkFlag) && c->sizeHint().height() > 100)
                    || (c->layout() && c->layout()->minimumSize().height() > 120))
                    why += QStringLiteral("\n  %1 %2 min %3x%4 hint %5 layoutmin %6 parent %7")
                               .arg(QString::fromLatin1(c->metaObject()->className()), c->objectName())
                               .arg(c->minimumSizeHint().width())
                               .arg(c->minimumSizeHint().height())
                               .arg(c->sizeHint().height())
                               .arg(c->layout() ? c->layout()->minimumSize().height() : -1)
                               .arg(c->parentWidget()
                                        ? QString::fromLatin1(c->parentWidget()->metaObject()->className())
                                        : QString());
            qWarning("%s", qPrintable(why)); // what holds the window taller or wider than the screen
            QFAIL(qPrintable(describe(w)));
        }
    }

    void fitsAtEveryScale_data()
    {
        QTest::addColumn<QString>("scale");
        QTest::newRow("1") << QStringLiteral("1");
        QTest::newRow("1.5") << QStringLiteral("1.5");
        QTest::newRow("2") << QStringLiteral("2");
    }

    void fitsAtEveryScale()
    {
        if (!qgetenv(kChildScale).isEmpty())
            return; // a child runs windowFitsScreen only
        QFETCH(QString, scale);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile config(dir.filePath("screen.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({"screens": [{"name": "Test", "x": 0, "y": 0, "width": 1600, "height": 1000}]})");
        config.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen:configfile=") + config.fileName());
        env.insert(QStringLiteral("QT_SCALE_FACTOR"), scale);
        env.insert(QString::fromLatin1(kChildScale), scale);
        env.insert(QStringLiteral("HOME"), dir.path()); // the child's settings, apart from ours
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("windowFitsScreen")});
        QVERIFY(child.waitForFinished(120000));
        const QString out = QString::fromLocal8Bit(child.readAll());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("PASS   : TestWindowGeometry::windowFitsScreen()")), qPrintable(out));
    }
};

QTEST_MAIN(TestWindowGeometry)
#include "tst_windowgeometry.moc"
