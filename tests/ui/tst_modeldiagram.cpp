// The Model tab's diagram on blocks built here (the shapes scikit-learn's
// _get_visual_block gives a stacking classifier, a column transformer and
// an ensemble): one block item per block, in the blocks' order; names above
// parallel branches and at the top of groups, not above a pipeline's lone
// estimators; dashed frames where scikit-learn dashes them; "N × Class" for
// ensembles; a click opens the box and reports its node; keys move between
// boxes; zoom; SVG and PNG export. Real files: tst_modeltab.
#include "ModelDiagram.h"
#include "ModelDiagramItem.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWheelEvent>
#include <QXmlStreamReader>
#include <QtTest>

using namespace skopos;
using namespace skopos::ui;

namespace {

DiagramBlock single(const std::string& label, NodeId node, const std::string& details = {}, std::uint32_t count = 1)
{
    DiagramBlock b;
    b.kind = DiagramBlock::Kind::Single;
    b.label = label;
    b.details = details;
    b.node = node;
    b.count = count;
    return b;
}

DiagramBlock group(DiagramBlock::Kind kind, std::vector<std::string> names, std::vector<std::string> details,
                   std::vector<DiagramBlock> children, bool dashed, NodeId node)
{
    DiagramBlock b;
    b.kind = kind;
    b.names = std::move(names);
    b.nameDetails = std::move(details);
    b.children = std::move(children);
    b.dashWrapped = dashed;
    b.node = node;
    return b;
}

// Pipeline(prep=ColumnTransformer(num=StandardScaler on [0, 1], cat=drop),
//          clf=BaggingClassifier(300 × DecisionTreeClassifier)), node ids made up.
Description sample()
{
    using K = DiagramBlock::Kind;
    Description d;
    d.isEstimator = true;
    d.repr = "Pipeline(steps=[...])";
    DiagramBlock ct = group(K::Parallel, {"num", "cat"}, {"[0, 1]", "['colour']"},
                            {single("StandardScaler", 11, "StandardScaler()"), single("drop", kNoNode)}, true, 10);
    DiagramBlock bag = group(K::Parallel, {"estimator: DecisionTreeClassifier"}, {"DecisionTreeClassifier()"},
                             {single("DecisionTreeClassifier", 21, "DecisionTreeClassifier()", 300)}, true, 20);
    d.diagram = group(K::Serial, {"prep: ColumnTransformer", "clf: BaggingClassifier"}, {"CT(...)", "Bagging(...)"},
                      {ct, bag}, false, 1);
    return d;
}

void collect(const DiagramBlock& b, std::vector<const DiagramBlock*>& out)
{
    out.push_back(&b);
    for (const DiagramBlock& c : b.children)
        collect(c, out);
}

QStringList titles(const ModelDiagram& v, DiagramItem::Role role)
{
    QStringList out;
    for (QGraphicsItem* it : v.scene()->items(Qt::AscendingOrder))
        if (it->type() == DiagramItem::Type && static_cast<DiagramItem*>(it)->role() == role)
            out << static_cast<DiagramItem*>(it)->title();
    out.sort();
    return out;
}

QPoint viewPoint(ModelDiagram& v, DiagramItem* it)
{
    v.ensureVisible(it, 4, 4);
    const QPointF local = it->role() == DiagramItem::Role::Group ? QPointF(1.5, 1.5)
                                                                 : QPointF(it->size().width() / 2, 8);
    return v.mapFromScene(it->mapToScene(local));
}

} // namespace

class TestModelDiagram : public QObject {
    Q_OBJECT
private slots:
    void oneItemPerBlockInOrder()
    {
        ModelDiagram v;
        const Description d = sample();
        v.setDiagram(d, nullptr, QStringLiteral("Pipeline"));
        std::vector<const DiagramBlock*> blocks;
        collect(d.diagram, blocks);
        const QList<DiagramItem*> items = v.blockItems();
        QCOMPARE(items.size(), static_cast<qsizetype>(blocks.size()));
        for (qsizetype i = 0; i < items.size(); ++i) {
            QCOMPARE(items[i]->node(), blocks[static_cast<std::size_t>(i)]->node);
            QCOMPARE(items[i]->role() == DiagramItem::Role::Estimator,
                     blocks[static_cast<std::size_t>(i)]->kind == DiagramBlock::Kind::Single);
        }
        // The scene holds exactly these blocks plus the names.
        int blockCount = 0;
        for (QGraphicsItem* it : v.scene()->items())
            blockCount += it->type() == DiagramItem::Type && static_cast<DiagramItem*>(it)->isBlock();
        QCOMPARE(blockCount, static_cast<int>(blocks.size()));
    }

