#include "ModelDiagram.h"

#include "LoadedDocument.h"
#include "ModelDiagramItem.h"
#include "VerdictStyle.h"

#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QSvgGenerator>
#include <QResizeEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace skopos::ui {

namespace {

// Spacing of the layout, in scene units (pixels at 100 %).
constexpr qreal kFramePad = 10;    // inside a dashed frame
constexpr qreal kPlainPad = 3;     // inside a group without a frame (room for the current-box outline)
constexpr qreal kNameGap = 12;     // below a group's name, before its members
constexpr qreal kSerialGap = 24;   // between serial steps (the arrow)
constexpr qreal kParallelGap = 16; // between parallel branches
constexpr qreal kBarDrop = 10;     // from a parallel group's bar to its branches
constexpr qreal kSceneMargin = 16;
constexpr qreal kMinZoom = 0.1, kMaxZoom = 8, kZoomStep = 1.25;
constexpr double kMaxPngPixels = 64e6; // 2x export of a huge diagram, scaled down to this

QColor estimatorFill() { return QColor(240, 248, 255); } // scikit-learn's estimator boxes
QColor estimatorBorder() { return QColor(110, 150, 190); }
QColor nameFill() { return QColor(245, 245, 245); }
QColor nameBorder() { return QColor(190, 190, 190); }
QColor frameBorder() { return QColor(128, 128, 128); }

QString qs(const std::string& s) { return QString::fromStdString(s); }

// Builds the items of one diagram, depth first, mirroring scikit-learn's
// _write_estimator_html: a group shows the name it was given at its top;
// an estimator shows only its own class (a pipeline's step name is in its
// tooltip); a parallel branch shows its name above whatever it holds.
class Builder {
public:
    Builder(const LoadedDocument* doc, const std::set<QString>& expanded, QList<DiagramItem*>& blocks,
            QList<DiagramItem*>& focus)
        : doc_(doc), expanded_(expanded), blocks_(blocks), focus_(focus)
    {
    }

