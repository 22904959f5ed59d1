#include "TreeColumns.h"

#include "ObjectTreeModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTreeView>

#include <algorithm>

namespace skopos::ui {

namespace {

constexpr int kGap = 8; // pixels between class name and module
constexpr int kMinKeyWidth = 120;
constexpr int kMinTypeWidth = 140;
constexpr double kMaxKeyShare = 0.4; // of the viewport: the other columns stay in view
constexpr double kMaxTypeShare = 0.35;

// "GridSearchCV  sklearn.model_selection._search": the class in the row's
// colours, the module dimmer and cut at its end when the column is narrow.
class TypeNameDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem o(option);
        initStyleOption(&o, index);
        const QString cls = index.data(ObjectTreeModel::ClassNameRole).toString();
        const QString module = index.data(ObjectTreeModel::ModuleRole).toString();
        o.text.clear(); // background, selection and focus drawn by the style, the text below
        QStyle* style = o.widget ? o.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &o, painter, o.widget);
        QRect r = style->subElementRect(QStyle::SE_ItemViewItemText, &o, o.widget);
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, o.widget) + 1;
        r.adjust(margin, 0, -margin, 0);
        const bool selected = o.state & QStyle::State_Selected;
        const QColor text = o.palette.color(o.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled,
                                            selected ? QPalette::HighlightedText : QPalette::Text);
        painter->save();
        painter->setFont(o.font);
        painter->setPen(text);
        const QFontMetrics fm(o.font);
        const QString shown = fm.elidedText(cls, Qt::ElideRight, r.width());
        painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, shown);
        const int used = fm.horizontalAdvance(shown) + kGap;
        if (!module.isEmpty() && shown == cls && used < r.width()) {
            QFont mf = o.font;
            mf.setBold(false);
            QColor dim = text;
            dim.setAlphaF(0.6); // dimmer on any background, light or dark
            painter->setFont(mf);
            painter->setPen(dim);
            const QRect mr = r.adjusted(used, 0, 0, 0);
            painter->drawText(mr, Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetrics(mf).elidedText(module, Qt::ElideRight, mr.width()));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index); // the full name: about class + gap + module
        s.setWidth(s.width() + kGap);
        return s;
    }
};

void fitColumn(QTreeView* view, int column, int minimum, double share)
{
    const int before = view->columnWidth(column);
    view->resizeColumnToContents(column);
    const int maximum = std::max(minimum, static_cast<int>(view->viewport()->width() * share));
    view->setColumnWidth(column, std::clamp(view->columnWidth(column), minimum, std::max(maximum, before)));
}

} // namespace

void setUpTreeColumns(QTreeView* view)
{
    view->setItemDelegateForColumn(ObjectTreeModel::TypeColumn, new TypeNameDelegate(view));
    view->setTextElideMode(Qt::ElideRight);
    // Deep models nest ten levels and more: a narrower step leaves room for the keys.
    view->setIndentation(std::min(view->indentation(), 14));
    // An expanded branch may hold deeper or longer keys: widen (never narrow) the Key column.
    QObject::connect(view, &QTreeView::expanded, view, [view] {
        const int now = view->columnWidth(ObjectTreeModel::KeyColumn);
        view->resizeColumnToContents(ObjectTreeModel::KeyColumn);
        const int wanted = std::min(view->columnWidth(ObjectTreeModel::KeyColumn),
                                    static_cast<int>(view->viewport()->width() * kMaxKeyShare));
        view->setColumnWidth(ObjectTreeModel::KeyColumn, std::max(now, wanted));
    });
}

void fitTreeColumns(QTreeView* view)
{
    fitColumn(view, ObjectTreeModel::KeyColumn, kMinKeyWidth, kMaxKeyShare);
    fitColumn(view, ObjectTreeModel::TypeColumn, kMinTypeWidth, kMaxTypeShare);
}

} // namespace skopos::ui
