#pragma once
// Shared by tst_arraylayout and tst_arrayscale: a 3000 x 400 float64 array
// written by real numpy into a pickle at test time, and what a user sees of
// the preview table (rows fully visible, every visible number in full).

#include "ArrayPreviewWidget.h"
#include "ArrayTableModel.h"
#include "ObjectTreeModel.h"
#include "TestData.h"
#include "TreeFind.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QProcess>
#include <QStyle>
#include <QTableView>
#include <QtTest>

namespace arraylayout {

// What numpy says of the array it wrote: repr(float) of some cells.
struct BigArray {
    QString file;
    QString whyNot;               // empty when written
    QMap<QString, QString> cells; // "row,col" -> repr
};

// Writes big.pkl into `dir` with /usr/bin/python3 and numpy: columns of
// several magnitudes (long reprs such as -1.2345678901234567e-09).
inline BigArray writeBigArray(const QString& dir)
{
    BigArray b;
    b.file = dir + QStringLiteral("/big.pkl");
    const QString script = QStringLiteral(R"PY(
import pickle, sys
import numpy as np
a = np.random.default_rng(7).standard_normal((3000, 400))
a[:, ::3] *= 1e-9
a[:, 1::7] *= 1e12
with open(sys.argv[1], "wb") as f:
    pickle.dump({"weights": a}, f, protocol=4)
for r, c in [(0, 0), (2999, 0), (2999, 399), (1500, 200), (624, 5), (625, 5)]:
    print("%d,%d %r" % (r, c, float(a[r, c])))
)PY");
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, b.file});
    if (!p.waitForFinished(120000)) {
        b.whyNot = QStringLiteral("/usr/bin/python3 did not start or hung");
        return b;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        b.whyNot = QStringLiteral("numpy is not importable by /usr/bin/python3 (install python3-numpy): ")
            + QString::fromUtf8(p.readAllStandardError()).right(200);
        return b;
    }
    for (const QString& line :
         QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        b.cells.insert(line.section(QLatin1Char(' '), 0, 0), line.section(QLatin1Char(' '), 1));
    return b;
}

using uitest::findKey;

// Rows / columns wholly inside the table's viewport.
inline QList<int> visibleRows(const QTableView* v)
{
    QList<int> rows;
    const int h = v->viewport()->height();
    for (int r = std::max(0, v->rowAt(0)); r >= 0 && r < v->model()->rowCount(); ++r) {
        const int y = v->rowViewportPosition(r);
        if (y + v->rowHeight(r) > h)
            break;
        if (y >= 0)
            rows << r;
    }
    return rows;
}

inline QList<int> visibleColumns(const QTableView* v)
{
    QList<int> cols;
    const int w = v->viewport()->width();
    for (int c = std::max(0, v->columnAt(0)); c >= 0 && c < v->model()->columnCount(); ++c) {
        const int x = v->columnViewportPosition(c);
        if (x + v->columnWidth(c) > w)
            break;
        if (x >= 0)
            cols << c;
    }
    return cols;
}

// Every visible cell read (asking for them starts the reads).
inline bool visibleLoaded(skopos::ui::ArrayPreviewWidget& w)
{
    const QTableView* v = w.view();
    bool all = true;
    for (int r : visibleRows(v))
        for (int c : visibleColumns(v)) {
            v->model()->index(r, c).data();
            all = all && w.tableModel()->isCellLoaded(r, c);
        }
    return all;
}

// Every visible cell's text fits its column as the delegate draws it
// (QCommonStyle: a text margin of the focus frame margin + 1 a side, the
// grid line), so nothing is elided; returns the first that does not.
inline QString firstCutCell(const skopos::ui::ArrayPreviewWidget& w)
{
    const QTableView* v = w.view();
    const QFontMetrics fm(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int margin = v->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, v) + 1;
    for (int r : visibleRows(v))
        for (int c : visibleColumns(v)) {
            const QModelIndex i = v->model()->index(r, c);
            const QString text = i.data().toString();
            const QFont font = i.data(Qt::FontRole).value<QFont>();
            const int need = QFontMetrics(font).horizontalAdvance(text);
            const int room = v->columnWidth(c) - (v->showGrid() ? 1 : 0) - 2 * margin;
            if (text.isEmpty() || text == QStringLiteral("…") || need > room || fm.horizontalAdvance(text) > room)
                return QStringLiteral("row %1 column %2: '%3' needs %4 px, has %5")
                    .arg(r)
                    .arg(c)
                    .arg(text)
                    .arg(need)
                    .arg(room);
        }
    return {};
}

// A cell's text once its window is read (asking for it starts the read).
inline QString cellAt(const skopos::ui::ArrayPreviewWidget& w, std::int64_t row, std::int64_t col)
{
    const skopos::ui::ArrayTableModel* m = w.tableModel();
    const int r = static_cast<int>(row - m->rowBase()), c = static_cast<int>(col - m->colBase());
    m->index(r, c).data();
    if (!QTest::qWaitFor([&] { return m->isCellLoaded(r, c); }, 30000))
        return QStringLiteral("(not read)");
    return m->index(r, c).data().toString();
}

} // namespace arraylayout
