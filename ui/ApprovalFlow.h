#pragma once
// What an approval does once the user gave it: remember it (for one file, by
// its SHA-256, or for all files), re-audit the tab it was given in and every
// other open tab it reaches, and keep the last withdrawal so it can be undone.
// MainWindow owns one; it finds the open tabs through `tabs` and updates its
// tab labels, status and actions when tabReaudited/changed arrive.

#include "Settings.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace skopos::ui {

class DocumentTab;

class ApprovalFlow : public QObject {
    Q_OBJECT
public:
    ApprovalFlow(std::function<QList<DocumentTab*>()> tabs, QObject* parent);

    // Approve (or withdraw) a type in `tab`: for that file, or for all files
    // when its trust panel's "remember for all files" is ticked. A withdrawal
    // removes the approval for the file and for all files (undo() restores it).
    void setApproved(DocumentTab* tab, const QString& typeName, bool approved);
    void approveTypes(DocumentTab* tab, const QStringList& typeNames);
    // Re-audits every open tab whose remembered approvals changed (after the
    // Trusted Types dialog).
    void reloadApprovals();
    // Re-audits every open tab against the trust profile in use now, on the
    // trees in memory.
    void reauditAll();

    // The last withdrawal, while it can be undone (the tab is still open).
    bool canUndo() const { return !undoType_.isEmpty(); }
    QString undoType() const { return undoType_; }
    void undo();

signals:
    // A tab's audit changed (its label and icon follow).
    void tabReaudited(DocumentTab* tab);
    // Something the window shows may have changed (status, actions).
    void changed();
    void message(const QString& text, int timeoutMs);
    // A withdrawal can be undone (true) or no longer (false).
    void undoAvailable(bool available);

private:
    // Re-audits the tabs (except `except`) whose remembered approvals changed.
    void reauditOthers(DocumentTab* except);
    void forgetUndo();

    std::function<QList<DocumentTab*>()> tabs_;
    // The last withdrawal: the approvals it removed and the tab it was made in.
    QString undoType_;
    QList<settings::Approval> undoApprovals_;
    QPointer<DocumentTab> undoTab_;
};

} // namespace skopos::ui