    void namesAndTitlesAsScikitLearnShowsThem()
    {
        ModelDiagram v;
        v.setDiagram(sample(), nullptr, QStringLiteral("Pipeline"));
        // Estimators show their class; the ensemble its member count.
        QCOMPARE(titles(v, DiagramItem::Role::Estimator),
                 (QStringList{QStringLiteral("300 × DecisionTreeClassifier"), QStringLiteral("StandardScaler"),
                              QStringLiteral("drop")}));
        // Names: the root's class, the groups' step names, the parallel branches'
        // names; not the pipeline's own steps' names above lone estimators.
        QCOMPARE(
            titles(v, DiagramItem::Role::Name),
            (QStringList{QStringLiteral("Pipeline"), QStringLiteral("cat"), QStringLiteral("clf: BaggingClassifier"),
                         QStringLiteral("estimator: DecisionTreeClassifier"), QStringLiteral("num"),
                         QStringLiteral("prep: ColumnTransformer")}));
        // The root is always dashed; the column transformer and the bagging
        // estimator are dash-wrapped. Branch names open to their columns.
        DiagramItem* root = v.itemForKey(QStringLiteral("r"));
        QVERIFY(root);
        QCOMPARE(v.itemForKey(QStringLiteral("r/0/0#"))->details(), QStringLiteral("[0, 1]"));
        // Serial steps top to bottom, parallel branches side by side.
        DiagramItem* ct = v.itemForKey(QStringLiteral("r/0"));
        DiagramItem* bag = v.itemForKey(QStringLiteral("r/1"));
        QVERIFY(ct->sceneBoundingRect().bottom() < bag->sceneBoundingRect().top() + 1);
        DiagramItem* num = v.itemForKey(QStringLiteral("r/0/0"));
        DiagramItem* cat = v.itemForKey(QStringLiteral("r/0/1"));
        QVERIFY(num->mapToScene(QPointF(num->size().width(), 0)).x() < cat->mapToScene(QPointF(0, 0)).x());
        QCOMPARE(num->mapToScene(QPointF(0, 0)).y(), cat->mapToScene(QPointF(0, 0)).y());
        // Members lie inside their group's frame.
        const QRectF frame(ct->mapToScene(QPointF(0, 0)), ct->size());
        QVERIFY(frame.contains(QRectF(num->mapToScene(QPointF(0, 0)), num->size())));
    }

    void loneEstimatorOpensAtOnce()
    {
        ModelDiagram v;
        Description d;
        d.isEstimator = true;
        d.diagram = single("RandomForestClassifier", 3, "RandomForestClassifier(max_depth=4)");
        v.setDiagram(d, nullptr, QStringLiteral("RandomForestClassifier"));
        QCOMPARE(v.blockItems().size(), 1);
        QVERIFY(v.blockItems().front()->expanded()); // as scikit-learn's first box is checked
        const QSizeF open = v.blockItems().front()->size();
        v.activate(v.blockItems().front());
        QVERIFY(!v.blockItems().front()->expanded());
        QVERIFY(v.blockItems().front()->size().height() < open.height());
    }

    void clickOpensAndReportsTheNode()
    {
        ModelDiagram v;
        v.resize(900, 700);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        v.setDiagram(sample(), nullptr, QStringLiteral("Pipeline"));
        QSignalSpy activated(&v, &ModelDiagram::nodeActivated);

        // The scaler's box: opens to its parameters, reports node 11.
        DiagramItem* scaler = v.itemForKey(QStringLiteral("r/0/0"));
        QVERIFY(!scaler->expanded());
        const qreal closedHeight = scaler->size().height();
        QTest::mouseClick(v.viewport(), Qt::LeftButton, {}, viewPoint(v, scaler));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.takeFirst().at(0).value<NodeId>(), NodeId(11));
        scaler = v.itemForKey(QStringLiteral("r/0/0")); // laid out again
        QVERIFY(scaler->expanded());
        QVERIFY(scaler->isCurrent());
        QVERIFY(scaler->size().height() > closedHeight);

        // A branch name: opens to its columns, reports the branch's node.
        DiagramItem* num = v.itemForKey(QStringLiteral("r/0/0#"));
        QTest::mouseClick(v.viewport(), Qt::LeftButton, {}, viewPoint(v, num));
        QCOMPARE(activated.takeFirst().at(0).value<NodeId>(), NodeId(11));
        QVERIFY(v.itemForKey(QStringLiteral("r/0/0#"))->expanded());

