#include "ModelDiagramItem.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace skopos::ui {

namespace {

constexpr qreal kPadX = 10, kPadY = 5; // text inside a box
constexpr qreal kDetailsGap = 4;       // between the title and the opened details
constexpr qreal kRadius = 4;
constexpr qreal kArrowHead = 6;
constexpr qreal kToggleRoom = 12; // the ▸ / ▾ before a title that opens

QFont titleFont() { return QApplication::font(); }

QFont detailsFont()
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setPointSizeF(std::max(6.0, titleFont().pointSizeF() * 0.9));
    return f;
}

// Multi-line text as it is drawn (no wrapping: a repr keeps its own line breaks).
QSizeF textSize(const QFont& font, const QString& text)
{
    if (text.isEmpty())
        return {};
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, 1e6, 1e6), Qt::AlignLeft | Qt::AlignTop, text).size();
}

QColor currentColour() { return QColor(25, 118, 210); }

} // namespace

DiagramItem::DiagramItem(Role role, QString key, NodeId node, QGraphicsItem* parent)
    : QGraphicsItem(parent), role_(role), key_(std::move(key)), node_(node)
{
    // Groups lie under their members; names and boxes are what a click finds.
    setZValue(role == Role::Group ? 0 : 1);
}

void DiagramItem::setText(const QString& title, const QString& details, bool expanded)
{
    title_ = title;
    details_ = details;
    expanded_ = expanded && !details.isEmpty();
}

void DiagramItem::setColours(const QColor& fill, const QColor& border, qreal borderWidth)
{
    fill_ = fill;
    border_ = border;
    borderWidth_ = borderWidth;
}

QSizeF DiagramItem::measure()
{
    const QSizeF t = textSize(titleFont(), title_);
    qreal w = t.width() + 2 * kPadX + (expandable() ? 2 * kToggleRoom : 0);
    qreal h = t.height() + 2 * kPadY;
    if (expanded_) {
        const QSizeF d = textSize(detailsFont(), details_);
        w = std::max(w, d.width() + 2 * kPadX);
        h += kDetailsGap + d.height() + kPadY;
    }
    setSize(QSizeF(std::ceil(w), std::ceil(h)));
    return rect_.size();
}

void DiagramItem::setSize(const QSizeF& s)
{
    prepareGeometryChange();
    rect_ = QRectF(QPointF(0, 0), s);
}

void DiagramItem::setCurrent(bool on)
{
    if (current_ == on)
        return;
    current_ = on;
    update();
}

QRectF DiagramItem::boundingRect() const
{
    const qreal m = std::max<qreal>(3, borderWidth_) + (role_ == Role::Group ? kArrowHead : 0);
    QRectF r = rect_.adjusted(-m, -m, m, m);
    for (const Line& l : lines_)
        r |= QRectF(l.line.p1(), l.line.p2()).normalized().adjusted(-kArrowHead, -kArrowHead, kArrowHead, kArrowHead);
    return r;
}

QPainterPath DiagramItem::shape() const
{
    QPainterPath path;
    path.addRect(rect_);
    return path;
}

void DiagramItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*)
{
    p->setRenderHint(QPainter::Antialiasing);
    if (role_ == Role::Group) {
        QPen linePen(QColor(120, 120, 120), 1.2);
        p->setPen(linePen);
        p->setBrush(QColor(120, 120, 120));
        for (const Line& l : lines_) {
            p->drawLine(l.line);
            if (l.arrow && l.line.length() > 0) {
                // A filled head at p2, pointing along the line.
                const QPointF tip = l.line.p2();
                const QLineF back = QLineF(tip, l.line.p1());
                QLineF side1 = back, side2 = back;
                side1.setLength(kArrowHead);
                side2.setLength(kArrowHead);
                side1.setAngle(back.angle() + 28);
                side2.setAngle(back.angle() - 28);
                p->drawPolygon(QPolygonF{tip, side1.p2(), side2.p2()});
            }
        }
        if (dashed_ || current_) {
            QPen pen(current_ ? currentColour() : border_, current_ ? 2.5 : borderWidth_);
            if (dashed_)
                pen.setStyle(Qt::DashLine);
            p->setPen(pen);
            p->setBrush(Qt::NoBrush);
            p->drawRoundedRect(rect_, kRadius, kRadius);
        }
        return;
    }
    p->setPen(QPen(current_ ? currentColour() : border_, current_ ? 2.5 : borderWidth_));
    p->setBrush(fill_);
    p->drawRoundedRect(rect_, kRadius, kRadius);
    // Black on the light fills (verdict colours included), in light and dark palettes alike.
    p->setPen(Qt::black);
    p->setFont(titleFont());
    const QSizeF t = textSize(titleFont(), title_);
    const QRectF titleRect(rect_.left(), rect_.top() + kPadY, rect_.width(), t.height());
    p->drawText(titleRect, Qt::AlignHCenter | Qt::AlignTop, title_);
    if (expandable()) {
        // scikit-learn's toggle: a small triangle, pointing down when open.
        const qreal s = 4, cx = rect_.left() + kPadX + s, cy = titleRect.center().y();
        const QPolygonF tri = expanded_
            ? QPolygonF{QPointF(cx - s, cy - s / 2), QPointF(cx + s, cy - s / 2), QPointF(cx, cy + s * 0.8)}
            : QPolygonF{QPointF(cx - s / 2, cy - s), QPointF(cx - s / 2, cy + s), QPointF(cx + s * 0.8, cy)};
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(105, 105, 105));
        p->drawPolygon(tri);
    }
    if (expanded_) {
        const qreal y = titleRect.bottom() + kDetailsGap / 2;
        p->setPen(QPen(QColor(0, 0, 0, 60), 1));
        p->drawLine(QPointF(rect_.left() + 4, y), QPointF(rect_.right() - 4, y));
        p->setPen(Qt::black);
        p->setFont(detailsFont());
        const QRectF d(rect_.left() + kPadX, titleRect.bottom() + kDetailsGap, rect_.width() - 2 * kPadX,
                       rect_.bottom() - titleRect.bottom() - kDetailsGap);
        p->drawText(d, Qt::AlignLeft | Qt::AlignTop, details_);
    }
}

} // namespace skopos::ui
