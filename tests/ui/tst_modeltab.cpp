// The Model tab on real files (skops, pickle and joblib forms of the corpus
// fixtures: a Pipeline, a ColumnTransformer, a GridSearchCV, a
// RandomForest, a StackingClassifier; nested ones from tests/data/describe): one box per block of describeModel's
// diagram, every box's click selects its node in the tree, the tab opens
// first for an estimator and is absent for other files, boxes carry the
// tree's verdict colours (and lose them when the type is approved), the
// repr is shown read-only and copied, and the export is a valid SVG naming
// the classes and a PNG that loads.
#include "DocumentTab.h"
#include "LoadedDocument.h"
#include "ModelDiagram.h"
#include "ModelDiagramItem.h"
#include "ModelTab.h"
#include "ObjectTreeModel.h"
#include "TestData.h"
#include "VerdictStyle.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QXmlStreamReader>
#include <QtTest>

using namespace skopos;
using namespace skopos::ui;

namespace {

void collect(const DiagramBlock& b, std::vector<const DiagramBlock*>& out)
{
    out.push_back(&b);
    for (const DiagramBlock& c : b.children)
        collect(c, out);
}

const TrustProfile& profileOf(const LoadedDocument& d) { return d.profile ? *d.profile : TrustProfile::bundled(); }

QPoint viewPoint(ModelDiagram& v, DiagramItem* it)
{
    v.ensureVisible(it, 4, 4);
    const QPointF local = it->role() == DiagramItem::Role::Group ? QPointF(1.5, 1.5)
                                                                 : QPointF(it->size().width() / 2, 8);
    return v.mapFromScene(it->mapToScene(local));
}

int modelPage(const DocumentTab& tab) { return tab.sideTabs()->indexOf(tab.modelTab()); }

} // namespace