    DiagramItem* block(const DiagramBlock& b, const QString& key, const QString& heading, const QString& headingDetails,
                       bool first, QGraphicsItem* parent)
    {
        if (b.kind == DiagramBlock::Kind::Single)
            return estimator(b, key, heading, parent);
        auto* g = new DiagramItem(DiagramItem::Role::Group, key, b.node, parent);
        blocks_.push_back(g);
        const bool dashed = first || b.dashWrapped;
        g->setDashed(dashed);
        const std::uint8_t flags = unsafeFlags(b.node);
        const QColor border = (flags & SubtreeDangerous) ? containsDangerousForeground()
            : flags                                      ? containsUntrustedForeground()
                                                         : frameBorder();
        g->setColours(QColor(), border, flags ? 2.0 : 1.2);
        g->setToolTip(tip(b.node, heading));
        DiagramItem* head = heading.isEmpty() ? nullptr
                                              : name(key + QLatin1Char('#'), b.node, heading, headingDetails, g);
        const qreal pad = dashed ? kFramePad : kPlainPad;
        const qreal top = pad + (head ? head->size().height() + kNameGap : 0);

        QSizeF content;
        struct Placed {
            DiagramItem* name;
            DiagramItem* item;
            qreal width;
        };
        std::vector<Placed> members;
        for (std::size_t i = 0; i < b.children.size(); ++i) {
            const QString childKey = key + QLatin1Char('/') + QString::number(i);
            const QString n = i < b.names.size() ? qs(b.names[i]) : QString();
            const QString nd = i < b.nameDetails.size() ? qs(b.nameDetails[i]) : QString();
            const DiagramBlock& c = b.children[i];
            Placed p{nullptr, nullptr, 0};
            if (b.kind == DiagramBlock::Kind::Serial) {
                p.item = block(c, childKey, n, nd, false, g);
            } else {
                if (!n.isEmpty())
                    p.name = name(childKey + QLatin1Char('#'), c.node, n, nd, g);
                p.item = block(c, childKey, QString(), QString(), false, g);
            }
            p.width = std::max(size(p.item).width(), p.name ? size(p.name).width() : 0.0);
            members.push_back(p);
        }
        const bool serial = b.kind == DiagramBlock::Kind::Serial;
        // The members' extent.
        for (const Placed& p : members) {
            const qreal h = size(p.item).height() + (p.name ? size(p.name).height() + kNameGap : 0);
            if (serial) {
                content.setWidth(std::max(content.width(), p.width));
                content.setHeight(content.height() + h);
            } else {
                content.setWidth(content.width() + p.width);
                content.setHeight(std::max(content.height(), h));
            }
        }
        if (!members.empty()) {
            if (serial)
                content.rheight() += kSerialGap * static_cast<qreal>(members.size() - 1);
            else {
                content.rwidth() += kParallelGap * static_cast<qreal>(members.size() - 1);
                // Bars above and below join two or more branches; one branch just hangs below.
                content.rheight() += members.size() > 1 ? 2 * kBarDrop : kBarDrop;
            }
        }
        const qreal headWidth = head ? size(head).width() : 0;
        const qreal inner = std::max(content.width(), headWidth);
        const QSizeF total(inner + 2 * pad, top + content.height() + pad);
        g->setSize(total);
        const qreal mid = total.width() / 2;
        if (head) {
            head->setPos(mid - headWidth / 2, pad);
            if (!members.empty()) // the name leads into the members
                g->addLine(QLineF(mid, pad + size(head).height(), mid, top), serial);
        }
        if (serial) {
            qreal y = top;
            for (std::size_t i = 0; i < members.size(); ++i) {
                const QSizeF s = size(members[i].item);
                members[i].item->setPos(mid - s.width() / 2, y);
                y += s.height();
                if (i + 1 < members.size()) {
                    g->addLine(QLineF(mid, y, mid, y + kSerialGap), true);
                    y += kSerialGap;
                }
            }
        } else if (!members.empty()) {
            qreal x = mid - content.width() / 2;
            const qreal barTop = top, barBottom = top + content.height();
            qreal firstCentre = 0, lastCentre = 0;
            for (std::size_t i = 0; i < members.size(); ++i) {
                const Placed& p = members[i];
                const qreal c = x + p.width / 2;
                qreal y = barTop + kBarDrop;
                g->addLine(QLineF(c, barTop, c, y), members.size() == 1);
                if (p.name) {
                    const QSizeF ns = size(p.name);
                    p.name->setPos(c - ns.width() / 2, y);
                    y += ns.height();
                    g->addLine(QLineF(c, y, c, y + kNameGap), true);
                    y += kNameGap;
                }
                const QSizeF s = size(p.item);
                p.item->setPos(c - s.width() / 2, y);
                if (members.size() > 1)
                    g->addLine(QLineF(c, y + s.height(), c, barBottom), false);
                if (i == 0)
                    firstCentre = c;
                lastCentre = c;
                x += p.width + kParallelGap;
            }
            if (members.size() > 1) {
                g->addLine(QLineF(firstCentre, barTop, lastCentre, barTop), false);
                g->addLine(QLineF(firstCentre, barBottom, lastCentre, barBottom), false);
            }
        }
        return g;
    }

private:
    static QSizeF size(const DiagramItem* it) { return it->size(); }

    DiagramItem* estimator(const DiagramBlock& b, const QString& key, const QString& heading, QGraphicsItem* parent)
    {
        auto* it = new DiagramItem(DiagramItem::Role::Estimator, key, b.node, parent);
        blocks_.push_back(it);
        QString title = qs(b.label);
        if (b.count > 1) {
            // "RandomForestClassifier" over "300 × DecisionTreeClassifier".
            const QString member = memberClass(b.node);
            const QString members = ModelDiagram::tr("%1 × %2", "an ensemble's members: count × class")
                                        .arg(b.count)
                                        .arg(member.isEmpty() ? title : member);
            title = member.isEmpty() || member == title ? members : title + QLatin1Char('\n') + members;
        }
        it->setText(title, qs(b.details), expanded_.count(key) != 0);
        colour(it, b.node, estimatorFill(), estimatorBorder());
        it->setToolTip(tip(b.node, heading));
        it->measure();
        focus_.push_back(it);
        return it;
    }

