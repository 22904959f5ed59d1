#pragma once
// The "Trust" tab: every type skops would refuse, each with its own checkbox
// to approve it (approval re-runs the audit), the dangerous names (never
// approvable here), notes, and the `trusted=[...]` text skops.io.load takes.
// There is deliberately no "trust everything" control (CVE-2024-37065).

#include "LoadedDocument.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace skopos::ui {

class TrustPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrustPanel(QWidget* parent = nullptr);

    void setDocument(const std::shared_ptr<const LoadedDocument>& doc);
    QString trustedText() const;
    QListWidget* typeList() const { return types_; }

public slots:
    void copyTrustedList();
    void saveTrustedList();

signals:
    void approvalChanged(const QString& typeName, bool approved);

private:
    void itemChanged(QListWidgetItem* item);

    QLabel* intro_;
    QListWidget* types_;
    QLabel* dangerous_;
    QLabel* notes_;
    QPlainTextEdit* trusted_;
    QPushButton* copy_;
    QPushButton* save_;
    std::shared_ptr<const LoadedDocument> doc_;
    bool filling_ = false;
};

} // namespace skopos::ui
