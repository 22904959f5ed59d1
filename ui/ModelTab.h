#pragma once
// The "Model" tab of a document: what estimator the file holds, as
// scikit-learn would show it, computed from the static tree
// (describe/Description.h): the diagram (ModelDiagram) with zoom, fit and
// export, and below it the repr text (read-only, copyable) and what was
// fitted. The document tab shows it, and opens on it, when the root is a
// scikit-learn estimator.

#include "LoadedDocument.h"
#include "describe/Description.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace skopos::ui {

class ModelDiagram;

class ModelTab : public QWidget {
    Q_OBJECT
public:
    explicit ModelTab(QWidget* parent = nullptr);

    // Describes the document's root (nothing for null).
    void setDocument(std::shared_ptr<const LoadedDocument> doc);
    // The audit was replaced: new colours; a new trust profile may bring other defaults.
    void auditChanged();

    bool isEstimator() const { return description_.isEstimator; }
    const Description& description() const { return description_; }
    ModelDiagram* diagram() const { return diagram_; }
    QPlainTextEdit* reprView() const { return repr_; }
    QPushButton* copyButton() const { return copy_; }
    QLabel* fittedLabel() const { return fitted_; }

public slots:
    void copyRepr();
    void exportSvgInteractive();
    void exportPngInteractive();

signals:
    // A box was clicked (or reached with the keyboard): its tree node.
    void nodeActivated(NodeId node);

private:
    void describe();
    QString suggestedExportPath(const QString& suffix) const;
    QString fittedText() const;

    std::shared_ptr<const LoadedDocument> doc_;
    std::shared_ptr<const TrustProfile> describedWith_;
    Description description_;
    ModelDiagram* diagram_;
    QPlainTextEdit* repr_;
    QPushButton* copy_;
    QLabel* fitted_;
    QLabel* zoomLabel_;
};

} // namespace skopos::ui