    DiagramItem* name(const QString& key, NodeId node, const QString& text, const QString& details,
                      QGraphicsItem* parent)
    {
        auto* it = new DiagramItem(DiagramItem::Role::Name, key, node, parent);
        it->setText(text, details, expanded_.count(key) != 0);
        colour(it, node, nameFill(), nameBorder());
        it->setToolTip(tip(node, QString()));
        it->measure();
        focus_.push_back(it);
        return it;
    }

    // The class of an ensemble's first fitted member (estimators_, under the
    // object's state or right below it); empty when the tree does not say.
    QString memberClass(NodeId n) const
    {
        if (!doc_ || n == kNoNode)
            return {};
        const ObjectTree& t = doc_->doc.tree;
        NodeId list = t.child(n, "estimators_");
        if (!t.valid(list))
            list = t.child(t.child(n, "state"), "estimators_");
        std::vector<NodeId> level{list};
        for (int depth = 0; depth < 3 && !level.empty(); ++depth) {
            std::vector<NodeId> next;
            for (NodeId m : level)
                for (auto e = t.firstEdge(m); e != ObjectTree::kEnd && next.size() < 64; e = t.edge(e).next) {
                    const NodeId c = t.edge(e).child;
                    const std::string_view type = t.typeName(c);
                    if (type.rfind("sklearn.", 0) == 0) {
                        const QString q = QString::fromUtf8(type.data(), static_cast<qsizetype>(type.size()));
                        return q.mid(q.lastIndexOf(QLatin1Char('.')) + 1);
                    }
                    next.push_back(c);
                }
            level = std::move(next);
        }
        return {};
    }

    std::uint8_t unsafeFlags(NodeId n) const
    {
        if (!doc_ || n == kNoNode)
            return 0;
        return doc_->dangerousBelow(n) ? SubtreeDangerous : doc_->unsafeBelow(n) ? SubtreeUntrusted : 0;
    }

    // The tree's colours: the verdict background when something in the
    // subtree is untrusted (orange) or dangerous (red).
    void colour(DiagramItem* it, NodeId n, const QColor& fill, const QColor& border) const
    {
        const std::uint8_t f = unsafeFlags(n);
        if (f & SubtreeDangerous)
            it->setColours(verdictBackground(Verdict::Dangerous), containsDangerousForeground(), 1.5);
        else if (f)
            it->setColours(verdictBackground(Verdict::Untrusted), containsUntrustedForeground(), 1.5);
        else
            it->setColours(fill, border, 1);
    }

    QString tip(NodeId n, const QString& heading) const
    {
        QStringList lines;
        if (!heading.isEmpty())
            lines << heading;
        if (doc_ && n != kNoNode && n < doc_->doc.tree.size()) {
            const QString type = QString::fromUtf8(doc_->doc.tree.typeName(n));
            if (!type.isEmpty())
                lines << type;
            const Verdict v = doc_->verdict(n);
            if (isUnsafe(v))
                lines << verdictExplanation(v, type);
            else if (doc_->dangerousBelow(n))
                lines << ModelDiagram::tr("Something inside it is DANGEROUS: see the tree.");
            else if (doc_->unsafeBelow(n))
                lines << ModelDiagram::tr("Something inside it is untrusted: see the tree.");
            lines << ModelDiagram::tr("Click to open or close it and select it in the tree.");
        }
        return lines.join(QLatin1Char('\n'));
    }

    const LoadedDocument* doc_;
    const std::set<QString>& expanded_;
    QList<DiagramItem*>& blocks_;
    QList<DiagramItem*>& focus_;
};

} // namespace

ModelDiagram::ModelDiagram(QWidget* parent) : QGraphicsView(parent)
{
    auto* s = new QGraphicsScene(this);
    // The picture is a document: white like scikit-learn's, in every palette (and in exports).
    s->setBackgroundBrush(Qt::white);
    setScene(s);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setFocusPolicy(Qt::StrongFocus);
}

void ModelDiagram::setDiagram(const Description& d, std::shared_ptr<const LoadedDocument> doc, const QString& rootTitle)
{
    description_ = d;
    doc_ = std::move(doc);
    rootTitle_ = rootTitle;
    shown_ = true;
    expanded_.clear();
    currentKey_.clear();
    // As scikit-learn opens it: a lone estimator shows its parameters at once.
    if (d.diagram.kind == DiagramBlock::Kind::Single)
        expanded_.insert(QStringLiteral("r"));
    rebuild();
    autoFit_ = true;
    autoFit();
}

