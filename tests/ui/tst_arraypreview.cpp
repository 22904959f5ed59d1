// The array preview against numpy and scipy: structured dtypes (every
// scikit-learn tree's `nodes`) one column per field, N-d slices, sparse
// matrices as triplets and dense, the cap note, go to, copying cells.
//
// Expected cells come from numpy/scipy: tests/ui/array_oracle.py, run with
// /usr/bin/python3 (python3-numpy and python3-scipy, installed by
// scripts/deps.sh); a test that needs it skips, saying why, when they are not
// importable. The data are real files: corpus fixtures (tests/data/fixtures,
// tests/data/arrays/*.pkl|*.joblib.gz copied from ../shared/corpus) and files
// written by numpy/scipy/skops (scripts/make_array_fixtures.py).
#include "ArrayPreviewWidget.h"
#include "ArraySparseModel.h"
#include "ArrayTableModel.h"
#include "LoadedDocument.h"
#include "NodeDetailsWidget.h"
#include "TestData.h"
#include "document/Open.h"
#include "io/SparseReader.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace skopos;
using skopos::ui::ArrayPreviewWidget;

namespace {

bool g_oracle = false;
QString g_oracleWhy;

// Lines printed by array_oracle.py (numpy/scipy's view of the same array).
QStringList oracle(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            QStringList{QStringLiteral(SKOPOS_SOURCE_DIR "/tests/ui/array_oracle.py")} + args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        QTest::qFail(qPrintable("array_oracle.py " + args.join(' ')
                                + " failed: " + QString::fromUtf8(p.readAllStandardError()).right(400)),
                     __FILE__, __LINE__);
        return {};
    }
    QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// Every row of a model as its cells' display text joined by tabs.
QStringList modelRows(const QAbstractItemModel* m)
{
    QStringList rows;
    for (int r = 0; r < m->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m->columnCount(); ++c)
            cells << m->index(r, c).data().toString();
        rows << cells.join('\t');
    }
    return rows;
}

QString headers(const QAbstractItemModel* m)
{
    QStringList h;
    for (int c = 0; c < m->columnCount(); ++c)
        h << m->headerData(c, Qt::Horizontal).toString();
    return h.join('\t');
}

// The first array whose descr contains `needle` (in node order).
NodeId findArray(const Document& d, const std::string& needle)
{
    for (NodeId n = 0; n < d.tree.size(); ++n)
        if (const ArrayInfo* a = d.tree.array(n);
            a && d.tree.node(n).kind == Kind::Array && a->descr.find(needle) != std::string::npos)
            return n;
    return kNoNode;
}

NodeId childPath(const Document& d, std::initializer_list<const char*> path)
{
    NodeId n = d.tree.root;
    for (const char* key : path)
        n = d.tree.child(n, key);
    return n;
}

