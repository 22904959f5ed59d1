#include "ModelTab.h"

#include "ModelDiagram.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <exception>

namespace skopos::ui {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QAction* action(QWidget* owner, const QString& text, const QList<QKeySequence>& keys)
{
    auto* a = new QAction(text, owner);
    a->setShortcuts(keys);
    // Only while the Model tab has the focus: the tree and the raw view keep their keys.
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(a);
    return a;
}

// Short texts on the buttons (the menu has the full ones): the side pane stays narrow.
QToolButton* button(QAction* a, const QString& shortText)
{
    auto* b = new QToolButton;
    b->setDefaultAction(a);
    b->setText(shortText);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(true);
    return b;
}

} // namespace

ModelTab::ModelTab(QWidget* parent)
    : QWidget(parent), diagram_(new ModelDiagram), repr_(new QPlainTextEdit), copy_(new QPushButton(tr("&Copy"))),
      fitted_(new QLabel), zoomLabel_(new QLabel)
{
    QAction* zoomIn = action(this, tr("Zoom In"), {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction* zoomOut = action(this, tr("Zoom Out"), {QKeySequence::ZoomOut});
    QAction* fit = action(this, tr("Fit to View"), {QKeySequence(Qt::CTRL | Qt::Key_0)});
    QAction* actual = action(this, tr("Actual Size"), {QKeySequence(Qt::CTRL | Qt::Key_1)});
    QAction* svg = action(this, tr("Export as SVG…"), {});
    QAction* png = action(this, tr("Export as PNG…"), {});
    QAction* copyRepr = action(this, tr("Copy repr"), {});
    zoomIn->setToolTip(tr("Zoom in (Ctrl+=, Ctrl+wheel)"));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+-, Ctrl+wheel)"));
    fit->setToolTip(tr("Show the whole diagram (Ctrl+0)"));
    actual->setToolTip(tr("Show the diagram at 100 % (Ctrl+1)"));
    svg->setToolTip(tr("Save the diagram as an SVG picture"));
    png->setToolTip(tr("Save the diagram as a PNG picture"));
    connect(zoomIn, &QAction::triggered, diagram_, &ModelDiagram::zoomIn);
    connect(zoomOut, &QAction::triggered, diagram_, &ModelDiagram::zoomOut);
    connect(fit, &QAction::triggered, diagram_, &ModelDiagram::fitToView);
    connect(actual, &QAction::triggered, diagram_, &ModelDiagram::resetZoom);
    connect(svg, &QAction::triggered, this, &ModelTab::exportSvgInteractive);
    connect(png, &QAction::triggered, this, &ModelTab::exportPngInteractive);
    connect(copyRepr, &QAction::triggered, this, &ModelTab::copyRepr);
    diagram_->setContextMenuPolicy(Qt::ActionsContextMenu);
    diagram_->addActions({zoomIn, zoomOut, fit, actual, svg, png, copyRepr});
    diagram_->setToolTip(tr("Click a box to see its parameters and select it in the tree; "
                            "arrow keys move between boxes, Enter opens one; Ctrl+wheel zooms."));
    connect(diagram_, &ModelDiagram::nodeActivated, this, &ModelTab::nodeActivated);
    connect(diagram_, &ModelDiagram::zoomChanged, this,
            [this](qreal z) { zoomLabel_->setText(tr("%1 %", "zoom").arg(qRound(z * 100))); });
    zoomLabel_->setText(tr("%1 %", "zoom").arg(100));

    auto* tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(button(zoomOut, tr("−", "zoom out button")));
    tools->addWidget(button(zoomIn, tr("+", "zoom in button")));
    tools->addWidget(button(actual, tr("1:1", "actual size button")));
    tools->addWidget(button(fit, tr("Fit", "fit to view button")));
    tools->addWidget(zoomLabel_);
    tools->addStretch(1);
    tools->addWidget(button(svg, tr("SVG…", "export button")));
    tools->addWidget(button(png, tr("PNG…", "export button")));

    repr_->setReadOnly(true);
    repr_->setLineWrapMode(QPlainTextEdit::NoWrap);
    repr_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    repr_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    copy_->setToolTip(tr("Copy the repr text to the clipboard"));
    connect(copy_, &QPushButton::clicked, this, &ModelTab::copyRepr);
    fitted_->setWordWrap(true);
    fitted_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* reprHead = new QHBoxLayout;
    auto* reprTitle = new QLabel(tr("As scikit-learn prints it (repr, changed parameters only):"));
    reprTitle->setWordWrap(true);
    reprHead->addWidget(reprTitle, 1);
    reprHead->addWidget(copy_);
    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(reprHead);
    bottomLayout->addWidget(repr_, 1);
    bottomLayout->addWidget(fitted_);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(diagram_);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(split, 1);
}

void ModelTab::setDocument(std::shared_ptr<const LoadedDocument> doc)
{
    doc_ = std::move(doc);
    describe();
}

void ModelTab::auditChanged()
{
    if (doc_ && doc_->profile != describedWith_)
        describe(); // the constructor defaults come from the profile
    else
        diagram_->refreshColours();
}

void ModelTab::describe()
{
    description_ = Description{};
    describedWith_.reset();
    if (!doc_) {
        diagram_->clear();
        repr_->clear();
        fitted_->clear();
        return;
    }
    describedWith_ = doc_->profile;
    QString failure;
    try {
        if (doc_->description && doc_->describedWith == doc_->profile)
            description_ = *doc_->description; // described by the opening worker
        else
            description_ = describeModel(doc_->doc, doc_->profile ? *doc_->profile : TrustProfile::bundled());
    } catch (const std::exception& e) {
        description_ = Description{};
        failure = tr("This model could not be described: %1").arg(QString::fromUtf8(e.what()));
    }
    const ObjectTree& t = doc_->doc.tree;
    QString rootClass = QString::fromUtf8(t.typeName(t.root));
    rootClass = rootClass.mid(rootClass.lastIndexOf(QLatin1Char('.')) + 1);
    if (description_.isEstimator)
        diagram_->setDiagram(description_, doc_, rootClass);
    else
        diagram_->clear();
    repr_->setPlainText(failure.isEmpty() ? qs(description_.repr) : failure);
    fitted_->setText(fittedText());
    fitted_->setVisible(!fitted_->text().isEmpty());
}

QString ModelTab::fittedText() const
{
    const FittedSummary& f = description_.fitted;
    QStringList lines;
    if (!description_.versionNote.empty())
        lines << qs(description_.versionNote);
    if (!f.sklearnVersion.empty())
        lines << tr("Saved with scikit-learn %1").arg(qs(f.sklearnVersion));
    if (f.nFeaturesIn >= 0)
        lines << tr("Features seen in fit (n_features_in_): %1").arg(f.nFeaturesIn);
    if (!f.featureNamesIn.empty()) {
        QStringList names;
        for (const std::string& n : f.featureNamesIn)
            names << qs(n);
        const auto more = f.featureNamesTotal - static_cast<std::int64_t>(f.featureNamesIn.size());
        lines << (more > 0 ? tr("Feature names: %1, … (%n in all)", nullptr, static_cast<int>(f.featureNamesTotal))
                                 .arg(names.join(QStringLiteral(", ")))
                           : tr("Feature names: %1").arg(names.join(QStringLiteral(", "))));
    }
    if (!f.classes.empty()) {
        QStringList classes;
        for (const std::string& c : f.classes)
            classes << qs(c);
        lines << tr("Classes: %1").arg(classes.join(QStringLiteral(", ")));
    }
    if (f.nodes > 0)
        lines << tr("Size: %n node(s), %1 in arrays", nullptr,
                    static_cast<int>(std::min<std::uint64_t>(f.nodes, INT_MAX)))
                     .arg(QLocale().formattedDataSize(static_cast<qint64>(f.arrayBytes)));
    return lines.join(QLatin1Char('\n'));
}

void ModelTab::copyRepr() { QGuiApplication::clipboard()->setText(repr_->toPlainText()); }

QString ModelTab::suggestedExportPath(const QString& suffix) const
{
    if (!doc_)
        return QStringLiteral("model.") + suffix;
    const QFileInfo f(QString::fromStdString(doc_->doc.path));
    return f.absoluteDir().filePath(f.baseName() + QStringLiteral("-diagram.") + suffix);
}

void ModelTab::exportSvgInteractive()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export Diagram as SVG"),
                                                suggestedExportPath(QStringLiteral("svg")), tr("SVG pictures (*.svg)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".svg");
    QString error;
    if (!diagram_->exportSvg(path, &error))
        QMessageBox::warning(this, tr("Export Diagram"), error);
}

void ModelTab::exportPngInteractive()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export Diagram as PNG"),
                                                suggestedExportPath(QStringLiteral("png")), tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    QString error;
    if (!diagram_->exportPng(path, &error))
        QMessageBox::warning(this, tr("Export Diagram"), error);
}

} // namespace skopos::ui
