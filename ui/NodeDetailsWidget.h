#pragma once
// The "Node" tab: what the selected node is (path, type, kind, loader,
// verdict and why) and, for arrays and large bytes, the array preview; the
// pane scrolls when the window is smaller than they need.

#include "LoadedDocument.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QScrollArea;

namespace skopos::ui {

class ArrayPreviewWidget;

class NodeDetailsWidget : public QWidget {
    Q_OBJECT
public:
    explicit NodeDetailsWidget(QWidget* parent = nullptr);

    void showNode(const std::shared_ptr<const LoadedDocument>& doc, NodeId n, const QString& keyPath);
    void clear();
    ArrayPreviewWidget* arrayPreview() const { return array_; }
    QString summaryText() const;
    QScrollArea* scrollArea() const { return scroll_; }

private:
    QScrollArea* scroll_;
    QLabel* summary_;
    QPlainTextEdit* value_;
    ArrayPreviewWidget* array_;
};

} // namespace skopos::ui
