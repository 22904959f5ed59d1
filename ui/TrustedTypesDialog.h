#pragma once
// Settings › Trusted Types…: every approval Skopos remembers, with where it
// came from (all files, or one file by name and content hash) and when;
// revoke, import and export (a JSON file, see settings::exportApprovals).

#include <QDialog>

class QTreeWidget;
class QPushButton;

namespace skopos::ui {

class TrustedTypesDialog : public QDialog {
    Q_OBJECT
public:
    explicit TrustedTypesDialog(QWidget* parent = nullptr);
    QTreeWidget* list() const { return list_; }

public slots:
    void revokeSelected();
    // Without a path, ask for one (starting in the home folder).
    bool importFrom(const QString& path = {});
    bool exportTo(const QString& path = {});
    void reload();

signals:
    // Approvals were revoked or imported: open files should re-check.
    void approvalsChanged();

private:
    QTreeWidget* list_;
    QPushButton* revoke_;
};

} // namespace skopos::ui
