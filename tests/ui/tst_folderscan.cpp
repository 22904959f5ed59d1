// The folder view: scanning the 65 real-world files fills the table (in
// batches, from a worker thread), filters by verdict and text, sorts sizes
// as numbers, exports the same JSON lines as `skopos scan --jsonl` and CSV,
// double-click asks to open the file, Stop ends a scan early, and the main
// window opens a folder in its own window.
#include "TestData.h"

#include "FolderScanWidget.h"
#include "Language.h"
#include "MainWindow.h"

#include <QComboBox>
#include <QImage>
#include <QSet>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using skopos::ui::FolderScanWidget;
using skopos::ui::ScanTableModel;

class TestFolderScan : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qunsetenv("SKOPOS_PROFILE");
        // English, as the app shows it: the plural forms ("65 model files").
        QCOMPARE(skopos::ui::installTranslators(QStringLiteral("en")), QStringLiteral("en"));
    }

    void realworldFolder()
    {
        FolderScanWidget w;
        QSignalSpy done(&w, &FolderScanWidget::scanFinished);
        w.scanFolder(testdata::path("realworld"));
        QVERIFY(w.isScanning());
        QVERIFY(done.wait(300000));
        QVERIFY(!w.isScanning());
        ScanTableModel* m = w.model();
        QCOMPARE(m->rowCount(), 65);
        int untrusted = 0, errors = 0;
        for (int i = 0; i < m->rowCount(); ++i) {
            untrusted += m->result(i).verdict == skopos::scan::ScanVerdict::Untrusted;
            errors += m->result(i).verdict == skopos::scan::ScanVerdict::Error;
        }
        QVERIFY(untrusted > 0);
        QCOMPARE(errors, 0);
        QVERIFY(w.statusText().contains("65 model files"));

        auto* proxy = w.view()->model();
        w.verdictFilter()->setCurrentIndex(3); // Untrusted
        QCOMPARE(proxy->rowCount(), untrusted);
        w.verdictFilter()->setCurrentIndex(0);
        // Three bz2 pickles in the corpus (NOTES.txt: model.pbz2, vectorizer.pbz2, model.pkl.bz2).
        w.filterField()->setText("bz2");
        QCOMPARE(proxy->rowCount(), 3);
        w.filterField()->clear();
        QCOMPARE(proxy->rowCount(), 65);

        // Sizes sort as numbers, largest first.
        w.view()->sortByColumn(ScanTableModel::ColSize, Qt::DescendingOrder);
        qulonglong previous = ~0ull;
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const qulonglong size =
                proxy->index(r, ScanTableModel::ColSize).data(ScanTableModel::SortRole).toULongLong();
            QVERIFY(size <= previous);
            previous = size;
        }

        QSignalSpy open(&w, &FolderScanWidget::openRequested);
        const QModelIndex first = proxy->index(0, ScanTableModel::ColPath);
        emit w.view()->doubleClicked(first);
        QCOMPARE(open.count(), 1);
        QVERIFY(QFileInfo(open.at(0).at(0).toString()).isFile());

        QTemporaryDir dir;
        const QString jsonl = dir.filePath("scan.jsonl");
        QVERIFY(w.exportTo(jsonl));
        QFile f(jsonl);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 65);
        for (const auto& l : lines) {
            const QJsonObject o = QJsonDocument::fromJson(l).object();
            QCOMPARE(o.keys().size(), 13); // with "calls" (trust/Calls)
            QVERIFY(QFileInfo(o.value("path").toString()).isFile());
            QCOMPARE(o.value("sha256").toString().size(), 64);
        }
        const QString csv = dir.filePath("scan.csv");
        QVERIFY(w.exportTo(csv));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = c.readAll().trimmed().split('\n');
        QCOMPARE(rows.size(), 66);
        QVERIFY(rows[0].startsWith("path,size,sha256,format"));
    }

    // What a user sees: every verdict cell shows its word on a light colour of
    // its own (clean and error rows were solid black boxes: an invalid QColor
    // as BackgroundRole paints black).
    void verdictCellsReadable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString clean = testdata::path("realworld/tobiarnold__german-credit-risk/model.skops");
        QVERIFY(QFile::copy(clean, dir.filePath("clean.skops")));
        QVERIFY(QFile::copy(testdata::path("realworld/Lori10__Flight_Fare_Prediction/gradient_boosting.pkl"),
                            dir.filePath("untrusted.pkl")));
        QVERIFY(QFile::copy(testdata::path("malicious/skops_function_eval.skops"), dir.filePath("dangerous.skops")));
        // A real skops file cut in half: a download that stopped.
        QFile in(clean);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile cut(dir.filePath("cut.skops"));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(in.read(in.size() / 2));
        cut.close();

        FolderScanWidget w;
        w.resize(1000, 400);
        QSignalSpy done(&w, &FolderScanWidget::scanFinished);
        w.scanFolder(dir.path());
        QVERIFY(done.wait(60000));
        QCOMPARE(w.model()->rowCount(), 4);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTableView* view = w.view();
        view->clearSelection(); // the selection colour is not the verdict's
        view->selectionModel()->clearCurrentIndex();
        const QImage shot = view->viewport()->grab().toImage();
        QSet<QRgb> colours;
        QSet<int> verdicts;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex i = view->model()->index(r, ScanTableModel::ColVerdict);
            verdicts << i.data(ScanTableModel::VerdictRole).toInt();
            const QString word = i.data().toString();
            QVERIFY2(!word.isEmpty(), qPrintable(QString::number(r)));
            const QVariant bg = i.data(Qt::BackgroundRole);
            QVERIFY2(bg.canConvert<QBrush>(), qPrintable(word));
            const QColor c = bg.value<QBrush>().color();
            QVERIFY2(c.isValid() && c.lightness() > 150, qPrintable(word));
            QCOMPARE(i.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(Qt::black));
            // The painted cell: its corner (no text there) has the verdict colour, not black.
            const QRect cell = view->visualRect(i);
            const QPoint corner = cell.topRight() + QPoint(-2, 2);
            const QColor painted = shot.pixelColor(corner * shot.devicePixelRatio());
            QVERIFY2(painted.lightness() > 150, qPrintable(QStringLiteral("%1: %2").arg(word, painted.name())));
            QCOMPARE(painted.rgb(), c.rgb());
            colours << c.rgb();
            // The word is drawn: dark pixels inside the cell.
            int dark = 0;
            for (int x = cell.left(); x <= cell.right(); ++x)
                for (int y = cell.top(); y <= cell.bottom(); ++y)
                    dark += shot.pixelColor(QPoint(x, y) * shot.devicePixelRatio()).lightness() < 100;
            QVERIFY2(dark > 5 && dark < cell.width() * cell.height() / 3, qPrintable(word));
        }
        QCOMPARE(verdicts.size(), 4); // clean, untrusted, dangerous, error
        // The cut file's row says what happened in the user's words, then the reader's message.
        for (int r = 0; r < w.model()->rowCount(); ++r)
            if (w.model()->result(r).verdict == skopos::scan::ScanVerdict::Error)
                QVERIFY(w.model()
                            ->index(r, ScanTableModel::ColNames)
                            .data()
                            .toString()
                            .startsWith("Incomplete: the file ends early; was the download interrupted? — "));
        QCOMPARE(colours.size(), 4); // each its own colour
    }

    void stopEndsEarly()
    {
        FolderScanWidget w;
        QSignalSpy done(&w, &FolderScanWidget::scanFinished);
        w.scanFolder(testdata::path(""));
        w.stop();
        QVERIFY(done.wait(60000));
        QVERIFY(!w.isScanning());
        QVERIFY(w.model()->rowCount() < 600);
    }

    void mainWindowOpensFolder()
    {
        skopos::ui::MainWindow win;
        FolderScanWidget* w = win.openFolder(testdata::path("malicious"));
        QVERIFY(w);
        QSignalSpy done(w, &FolderScanWidget::scanFinished);
        QVERIFY(done.wait(60000));
        QCOMPARE(w->model()->rowCount(), 1);
        QCOMPARE(w->model()->result(0).verdict, skopos::scan::ScanVerdict::Dangerous);
    }
};

QTEST_MAIN(TestFolderScan)
#include "tst_folderscan.moc"