void ModelDiagram::autoFit()
{
    if (!autoFit_)
        return;
    const QRectF r = sceneRect();
    const QSize v = viewport()->size();
    if (r.isEmpty() || v.isEmpty())
        return;
    setZoom(std::min<qreal>(1, std::min(v.width() / r.width(), v.height() / r.height())));
    if (zoom() < 1)
        centerOn(r.center());
}

void ModelDiagram::resizeEvent(QResizeEvent* e)
{
    QGraphicsView::resizeEvent(e);
    autoFit();
}

void ModelDiagram::clear()
{
    description_ = Description{};
    doc_.reset();
    shown_ = false;
    expanded_.clear();
    currentKey_.clear();
    blockOrder_.clear();
    focusOrder_.clear();
    scene()->clear();
}

void ModelDiagram::rebuild()
{
    blockOrder_.clear();
    focusOrder_.clear();
    scene()->clear();
    if (!shown_)
        return;
    Builder b(doc_.get(), expanded_, blockOrder_, focusOrder_);
    DiagramItem* root = b.block(description_.diagram, QStringLiteral("r"), rootTitle_,
                                QString::fromStdString(description_.repr), true, nullptr);
    scene()->addItem(root);
    scene()->setSceneRect(
        scene()->itemsBoundingRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
    setCurrentKey(currentKey_);
}

DiagramItem* ModelDiagram::itemForKey(const QString& key) const
{
    for (QGraphicsItem* it : scene()->items())
        if (it->type() == DiagramItem::Type && static_cast<DiagramItem*>(it)->key() == key)
            return static_cast<DiagramItem*>(it);
    return nullptr;
}

DiagramItem* ModelDiagram::currentItem() const { return currentKey_.isEmpty() ? nullptr : itemForKey(currentKey_); }

void ModelDiagram::setCurrentKey(const QString& key)
{
    currentKey_ = key;
    for (QGraphicsItem* it : scene()->items())
        if (it->type() == DiagramItem::Type)
            static_cast<DiagramItem*>(it)->setCurrent(!key.isEmpty() && static_cast<DiagramItem*>(it)->key() == key);
}

void ModelDiagram::activate(DiagramItem* item)
{
    if (!item)
        return;
    const QString key = item->key(); // the item is gone after a rebuild
    const NodeId node = item->node();
    currentKey_ = key;
    if (item->expandable()) {
        if (!expanded_.erase(key))
            expanded_.insert(key);
        rebuild();
    } else {
        setCurrentKey(key);
    }
    if (DiagramItem* now = itemForKey(key))
        ensureVisible(now, 8, 8);
    if (node != kNoNode)
        emit nodeActivated(node);
}

void ModelDiagram::showNode(NodeId n)
{
    if (const DiagramItem* cur = currentItem(); cur && cur->node() == n)
        return; // a name and its box share a node: keep the one clicked
    QString key;
    if (n != kNoNode) {
        for (DiagramItem* it : focusOrder_)
            if (it->node() == n) {
                key = it->key();
                break;
            }
        if (key.isEmpty())
            for (DiagramItem* it : blockItems())
                if (it->node() == n) {
                    key = it->key();
                    break;
                }
    }
    setCurrentKey(key);
}

void ModelDiagram::moveCurrent(int step)
{
    if (focusOrder_.isEmpty())
        return;
    qsizetype at = -1;
    for (qsizetype i = 0; i < focusOrder_.size(); ++i)
        if (focusOrder_[i]->key() == currentKey_)
            at = i;
    qsizetype next = at < 0 ? (step > 0 ? 0 : focusOrder_.size() - 1) : at + step;
    next = std::clamp<qsizetype>(next, 0, focusOrder_.size() - 1);
    DiagramItem* it = focusOrder_[next];
    setCurrentKey(it->key());
    ensureVisible(it, 8, 8);
    if (it->node() != kNoNode)
        emit nodeActivated(it->node());
}

// --- zoom -------------------------------------------------------------------

void ModelDiagram::setZoom(qreal z)
{
    z = std::clamp(z, kMinZoom, kMaxZoom);
    if (std::abs(z - zoom()) < 1e-9)
        return;
    setTransform(QTransform::fromScale(z, z));
    emit zoomChanged(z);
}

void ModelDiagram::zoomIn()
{
    autoFit_ = false;
    setZoom(zoom() * kZoomStep);
}

void ModelDiagram::zoomOut()
{
    autoFit_ = false;
    setZoom(zoom() / kZoomStep);
}

void ModelDiagram::resetZoom()
{
    autoFit_ = false;
    setZoom(1);
}

void ModelDiagram::fitToView()
{
    autoFit_ = false;
    const QRectF r = sceneRect();
    const QSize v = viewport()->size();
    if (r.isEmpty() || v.isEmpty())
        return;
    setZoom(std::min(v.width() / r.width(), v.height() / r.height()));
    centerOn(r.center());
}

void ModelDiagram::wheelEvent(QWheelEvent* e)
{
    if (!(e->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(e);
        return;
    }
    autoFit_ = false;
    const qreal steps = e->angleDelta().y() / 120.0;
    if (steps != 0)
        setZoom(zoom() * std::pow(kZoomStep, steps));
    e->accept();
}

void ModelDiagram::mousePressEvent(QMouseEvent* e)
{
    if (e->button() == Qt::LeftButton) {
        for (QGraphicsItem* it = itemAt(e->position().toPoint()); it; it = it->parentItem())
            if (it->type() == DiagramItem::Type) {
                activate(static_cast<DiagramItem*>(it));
                e->accept();
                return;
            }
    }
    QGraphicsView::mousePressEvent(e); // empty space: drag to pan
}

void ModelDiagram::keyPressEvent(QKeyEvent* e)
{
    switch (e->key()) {
    case Qt::Key_Down:
    case Qt::Key_Right: moveCurrent(+1); return;
    case Qt::Key_Up:
    case Qt::Key_Left: moveCurrent(-1); return;
    case Qt::Key_Home: moveCurrent(-static_cast<int>(focusOrder_.size())); return;
    case Qt::Key_End: moveCurrent(static_cast<int>(focusOrder_.size())); return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (DiagramItem* it = currentItem()) {
            activate(it);
            return;
        }
        break;
    default: break;
    }
    QGraphicsView::keyPressEvent(e);
}

// --- export -----------------------------------------------------------------

QRectF ModelDiagram::exportRect() const
{
    return scene()->itemsBoundingRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
}

template <class Paint>
bool ModelDiagram::renderWithoutHighlight(Paint&& paint)
{
    // The picture shows the model, not where the user clicked last.
    DiagramItem* cur = currentItem();
    if (cur)
        cur->setCurrent(false);
    const bool ok = paint();
    if (cur)
        cur->setCurrent(true);
    return ok;
}

bool ModelDiagram::exportSvg(const QString& path, QString* error)
{
    const QRectF r = exportRect();
    if (scene()->items().isEmpty()) {
        if (error)
            *error = tr("There is no diagram to export.");
        return false;
    }
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(r.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), r.size()));
    svg.setTitle(rootTitle_);
    svg.setDescription(tr("Model diagram drawn by Skopos from the file, without loading it"));
    const bool ok = renderWithoutHighlight([&] {
        QPainter p;
        if (!p.begin(&svg))
            return false;
        scene()->render(&p, QRectF(QPointF(0, 0), r.size()), r);
        return p.end();
    });
    if (!ok || QFileInfo(path).size() <= 0) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

bool ModelDiagram::exportPng(const QString& path, QString* error)
{
    const QRectF r = exportRect();
    if (scene()->items().isEmpty()) {
        if (error)
            *error = tr("There is no diagram to export.");
        return false;
    }
    // Twice the screen size, sharp on high-density screens and in documents.
    qreal scale = 2;
    const double pixels = r.width() * r.height() * scale * scale;
    if (pixels > kMaxPngPixels)
        scale *= std::sqrt(kMaxPngPixels / pixels);
    QImage image((r.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error = tr("The diagram is too large for a picture.");
        return false;
    }
    image.fill(Qt::white);
    renderWithoutHighlight([&] {
        QPainter p(&image);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene()->render(&p, QRectF(image.rect()), r);
        return true;
    });
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace skopos::ui
