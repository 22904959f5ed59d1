// What the window says when a file does not open: one sentence in the user's
// words, the reader's message under "Show Details…" (real files: an empty
// one, a README named .pkl, a real skops file cut short); a folder given as
// a file is scanned instead, as `skopos FOLDER` does.
#include "FolderScanWidget.h"
#include "Language.h"
#include "MainWindow.h"
#include "TestData.h"

#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace skopos::ui;

class TestOpenMessages : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SkoposTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_openmessages"));
        QSettings().clear();
        QCOMPARE(installTranslators(QStringLiteral("en")), QStringLiteral("en"));
    }
    void cleanupTestCase() { QSettings().clear(); }

    void badFilesInUserWords_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("detail"); // part of the reader's message
        QTest::newRow("empty") << "empty"
                               << "The file is empty."
                               << "truncated";
        QTest::newRow("text named .pkl") << "text"
                                         << "Not a pickle or model file."
                                         << "";
        QTest::newRow("cut skops") << "cut"
                                   << "Incomplete: the file ends early; was the download interrupted?"
                                   << "no end of central directory record";
    }

    void badFilesInUserWords()
    {
        QFETCH(QString, kind);
        QFETCH(QString, summary);
        QFETCH(QString, detail);
        QTemporaryDir dir;
        QString path;
        if (kind == "empty") {
            path = dir.filePath("model.pkl");
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else if (kind == "text") {
            path = dir.filePath("model.pkl");
            QVERIFY(QFile::copy(testdata::path("ui/README.md"), path));
        } else {
            path = dir.filePath("model.skops");
            QFile in(testdata::path("ui/GridSearchCV.skops"));
            QVERIFY(in.open(QIODevice::ReadOnly));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(in.read(in.size() * 2 / 3));
        }
        MainWindow w;
        w.show();
        QSignalSpy failed(&w, &MainWindow::openFailed);
        w.openFile(path);
        QVERIFY(failed.wait(10000));
        auto* box = w.findChild<QMessageBox*>(QStringLiteral("openFailureBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("model.")));
        QCOMPARE(box->informativeText(), summary);
        // The technical detail is one click away: the reader's own message.
        const QString reader = failed.first().at(1).toString();
        QVERIFY(!reader.isEmpty());
        QVERIFY2(box->detailedText().contains(reader), qPrintable(box->detailedText()));
        QVERIFY2(box->detailedText().contains(detail), qPrintable(box->detailedText()));
        QVERIFY(!box->informativeText().contains(reader));
    }

    void folderIsScanned()
    {
        MainWindow w;
        w.show();
        const QString folder = testdata::path("malicious");
        w.openFile(folder);
        auto* scan = w.findChild<FolderScanWidget*>();
        QVERIFY(scan);
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("is a folder: scanning it")));
        QSignalSpy done(scan, &FolderScanWidget::scanFinished);
        QVERIFY(scan->isScanning() ? done.wait(60000) : true);
        QCOMPARE(scan->model()->rowCount(), 1);
        QVERIFY(!w.findChild<QMessageBox*>());
    }
};

QTEST_MAIN(TestOpenMessages)
#include "tst_openmessages.moc"
