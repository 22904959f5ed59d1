#pragma once
// One shape of the Model tab's diagram (ModelDiagram): an estimator's box,
// the frame of a serial or parallel group, or the name written above a step
// (a pipeline step's "name: Class", a ColumnTransformer's branch). Items only
// paint; the view decides what a click does, and the diagram is laid out
// again whenever a box opens or closes (ModelDiagram::rebuild).

#include "tree/ObjectTree.h"

#include <QColor>
#include <QGraphicsItem>
#include <QLineF>
#include <QString>

#include <vector>

namespace skopos::ui {

class DiagramItem : public QGraphicsItem {
public:
    // Estimator: a Single block (class name, or "passthrough"/"drop"/"None").
    // Group: a Serial or Parallel block (a dashed frame when dash-wrapped).
    // Name: the name of a block shown above it (not a block of its own).
    enum class Role { Estimator, Group, Name };
    enum { Type = UserType + 23 };

    DiagramItem(Role role, QString key, NodeId node, QGraphicsItem* parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    // Clicks hit the box or frame itself, not the margin of its outline and arrows.
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    Role role() const { return role_; }
    bool isBlock() const { return role_ != Role::Name; }
    // Where the item is in the diagram ("0/2/1"; a name ends in "#"): survives a rebuild.
    const QString& key() const { return key_; }
    // The tree node the item stands for (kNoNode for strings such as "passthrough").
    NodeId node() const { return node_; }
    const QString& title() const { return title_; }
    const QString& details() const { return details_; }
    bool expanded() const { return expanded_; }
    bool expandable() const { return role_ != Role::Group && !details_.isEmpty(); }
    bool isCurrent() const { return current_; }
    const QColor& fill() const { return fill_; }
    const QColor& border() const { return border_; }

    // Set while building, before the size is fixed.
    void setText(const QString& title, const QString& details, bool expanded);
    void setColours(const QColor& fill, const QColor& border, qreal borderWidth);
    void setDashed(bool dashed) { dashed_ = dashed; }
    // Estimators and names: their size from the text; groups: set by the layout.
    QSizeF measure();
    void setSize(const QSizeF& s);
    // The box or frame itself (boundingRect adds the outline and the arrows).
    QSizeF size() const { return rect_.size(); }
    // Groups: lines drawn between their members (arrows end in a head at p2).
    void addLine(const QLineF& l, bool arrow) { lines_.push_back({l, arrow}); }
    void setCurrent(bool on);

private:
    struct Line {
        QLineF line;
        bool arrow;
    };
    Role role_;
    QString key_;
    NodeId node_;
    QString title_, details_;
    bool expanded_ = false;
    bool current_ = false;
    bool dashed_ = false;
    QColor fill_, border_;
    qreal borderWidth_ = 1;
    QRectF rect_;
    std::vector<Line> lines_;
};

} // namespace skopos::ui