// Every row once each window is read (reading a cell starts its window's read).
QStringList loadedRows(ArrayPreviewWidget& w)
{
    const ui::ArrayTableModel* m = w.tableModel();
    modelRows(m);
    const bool all = QTest::qWaitFor(
        [&] {
            for (int r = 0; r < m->rowCount(); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    if (!m->isCellLoaded(r, c)) {
                        m->index(r, c).data();
                        return false;
                    }
            return true;
        },
        20000);
    return all ? modelRows(m) : QStringList{QStringLiteral("(not all read)")};
}

bool waitReady(ArrayPreviewWidget& w)
{
    QSignalSpy ready(&w, &ArrayPreviewWidget::previewReady);
    return ready.count() > 0 || ready.wait(20000);
}

struct Preview {
    ArrayPreviewWidget w;
    // Every model of the widget is checked from the start.
    QAbstractItemModelTester t1{w.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester t2{w.sparseModel(), QAbstractItemModelTester::FailureReportingMode::QtTest};
};

} // namespace

class TestArrayPreview : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Missing data fails the run here, by name (openDocument would throw mid-test).
        for (const char* f : {"fixtures/DecisionTreeClassifier/model.skops", "fixtures/extra_forest/model.skops",
                              "arrays/DecisionTreeClassifier.p4.pkl", "arrays/DecisionTreeClassifier.joblib.gz",
                              "arrays/extra_sparse_svc.p4.pkl", "arrays/nd_c.npy", "arrays/nd_f_be.npy",
                              "arrays/struct_padded.npy", "arrays/sparse_formats.skops", "arrays/deflated.skops",
                              "ui/extra_sparse_svc.skops", "ui/StandardScaler.skops", "ui/StandardScaler.probe.npy"})
            QVERIFY2(QFile::exists(testdata::path(QString::fromLatin1(f))),
                     qPrintable(QStringLiteral("missing test data: ") + f));
        QProcess probe;
        probe.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral("-c"), QStringLiteral("import numpy, scipy.sparse")});
        if (!probe.waitForFinished(60000))
            g_oracleWhy = QStringLiteral("/usr/bin/python3 did not start or hung");
        else if (probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
            g_oracleWhy = QStringLiteral("numpy/scipy are not importable by /usr/bin/python3 (install python3-numpy "
                                         "python3-scipy, see scripts/deps.sh): ")
                + QString::fromUtf8(probe.readAllStandardError()).right(200);
        g_oracle = g_oracleWhy.isEmpty();
    }

    // Every tree's `nodes` (a structured dtype): one column per field named
    // after it, each value as numpy prints it, from a skops zip member, a
    // pickle's bytes, a gzip joblib stream and a forest's first tree.
    void structuredTreeNodes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("oracleFile"); // the same model saved by skops: numpy reads its member
        QTest::newRow("skops") << "fixtures/DecisionTreeClassifier/model.skops"
                               << "fixtures/DecisionTreeClassifier/model.skops";
        QTest::newRow("pickle") << "arrays/DecisionTreeClassifier.p4.pkl"
                                << "fixtures/DecisionTreeClassifier/model.skops";
        QTest::newRow("joblib.gz") << "arrays/DecisionTreeClassifier.joblib.gz"
                                   << "fixtures/DecisionTreeClassifier/model.skops";
        QTest::newRow("forest") << "fixtures/extra_forest/model.skops"
                                << "fixtures/extra_forest/model.skops";
    }
    void structuredTreeNodes()
    {
        if (!g_oracle)
            QSKIP(qPrintable(g_oracleWhy));
        QFETCH(QString, file);
        QFETCH(QString, oracleFile);
        const Document ref = openDocument(testdata::spath(oracleFile));
        const NodeId refNodes = findArray(ref, "left_child");
        QVERIFY2(refNodes != kNoNode, "the skops fixture has no tree nodes array");
        const QStringList expected = oracle({"cells", testdata::path(oracleFile),
                                             QString::fromStdString(ref.tree.array(refNodes)->source), "0", "-1", "0"});
        QVERIFY(expected.size() > 10);
        QCOMPARE(expected[0],
                 QStringLiteral("left_child\tright_child\tfeature\tthreshold\timpurity\tn_node_samples\t"
                                "weighted_n_node_samples"));

        const Document d = openDocument(testdata::spath(file));
        const NodeId n = findArray(d, "left_child");
        QVERIFY(n != kNoNode);
        Preview p;
        p.w.showArray(testdata::path(file), *d.tree.array(n));
        QVERIFY(waitReady(p.w));
        QCOMPARE(headers(p.w.tableModel()), expected[0]);
        QCOMPARE(modelRows(p.w.tableModel()), expected.mid(1));
        QVERIFY(p.w.capNoteText().isEmpty()); // nothing capped
    }

    // Explicit offsets (padding), a bool, a big-endian float32, a subarray
    // and a nested structure (written by numpy).
    void structuredPaddedBigEndian_data()
    {
        QTest::addColumn<QString>("rel");
        QTest::newRow("npy") << "arrays/struct_padded.npy";
        QTest::newRow("deflated skops member") << "arrays/deflated.skops";
    }
    void structuredPaddedBigEndian()
    {
        if (!g_oracle)
            QSKIP(qPrintable(g_oracleWhy));
        QFETCH(QString, rel);
        const QString file = testdata::path(rel);
        const Document d = openDocument(file.toStdString());
        const NodeId n = rel.endsWith(QLatin1String(".npy")) ? d.tree.root : childPath(d, {"records"});
        const ArrayInfo* a = d.tree.array(n);
        QVERIFY(a);
        const QStringList expected = oracle(
            {"cells", file, a->where == Where::ZipMember ? QString::fromStdString(a->source) : "-", "0", "-1", "0"});
        QCOMPARE(expected.size(), 6);
        Preview p;
        p.w.showArray(file, *a);
        QVERIFY(waitReady(p.w));
        QCOMPARE(headers(p.w.tableModel()), expected[0]);
        QCOMPARE(modelRows(p.w.tableModel()), expected.mid(1));
    }

    // A 2-d slice of an N-d array equals numpy's a[i, :, :] (and the other
    // axis choices, transposed when rows come after columns), in C and
    // Fortran order and both byte orders.
    void ndSlices_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rowAxis");
        QTest::addColumn<int>("colAxis");
        QTest::addColumn<QList<int>>("index");
        QTest::addColumn<QString>("sliceText");
        QTest::newRow("c [2,:,:]") << "arrays/nd_c.npy" << 1 << 2 << QList<int>{2, 0, 0} << "slice [2, :, :]";
        QTest::newRow("c [:,3,:]") << "arrays/nd_c.npy" << 0 << 2 << QList<int>{0, 3, 0} << "slice [:, 3, :]";
        QTest::newRow("c [:,1,:].T") << "arrays/nd_c.npy" << 2 << 0 << QList<int>{0, 1, 0}
                                     << "slice [:, 1, :] transposed";
        QTest::newRow("f be [1,:,:]") << "arrays/nd_f_be.npy" << 1 << 2 << QList<int>{1, 0, 0} << "slice [1, :, :]";
        QTest::newRow("f be [:,2,:].T") << "arrays/nd_f_be.npy" << 2 << 0 << QList<int>{0, 2, 0}
                                        << "slice [:, 2, :] transposed";
        QTest::newRow("f be [:,:,3]") << "arrays/nd_f_be.npy" << 0 << 1 << QList<int>{0, 0, 3} << "slice [:, :, 3]";
        QTest::newRow("deflated member [1,:,:]")
            << "arrays/deflated.skops" << 1 << 2 << QList<int>{1, 0, 0} << "slice [1, :, :]";
        QTest::newRow("deflated member [:,:,4].T")
            << "arrays/deflated.skops" << 1 << 0 << QList<int>{0, 0, 4} << "slice [:, :, 4] transposed";
        QTest::newRow("tree values [:,0,:]")
            << "fixtures/DecisionTreeClassifier/model.skops" << 0 << 2 << QList<int>{0, 0, 0} << "slice [:, 0, :]";
    }
    void ndSlices()
    {
        if (!g_oracle)
            QSKIP(qPrintable(g_oracleWhy));
        QFETCH(QString, file);
        QFETCH(int, rowAxis);
        QFETCH(int, colAxis);
        QFETCH(QList<int>, index);
        QFETCH(QString, sliceText);
        const Document d = openDocument(testdata::spath(file));
        NodeId n = d.tree.root;
        if (file.endsWith(QLatin1String("model.skops"))) // the tree's `values`, shape (37, 1, 2)
            n = childPath(d, {"state", "tree_", "state", "values"});
        else if (file.endsWith(QLatin1String("deflated.skops"))) {
            n = childPath(d, {"nd"});
            QVERIFY(d.tree.array(n) && d.tree.array(n)->compressed);
        }
        const ArrayInfo* a = d.tree.array(n);
        QVERIFY(a);
        QCOMPARE(a->shape.size(), std::size_t(3));
        QStringList args{"cells", testdata::path(file),
                         a->where == Where::ZipMember ? QString::fromStdString(a->source) : "-",
                         QString::number(rowAxis), QString::number(colAxis)};
        for (int i : index)
            args << QString::number(i);
        const QStringList expected = oracle(args);
        QVERIFY(expected.size() > 2);

        Preview p;
        p.w.showArray(testdata::path(file), *a);
        QVERIFY(waitReady(p.w));
        p.w.setSlice(std::vector<std::int64_t>(index.begin(), index.end()), rowAxis, colAxis);
        QVERIFY(waitReady(p.w));
        QCOMPARE(p.w.sliceText(), sliceText);
        QCOMPARE(modelRows(p.w.tableModel()), expected.mid(1));
    }

    // The spin boxes pick the slice: one per axis, enabled on the axes not shown.
    void ndSpinBoxes()
    {
        if (!g_oracle)
            QSKIP(qPrintable(g_oracleWhy));
        const QString file = testdata::path(QStringLiteral("arrays/nd_c.npy"));
        const Document d = openDocument(file.toStdString());
        Preview p;
        p.w.showArray(file, *d.tree.array(d.tree.root));
        QVERIFY(waitReady(p.w));
        QCOMPARE(p.w.sliceText(), QStringLiteral("slice [0, :, :]"));
        QCOMPARE(modelRows(p.w.tableModel()), oracle({"cells", file, "-", "1", "2", "0", "0", "0"}).mid(1));
        const QList<QSpinBox*> spins = p.w.findChildren<QSpinBox*>();
        QCOMPARE(spins.size(), 3);
        QVERIFY(spins[0]->isEnabled());
        QVERIFY(!spins[1]->isEnabled() && !spins[2]->isEnabled());
        QCOMPARE(spins[0]->maximum(), 2);
        p.w.findChildren<QSpinBox*>()[0]->setValue(2);
        QVERIFY(waitReady(p.w));
        QCOMPARE(p.w.sliceText(), QStringLiteral("slice [2, :, :]"));
        QCOMPARE(modelRows(p.w.tableModel()), oracle({"cells", file, "-", "1", "2", "2", "0", "0"}).mid(1));
        // Columns: axis 1 (the rows' axis) swaps the two: a[2].T.
        const QList<QComboBox*> combos = p.w.findChildren<QComboBox*>();
        QCOMPARE(combos.size(), 2);
        combos[1]->setCurrentIndex(1);
        QVERIFY(waitReady(p.w));
        QCOMPARE(p.w.sliceText(), QStringLiteral("slice [2, :, :] transposed"));
        QCOMPARE(modelRows(p.w.tableModel()), oracle({"cells", file, "-", "2", "1", "2", "0", "0"}).mid(1));
        // Rows: axis 0 frees axis 2's index.
        combos[0]->setCurrentIndex(0);
        QVERIFY(waitReady(p.w));
        QCOMPARE(p.w.sliceText(), QStringLiteral("slice [:, :, 0]"));
        QCOMPARE(modelRows(p.w.tableModel()), oracle({"cells", file, "-", "0", "1", "0", "0", "0"}).mid(1));
    }

    // 0-d: one cell; 1-d: one column headed "value".
    void zeroAndOneDimensional()
    {
        const QString file = testdata::path(QStringLiteral("ui/StandardScaler.skops"));
        const Document d = openDocument(file.toStdString());
        Preview p;
        p.w.showArray(file, *d.tree.array(childPath(d, {"state", "n_samples_seen_"})));
        QVERIFY(waitReady(p.w));
        QCOMPARE(modelRows(p.w.tableModel()), QStringList{QStringLiteral("80")});
        p.w.showArray(file, *d.tree.array(childPath(d, {"state", "mean_"})));
        QVERIFY(waitReady(p.w));
        QCOMPARE(p.w.tableModel()->columnCount(), 1);
        QCOMPARE(p.w.tableModel()->rowCount(), 8);
        QCOMPARE(p.w.tableModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("value"));
        QCOMPARE(p.w.tableModel()->index(1, 0).data().toString(), QStringLiteral("1.5230238761285622"));
    }

    // Sparse matrices: the stored entries as (row, column, value) in storage
    // order as scipy holds them, dense (zeros, duplicates summed) when at
    // most 100 x 100, and the facts say format, shape and nnz.
    void sparse_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QString>("oracleFile");
        QTest::addColumn<QStringList>("oraclePath");
        QTest::newRow("csr") << "arrays/sparse_formats.skops" << QStringList{"csr"} << "arrays/sparse_formats.skops"
                             << QStringList{"csr"};
        QTest::newRow("csc") << "arrays/sparse_formats.skops" << QStringList{"csc"} << "arrays/sparse_formats.skops"
                             << QStringList{"csc"};
        QTest::newRow("coo 120x7 float32") << "arrays/sparse_formats.skops" << QStringList{"coo"}
                                           << "arrays/sparse_formats.skops" << QStringList{"coo"};
        QTest::newRow("coo duplicates") << "arrays/sparse_formats.skops" << QStringList{"dup"}
                                        << "arrays/sparse_formats.skops" << QStringList{"dup"};
        QTest::newRow("svc skops") << "ui/extra_sparse_svc.skops" << QStringList{"state", "support_vectors_"}
                                   << "ui/extra_sparse_svc.skops" << QStringList{"state", "support_vectors_"};
        // The same model pickled: the object's __dict__ (data, indices, indptr, _shape).
        QTest::newRow("svc pickle") << "arrays/extra_sparse_svc.p4.pkl" << QStringList{"state", "support_vectors_"}
                                    << "ui/extra_sparse_svc.skops" << QStringList{"state", "support_vectors_"};
        QTest::newRow("svc pickle dual_coef_")
            << "arrays/extra_sparse_svc.p4.pkl" << QStringList{"state", "_dual_coef_"} << "ui/extra_sparse_svc.skops"
            << QStringList{"state", "_dual_coef_"};
    }
    void sparse()
    {
        if (!g_oracle)
            QSKIP(qPrintable(g_oracleWhy));
        QFETCH(QString, file);
        QFETCH(QStringList, path);
        QFETCH(QString, oracleFile);
        QFETCH(QStringList, oraclePath);
        const auto walk = [](const Document& d, const QStringList& keys) {
            NodeId n = d.tree.root;
            for (const QString& k : keys)
                n = d.tree.child(n, k.toStdString());
            return n;
        };
        const Document ref = openDocument(testdata::spath(oracleFile));
        const NodeId rn = walk(ref, oraclePath);
        QVERIFY(rn != kNoNode && ref.tree.node(rn).kind == Kind::Sparse);
        const ArrayInfo* refData = ref.tree.array(ref.tree.child(rn, "data"));
        QVERIFY(refData);
        const std::string member = refData->source.substr(0, refData->source.find('/')); // the .npz member
        const QStringList expected = oracle({"sparse", testdata::path(oracleFile), QString::fromStdString(member)});
        QVERIFY(expected.size() >= 2);
        const QStringList head = expected[0].split(' ');
        QCOMPARE(head.size(), 4);
        const int nnz = head[3].toInt();
        const QStringList triplets = expected.mid(1, nnz);
        const int denseAt = expected.indexOf(QStringLiteral("dense"));

        const Document d = openDocument(testdata::spath(file));
        const NodeId n = walk(d, path);
        QVERIFY(n != kNoNode && d.tree.node(n).kind == Kind::Sparse);
        Preview p;
        p.w.showSparse(testdata::path(file), findSparseParts(d.tree, n));
        QVERIFY(waitReady(p.w));
        QVERIFY2(p.w.factsText().contains(QStringLiteral("<b>sparse</b> %1").arg(head[0])),
                 qPrintable(p.w.factsText()));
        QVERIFY2(p.w.factsText().contains(QStringLiteral("<b>shape</b> (%1, %2)").arg(head[1], head[2])),
                 qPrintable(p.w.factsText()));
        QVERIFY2(p.w.factsText().contains(QStringLiteral("<b>nnz</b> %1 ").arg(nnz)), qPrintable(p.w.factsText()));
        ui::ArraySparseModel* m = p.w.sparseModel();
        QCOMPARE(p.w.view()->model(), m);
        QCOMPARE(m->dense(), denseAt >= 0); // small ones open dense
        m->setDense(false);
        QCOMPARE(headers(m), QStringLiteral("row\tcolumn\tvalue"));
        QCOMPARE(modelRows(m), triplets);
        if (denseAt >= 0) {
            m->setDense(true);
            QCOMPARE(modelRows(m), expected.mid(denseAt + 1));
        } else {
            m->setDense(true);
            QVERIFY(!m->dense()); // too large: stays triplets
            QVERIFY(p.w.capNoteText().contains(QStringLiteral("100 x 100")));
        }
    }

    // Selecting a sparse node in the details pane shows its preview: format,
    // shape and nnz (here the pickle's csr matrix, 73 x 8 with 276 entries:
    // numbers from scipy via the oracle in sparse()).
    void detailsShowSparseNode()
    {
        const QString file = testdata::path(QStringLiteral("arrays/extra_sparse_svc.p4.pkl"));
        auto doc = ui::loadDocument(file, OpenOptions{}, std::set<std::string>{});
        QVERIFY(doc);
        NodeId n = doc->doc.tree.child(doc->doc.tree.child(doc->doc.tree.root, "state"), "support_vectors_");
        QVERIFY(n != kNoNode);
        ui::NodeDetailsWidget details;
        ArrayPreviewWidget* w = details.arrayPreview();
        QAbstractItemModelTester t1{w->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest};
        QAbstractItemModelTester t2{w->sparseModel(), QAbstractItemModelTester::FailureReportingMode::QtTest};
        details.showNode(doc, n, QStringLiteral("state.support_vectors_"));
        QVERIFY(waitReady(*w));
        QVERIFY(!w->isHidden());
        QVERIFY2(w->factsText().contains(QStringLiteral("<b>sparse</b> csr")), qPrintable(w->factsText()));
        QVERIFY(w->factsText().contains(QStringLiteral("<b>shape</b> (73, 8)")));
        QVERIFY(w->factsText().contains(QStringLiteral("<b>nnz</b> 276 ")));
        QCOMPARE(w->view()->model(), w->sparseModel());
    }

    // Copy: the selection's bounding rectangle, tab-separated, as shown
    // (Ctrl+C in the table).
    void copyCells()
    {
        if (!g_oracle)
            QSKIP(qPrintable(g_oracleWhy));
        const QString file = testdata::path(QStringLiteral("fixtures/DecisionTreeClassifier/model.skops"));
        const Document d = openDocument(file.toStdString());
        const NodeId n = findArray(d, "left_child");
        const QStringList expected = oracle(
            {"cells", file, QString::fromStdString(d.tree.array(n)->source), "0", "-1", "0"});
        QVERIFY(expected.size() > 3);
        Preview p;
        p.w.resize(800, 600);
        p.w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&p.w));
        p.w.showArray(file, *d.tree.array(n));
        QVERIFY(waitReady(p.w));
        QTableView* v = p.w.view();
        QItemSelectionModel* sel = v->selectionModel();
        // Rows 1-2, fields threshold and impurity (columns 3-4).
        sel->select(QItemSelection(v->model()->index(1, 3), v->model()->index(2, 4)),
                    QItemSelectionModel::ClearAndSelect);
        QGuiApplication::clipboard()->clear();
        v->setFocus();
        QTest::keyClick(v, Qt::Key_C, Qt::ControlModifier);
        const auto cells = [&](int r) { return expected[r + 1].split('\t'); };
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 cells(1)[3] + '\t' + cells(1)[4] + '\n' + cells(2)[3] + '\t' + cells(2)[4] + '\n');
        // Two separate cells: the rectangle between them stays empty.
        sel->select(v->model()->index(0, 0), QItemSelectionModel::ClearAndSelect);
        sel->select(v->model()->index(1, 2), QItemSelectionModel::Select);
        p.w.copySelection();
        QCOMPARE(QGuiApplication::clipboard()->text(), cells(0)[0] + "\t\t\n\t\t" + cells(1)[2] + '\n');
    }

    // The note says what the statistics and picture cover when the first
    // window is not the whole slice; the table still holds every row (read
    // as it is shown); Go to (Ctrl+G, then Enter) selects and shows a cell.
    void capNoteAndGoTo()
    {
        if (!g_oracle)
            QSKIP(qPrintable(g_oracleWhy));
        const QString file = testdata::path(QStringLiteral("fixtures/DecisionTreeClassifier/model.skops"));
        const Document d = openDocument(file.toStdString());
        const NodeId n = findArray(d, "left_child");
        const QStringList expected = oracle(
            {"cells", file, QString::fromStdString(d.tree.array(n)->source), "0", "-1", "0"});
        QCOMPARE(expected.size(), 38); // 37 nodes
        Preview p;
        p.w.resize(800, 600);
        p.w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&p.w));
        p.w.setWindowCaps(10, 1000);
        p.w.showArray(file, *d.tree.array(n));
        QVERIFY(waitReady(p.w));
        QCOMPARE(p.w.capNoteText(),
                 QStringLiteral("Statistics and picture cover rows 0–9 of 37 (the first 10 elements). "
                                "The table reads the rest as you scroll; Go to (Ctrl+G) jumps to any cell."));
        QCOMPARE(p.w.tableModel()->rowCount(), 37);
        QCOMPARE(loadedRows(p.w), expected.mid(1)); // rows 10-36 read on demand, in windows of 10
        QVERIFY(p.w.tableModel()->windowsHeld() >= 4);

        p.w.view()->setFocus();
        QTest::keyClick(p.w.view(), Qt::Key_G, Qt::ControlModifier);
        auto* field = p.w.goToField();
        QVERIFY(field && field->hasFocus());
        field->setText(QStringLiteral("30, 3"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(p.w.view()->currentIndex(), p.w.tableModel()->index(30, 3));
        QCOMPARE(p.w.tableModel()->headerData(30, Qt::Vertical).toString(), QStringLiteral("30"));
        QCOMPARE(p.w.view()->currentIndex().data().toString(), expected[31].split('\t')[3]);
        QVERIFY(!p.w.goTo(37, 0)); // past the end
        QVERIFY(!p.w.goTo(0, 7));  // seven fields

        // Rows and columns of a 2-d array.
        const QString probe = testdata::path(QStringLiteral("ui/StandardScaler.probe.npy"));
        const Document pd = openDocument(probe.toStdString());
        p.w.setWindowCaps(4, 3);
        p.w.showArray(probe, *pd.tree.array(pd.tree.root));
        QVERIFY(waitReady(p.w));
        QCOMPARE(p.w.capNoteText(),
                 QStringLiteral("Statistics and picture cover rows 0–3 of 10 and columns 0–2 of 8 "
                                "(the first 12 elements). The table reads the rest as you scroll; "
                                "Go to (Ctrl+G) jumps to any cell."));
        const QStringList all = oracle({"cells", probe, "-", "0", "1"});
        QCOMPARE(loadedRows(p.w), all.mid(1));
        QVERIFY(p.w.goTo(9, 7));
        QCOMPARE(p.w.view()->currentIndex().data().toString(), all[10].split('\t')[7]);
        QCOMPARE(p.w.tableModel()->headerData(7, Qt::Horizontal).toString(), QStringLiteral("7"));

        // Uncapped: no note, one window.
        p.w.setWindowCaps(ArrayPreviewWidget::kPreviewElements, ArrayPreviewWidget::kPreviewColumns);
        p.w.showArray(probe, *pd.tree.array(pd.tree.root));
        QVERIFY(waitReady(p.w));
        QVERIFY(p.w.capNoteText().isEmpty());
        QCOMPARE(modelRows(p.w.tableModel()), all.mid(1));
        QCOMPARE(p.w.tableModel()->windowsHeld(), 1);
    }
};

QTEST_MAIN(TestArrayPreview)
#include "tst_arraypreview.moc"