        // A group's frame: reports its node; "drop" has none and reports nothing.
        QTest::mouseClick(v.viewport(), Qt::LeftButton, {}, viewPoint(v, v.itemForKey(QStringLiteral("r/1"))));
        QCOMPARE(activated.takeFirst().at(0).value<NodeId>(), NodeId(20));
        QTest::mouseClick(v.viewport(), Qt::LeftButton, {}, viewPoint(v, v.itemForKey(QStringLiteral("r/0/1"))));
        QVERIFY(activated.isEmpty());
        QCOMPARE(v.currentItem()->key(), QStringLiteral("r/0/1"));
    }

    void keysMoveBetweenBoxes()
    {
        ModelDiagram v;
        v.resize(900, 700);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        v.setDiagram(sample(), nullptr, QStringLiteral("Pipeline"));
        QSignalSpy activated(&v, &ModelDiagram::nodeActivated);
        const QList<DiagramItem*> order = v.focusItems();
        QVERIFY(order.size() >= 6);
        QTest::keyClick(&v, Qt::Key_Down);
        QCOMPARE(v.currentItem()->key(), order[0]->key()); // the root's name
        QCOMPARE(activated.takeFirst().at(0).value<NodeId>(), NodeId(1));
        QTest::keyClick(&v, Qt::Key_Down);
        QTest::keyClick(&v, Qt::Key_Down);
        const QString third = order[2]->key();
        QCOMPARE(v.currentItem()->key(), third);
        QTest::keyClick(&v, Qt::Key_Return);
        QVERIFY(v.itemForKey(third)->expanded());
        QTest::keyClick(&v, Qt::Key_Up);
        QCOMPARE(v.currentItem()->key(), v.focusItems()[1]->key());
        QTest::keyClick(&v, Qt::Key_End);
        QCOMPARE(v.currentItem()->key(), v.focusItems().back()->key());
        // The tree's selection shows in the diagram, and is not reported back.
        activated.clear();
        v.showNode(20);
        QCOMPARE(v.currentItem()->node(), NodeId(20));
        v.showNode(999);
        QVERIFY(!v.currentItem());
        QVERIFY(activated.isEmpty());
    }

    void zoomAndFit()
    {
        ModelDiagram v;
        v.resize(300, 200);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        v.setDiagram(sample(), nullptr, QStringLiteral("Pipeline"));
        QVERIFY(v.zoom() < 1.0); // larger than the view: shown whole at first
        v.resetZoom();
        QCOMPARE(v.zoom(), 1.0);
        v.zoomIn();
        QVERIFY(v.zoom() > 1.0);
        // Ctrl+wheel zooms out again; a plain wheel scrolls.
        const QPoint centre = v.viewport()->rect().center();
        QWheelEvent down(centre, v.viewport()->mapToGlobal(centre), {}, QPoint(0, -120), Qt::NoButton,
                         Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(v.viewport(), &down);
        QCOMPARE(v.zoom(), 1.0);
        v.fitToView();
        QVERIFY(v.zoom() < 1.0); // the diagram is larger than 300 x 200
        const QRectF shown = v.transform().mapRect(v.sceneRect());
        QVERIFY(shown.width() <= v.viewport()->width() + 1);
        QVERIFY(shown.height() <= v.viewport()->height() + 1);
        for (int i = 0; i < 40; ++i)
            v.zoomOut();
        QVERIFY(v.zoom() >= 0.1 - 1e-9); // bounded
    }

    void exportsSvgAndPng()
    {
        QTemporaryDir dir;
        ModelDiagram v;
        v.setDiagram(sample(), nullptr, QStringLiteral("Pipeline"));
        v.activate(v.itemForKey(QStringLiteral("r/0/0"))); // a current box: not in the picture
        const QString svg = dir.filePath(QStringLiteral("d.svg"));
        QString error;
        QVERIFY2(v.exportSvg(svg, &error), qPrintable(error));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QString root, text;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && root.isEmpty())
                root = xml.name().toString();
            if (xml.isCharacters())
                text += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        for (const char* label : {"Pipeline", "prep: ColumnTransformer", "300 × DecisionTreeClassifier", "drop"})
            QVERIFY2(text.contains(QString::fromUtf8(label)), label);

        const QString png = dir.filePath(QStringLiteral("d.png"));
        QVERIFY2(v.exportPng(png, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        const QRectF scene = v.scene()->itemsBoundingRect();
        QVERIFY(image.width() >= scene.width() * 2 - 1); // twice the screen size
        // Not blank: the boxes' fill is in it.
        bool boxFill = false;
        for (int y = 0; y < image.height() && !boxFill; y += 2)
            for (int x = 0; x < image.width() && !boxFill; x += 2)
                boxFill = image.pixelColor(x, y) == QColor(240, 248, 255);
        QVERIFY(boxFill);
        // Nowhere writable: an error, no crash.
        QVERIFY(!v.exportPng(dir.filePath(QStringLiteral("missing/d.png")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestModelDiagram)
#include "tst_modeldiagram.moc"
