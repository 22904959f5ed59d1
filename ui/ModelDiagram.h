#pragma once
// The Model tab's picture of an estimator, drawn as scikit-learn's HTML
// display draws it (sklearn/utils/_estimator_html_repr.py): serial steps top
// to bottom joined by arrows, parallel branches side by side under their
// names (a ColumnTransformer's column selection opens below the name), a
// dashed frame around a meta-estimator and its estimator, one box per
// estimator ("300 × DecisionTreeClassifier" for an ensemble's members).
// There is one block item (DiagramItem::isBlock) per DiagramBlock.
//
// A click on a box or a name opens or closes what scikit-learn shows when
// it is clicked (an estimator's changed parameters, a branch's columns) and
// reports the block's tree node (nodeActivated), which the document tab
// selects in its tree. Boxes over subtrees with untrusted or dangerous
// nodes take the tree's verdict colours. Ctrl+wheel zooms; the arrow keys
// move between boxes, Enter or Space opens one. Export as SVG or PNG.

#include "describe/Description.h"

#include <QGraphicsView>

#include <memory>
#include <set>

namespace skopos::ui {

class DiagramItem;
struct LoadedDocument;

class ModelDiagram : public QGraphicsView {
    Q_OBJECT
public:
    explicit ModelDiagram(QWidget* parent = nullptr);

    // Draws `d`'s diagram; `doc` (may be null) gives the verdict colours.
    // The root's own name is `rootTitle` (its class), opening to the repr.
    void setDiagram(const Description& d, std::shared_ptr<const LoadedDocument> doc, const QString& rootTitle);
    void clear();
    // The audit changed: colours again, boxes stay open.
    void refreshColours() { rebuild(); }

    // Items of the current layout (a rebuild replaces them): blocks in
    // depth-first order, and every item that a click or a key reaches.
    QList<DiagramItem*> blockItems() const { return blockOrder_; }
    QList<DiagramItem*> focusItems() const { return focusOrder_; }
    DiagramItem* itemForKey(const QString& key) const;
    DiagramItem* currentItem() const;

    // What a click does: opens/closes the item and reports its node.
    void activate(DiagramItem* item);
    // Marks the first box or name of node `n` as current (the tree's
    // selection), without reporting it back; none when no box stands for it.
    void showNode(NodeId n);

    qreal zoom() const { return transform().m11(); }
    bool exportSvg(const QString& path, QString* error = nullptr);
    bool exportPng(const QString& path, QString* error = nullptr);

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToView();

signals:
    void nodeActivated(NodeId node);
    void zoomChanged(qreal zoom);

protected:
    void resizeEvent(QResizeEvent* e) override;
    void wheelEvent(QWheelEvent* e) override;
    void mousePressEvent(QMouseEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;

private:
    void rebuild();
    void setZoom(qreal z);
    // Until the user zooms, a diagram larger than the view is shown whole
    // (never enlarged), again whenever the view is resized.
    void autoFit();
    void setCurrentKey(const QString& key);
    void moveCurrent(int step);
    QRectF exportRect() const;
    template <class Paint>
    bool renderWithoutHighlight(Paint&& paint);

    Description description_;
    std::shared_ptr<const LoadedDocument> doc_;
    QString rootTitle_;
    bool shown_ = false;
    bool autoFit_ = false;
    std::set<QString> expanded_;
    QString currentKey_;
    QList<DiagramItem*> blockOrder_;
    QList<DiagramItem*> focusOrder_;
};

} // namespace skopos::ui
