// The array preview at QT_SCALE_FACTOR=2 (issue 22, item 2: the table showed
// 0 rows): a 3000 x 400 float64 array written by numpy, selected in a
// document tab of 1280 x 900 device-independent pixels at scale 2 (2560 x
// 1800 device pixels), shows at least 10 rows, every visible number in
// full, and leaves the splitter where it was; in a small window (600 x 400)
// the Node pane scrolls and the table still has its 10 rows.
#include "ArrayLayoutHelpers.h"
#include "DocumentTab.h"
#include "LoadedDocument.h"
#include "NodeDetailsWidget.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

using namespace skopos;
using skopos::ui::ArrayPreviewWidget;
using namespace arraylayout;

class TestArrayScale : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    BigArray big_;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(qApp->devicePixelRatio(), 2.0); // main() set the scale before the application
        QVERIFY(dir_.isValid());
        big_ = writeBigArray(dir_.path());
    }

    void scaleTwo_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("paneScrolls");
        QTest::newRow("1280x900") << QSize(1280, 900) << false;
        QTest::newRow("600x400") << QSize(600, 400) << true;
    }
    void scaleTwo()
    {
        if (!big_.whyNot.isEmpty())
            SKOPOS_ORACLE_SKIP(big_.whyNot);
        QFETCH(QSize, size);
        QFETCH(bool, paneScrolls);
        auto doc = ui::loadDocument(big_.file, OpenOptions{}, std::set<std::string>{});
        QVERIFY(doc);
        ui::DocumentTab tab;
        ArrayPreviewWidget& w = *tab.details()->arrayPreview();
        QAbstractItemModelTester tester(w.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.setDocument(doc, QStringLiteral("big.pkl"));
        tab.resize(size);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        const QList<int> sizes = tab.splitter()->sizes();
        const QModelIndex weights = findKey(tab.treeModel(), QStringLiteral("weights"));
        QVERIFY(weights.isValid());
        QSignalSpy ready(&w, &ArrayPreviewWidget::previewReady);
        tab.treeView()->setCurrentIndex(weights);
        QVERIFY(ready.count() || ready.wait(30000));
        QVERIFY(QTest::qWaitFor([&] { return visibleLoaded(w); }, 30000));
        QTest::qWait(50);
        QCOMPARE(tab.size(), size); // the window did not grow to fit the pane
        QCOMPARE(tab.splitter()->sizes(), sizes);
        QVERIFY2(visibleRows(w.view()).size() >= ArrayPreviewWidget::kMinRows,
                 qPrintable(QStringLiteral("%1 rows visible").arg(visibleRows(w.view()).size())));
        QVERIFY2(firstCutCell(w).isEmpty(), qPrintable(firstCutCell(w)));
        QCOMPARE(cellAt(w, 0, 0), big_.cells.value(QStringLiteral("0,0")));
        QCOMPARE(tab.details()->scrollArea()->verticalScrollBar()->maximum() > 0, paneScrolls);
    }
};

int main(int argc, char** argv)
{
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestArrayScale t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}

#include "tst_arrayscale.moc"