class TestModelTab : public QObject {
    Q_OBJECT
private slots:
    void boxesAndClicks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("Pipeline skops") << QStringLiteral("fixtures/Pipeline/model.skops");
        QTest::newRow("ColumnTransformer pickle") << QStringLiteral("pickle/fixtures/ColumnTransformer/model.p4.pkl");
        QTest::newRow("GridSearchCV joblib") << QStringLiteral("pickle/fixtures/GridSearchCV/model.joblib");
        QTest::newRow("RandomForest skops") << QStringLiteral("fixtures/extra_forest/model.skops");
        QTest::newRow("RandomForest pickle p2") << QStringLiteral("pickle/fixtures/extra_forest/model.p2.pkl");
        QTest::newRow("StackingClassifier joblib.gz")
            << QStringLiteral("pickle/fixtures/StackingClassifier/model.joblib.gz");
        QTest::newRow("extra_pipeline skops") << QStringLiteral("fixtures/extra_pipeline/model.skops");
        // Nesting (scripts/make_describe_fixtures.py): pipelines in a column transformer, a search
        // over a pipeline, bagging around a tree, a feature union.
        QTest::newRow("nested ColumnTransformer joblib") << QStringLiteral("describe/nested_ct_pipeline/model.joblib");
        QTest::newRow("GridSearchCV over Pipeline skops") << QStringLiteral("describe/grid_over_pipeline/model.skops");
        QTest::newRow("Bagging pickle") << QStringLiteral("describe/bagging_meta/model.pkl");
        QTest::newRow("FeatureUnion joblib.gz") << QStringLiteral("describe/feature_union/model.joblib.gz");
    }
    void boxesAndClicks()
    {
        QFETCH(QString, file);
        auto doc = loadDocument(testdata::path(file), OpenOptions{}, std::set<std::string>{});
        QVERIFY(doc);
        DocumentTab tab;
        QAbstractItemModelTester tester(tab.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.resize(1400, 900);
        tab.setDocument(doc, file);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));

        const Description d = describeModel(doc->doc, profileOf(*doc));
        QVERIFY(d.isEstimator);
        // The Model tab is shown, and is the page the file opens on.
        QVERIFY(tab.modelTab()->isEstimator());
        QVERIFY(tab.sideTabs()->isTabVisible(modelPage(tab)));
        QCOMPARE(tab.sideTabs()->currentWidget(), tab.modelTab());
        QCOMPARE(tab.modelTab()->reprView()->toPlainText(), QString::fromStdString(d.repr));
        QVERIFY(tab.modelTab()->reprView()->isReadOnly());

        // One box per block, in the blocks' order, each for the block's node.
        ModelDiagram& v = *tab.modelTab()->diagram();
        std::vector<const DiagramBlock*> blocks;
        collect(d.diagram, blocks);
        const QList<DiagramItem*> items = v.blockItems();
        QCOMPARE(items.size(), static_cast<qsizetype>(blocks.size()));
        QStringList keys;
        for (qsizetype i = 0; i < items.size(); ++i) {
            QCOMPARE(items[i]->node(), blocks[static_cast<std::size_t>(i)]->node);
            keys << items[i]->key();
        }
        for (DiagramItem* it : v.focusItems())
            if (!it->isBlock())
                keys << it->key(); // the names select their block's node too

        // Clicking each box selects its node's row in the tree (at 100 %: a
        // diagram larger than the view opens fitted, and frames get thin).
        v.resetZoom();
        int clicked = 0;
        for (const QString& key : keys) {
            DiagramItem* it = v.itemForKey(key);
            QVERIFY2(it, qPrintable(key));
            const NodeId node = it->node();
            if (node == kNoNode)
                continue; // "passthrough", "drop": no node of their own
            tab.treeView()->setCurrentIndex(QModelIndex());
            QTest::mouseClick(v.viewport(), Qt::LeftButton, {}, viewPoint(v, it));
            const QModelIndex current = tab.treeView()->currentIndex();
            QVERIFY2(current.isValid(), qPrintable(key));
            QCOMPARE(tab.treeModel()->nodeId(current), node);
            QCOMPARE(v.currentItem()->key(), key); // the one clicked stays current
            ++clicked;
        }
        QVERIFY(clicked >= 1);
        QCOMPARE(tab.sideTabs()->currentWidget(), tab.modelTab()); // still on the diagram

        // Ensembles: the class, and its fitted members counted.
        int forests = 0;
        for (const DiagramBlock* b : blocks)
            if (b->kind == DiagramBlock::Kind::Single && b->label == "RandomForestClassifier" && ++forests) {
                QCOMPARE(b->count, 5u); // n_estimators=5
                QCOMPARE(v.blockItems()[std::find(blocks.begin(), blocks.end(), b) - blocks.begin()]->title(),
                         QStringLiteral("RandomForestClassifier\n5 × DecisionTreeClassifier"));
            }
        QCOMPARE(forests, file.contains(QLatin1String("forest")) ? 1 : 0);

        // The tree's selection shows in the diagram.
        tab.treeView()->setCurrentIndex(tab.treeModel()->index(0, 0));
        QVERIFY(v.currentItem());
        QCOMPARE(v.currentItem()->node(), doc->doc.tree.root);
    }

    void notForOtherFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("npy") << QStringLiteral("arrays/nd_c.npy");
        QTest::newRow("dict skops") << QStringLiteral("fixtures/extra_odd_objects/model.skops");
        QTest::newRow("dict pickle") << QStringLiteral("pickle/fixtures/extra_odd_objects/model.p4.pkl");
    }
    void notForOtherFiles()
    {
        QFETCH(QString, file);
        auto doc = loadDocument(testdata::path(file), OpenOptions{}, std::set<std::string>{});
        QVERIFY(doc);
        QVERIFY(!describeModel(doc->doc, profileOf(*doc)).isEstimator);
        // A tab that showed an estimator before: the Model page goes away.
        auto estimator = loadDocument(testdata::path(QStringLiteral("fixtures/Pipeline/model.skops")), OpenOptions{},
                                      std::set<std::string>{});
        DocumentTab tab;
        QAbstractItemModelTester tester(tab.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.setDocument(estimator, QStringLiteral("Pipeline"));
        QCOMPARE(tab.sideTabs()->currentIndex(), modelPage(tab));
        tab.setDocument(doc, file);
        QVERIFY(!tab.modelTab()->isEstimator());
        QVERIFY(!tab.sideTabs()->isTabVisible(modelPage(tab)));
        QCOMPARE(tab.sideTabs()->currentIndex(), 0); // the Node page
        QVERIFY(tab.modelTab()->diagram()->blockItems().isEmpty());
        // A new tab with it opens on the Node page as before.
        DocumentTab fresh;
        QAbstractItemModelTester freshTester(fresh.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        fresh.setDocument(doc, file);
        QCOMPARE(fresh.sideTabs()->currentIndex(), 0);
        QVERIFY(!fresh.sideTabs()->isTabVisible(modelPage(fresh)));
    }

    void verdictColours()
    {
        // GridSearchCV keeps an untrusted scorer (sklearn.metrics._scorer._passthrough_scorer)
        // beside its estimator: the search is orange, its LogisticRegression is not.
        const QString file = testdata::path(QStringLiteral("fixtures/GridSearchCV/model.skops"));
        auto doc = loadDocument(file, OpenOptions{}, std::set<std::string>{});
        QVERIFY(doc);
        DocumentTab tab;
        QAbstractItemModelTester tester(tab.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.setDocument(doc, file);
        ModelDiagram& v = *tab.modelTab()->diagram();
        const auto check = [&](int* coloured, int* plain) {
            for (DiagramItem* it : v.focusItems()) {
                if (it->node() == kNoNode)
                    continue;
                const bool unsafe = doc->unsafeBelow(it->node());
                QCOMPARE(it->fill() == verdictBackground(Verdict::Untrusted),
                         unsafe && !doc->dangerousBelow(it->node()));
                ++(unsafe ? *coloured : *plain);
            }
        };
        int coloured = 0, plain = 0;
        check(&coloured, &plain);
        QVERIFY(coloured >= 1); // the search
        QVERIFY(plain >= 1);    // its estimator
        // Approved: the colours follow the new audit.
        tab.applyAudit({"sklearn.metrics._scorer._passthrough_scorer"});
        coloured = plain = 0;
        check(&coloured, &plain);
        QCOMPARE(coloured, 0);
    }

    void reprCopiedAndExported()
    {
        const QString file = testdata::path(QStringLiteral("pickle/fixtures/Pipeline/model.p4.pkl"));
        auto doc = loadDocument(file, OpenOptions{}, std::set<std::string>{});
        QVERIFY(doc);
        DocumentTab tab;
        QAbstractItemModelTester tester(tab.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.resize(1200, 800);
        tab.setDocument(doc, file);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        const Description d = describeModel(doc->doc, profileOf(*doc));
        QVERIFY(!d.repr.empty());

        QGuiApplication::clipboard()->clear();
        tab.modelTab()->copyButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromStdString(d.repr));

        // Zoom keys while the diagram has the focus.
        ModelDiagram& v = *tab.modelTab()->diagram();
        QApplication::setActiveWindow(&tab);
        QVERIFY(QTest::qWaitForWindowActive(&tab));
        v.setFocus();
        QTRY_VERIFY(v.hasFocus());
        const qreal before = v.zoom();
        QTest::keyClick(&v, Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(v.zoom() > before);
        QTest::keyClick(&v, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(qFuzzyCompare(v.zoom(), before));

        QTemporaryDir dir;
        QString error;
        const QString svg = dir.filePath(QStringLiteral("pipeline.svg"));
        QVERIFY2(v.exportSvg(svg, &error), qPrintable(error));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QString text;
        int elements = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            elements += xml.isStartElement();
            if (xml.isCharacters())
                text += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(elements > 5);
        // Every estimator's class is written in the picture.
        std::vector<const DiagramBlock*> blocks;
        collect(d.diagram, blocks);
        for (const DiagramBlock* b : blocks)
            if (b->kind == DiagramBlock::Kind::Single)
                QVERIFY2(text.contains(QString::fromStdString(b->label)), b->label.c_str());

        const QString png = dir.filePath(QStringLiteral("pipeline.png"));
        QVERIFY2(v.exportPng(png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100 && image.height() > 100);
    }
};

QTEST_MAIN(TestModelTab)
#include "tst_modeltab.moc"
