#pragma once
// The "Trust" tab: every type skops would refuse, one row each with how many
// nodes carry it, its module and a short note of what is known about it; a
// checkbox approves it (the tree updates in place). Previous/Next jump to its
// nodes; "Approve module…" approves every type of one module after a
// confirmation listing them. Approvals hold for this file (by content hash)
// unless "Remember for all files" is ticked. Dangerous names can never be
// approved. Below: the trusted=[...] text skops.io.load takes.
// There is deliberately no "trust everything" control (CVE-2024-37065).

#include "LoadedDocument.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace skopos::ui {

class TrustPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { TypeColumn, NodesColumn, ModuleColumn, NoteColumn };

    explicit TrustPanel(QWidget* parent = nullptr);

    void setDocument(const std::shared_ptr<const LoadedDocument>& doc);
    QString trustedText() const;
    QTreeWidget* typeList() const { return types_; }
    QCheckBox* rememberForAllFiles() const { return rememberAll_; }
    QPushButton* approveModuleButton() const { return approveModule_; }
    QLabel* appliedLabel() const { return applied_; }
    // The selected type, empty when none.
    QString currentType() const;

    // What the panel knows about a type (the "Note" column).
    static QString noteFor(const QString& typeName, bool dangerous);
    static QString moduleOf(const QString& typeName);

public slots:
    void copyTrustedList();
    void saveTrustedList();
    // Asks for confirmation, then approves every unapproved type of the selected type's module.
    void approveSelectedModule();

signals:
    void approvalChanged(const QString& typeName, bool approved);
    void approveMany(const QStringList& typeNames);
    // Select the next (forward) or previous node of this type in the tree.
    void jumpToType(const QString& typeName, bool forward);

private:
    void itemChanged(QTreeWidgetItem* item, int column);
    void updateButtons();

    QLabel* intro_;
    QLabel* applied_;
    QTreeWidget* types_;
    QPushButton* previous_;
    QPushButton* next_;
    QPushButton* approveModule_;
    QCheckBox* rememberAll_;
    QLabel* dangerous_;
    QLabel* notes_;
    QPlainTextEdit* trusted_;
    QPushButton* copy_;
    QPushButton* save_;
    std::shared_ptr<const LoadedDocument> doc_;
    bool filling_ = false;
};

} // namespace skopos::ui
