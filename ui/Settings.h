#pragma once
// What the GUI remembers between runs (QSettings): recent files, the types
// the user approved, and the Python interpreter used by "Load in Python".
//
// Approvals are per type name, as skops' trusted list is, and by default per
// file: remembered with the SHA-256 of the file the user reviewed, so the
// same name in another file needs its own review. An approval "for all
// files" is an explicit choice. Nothing ever approves "everything".

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <map>
#include <set>
#include <string>

namespace skopos::ui {
struct ApprovalSnapshot;
}

namespace skopos::ui::settings {

constexpr int kMaxRecentFiles = 10;

QStringList recentFiles();
void addRecentFile(const QString& path);
void clearRecentFiles();

struct Approval {
    QString type;
    QString fileHash; // SHA-256 hex of the file; empty: approved for all files
    QString fileName; // where the approval was given (shown in the Trusted Types dialog)
    QDateTime when;
    bool forAllFiles() const { return fileHash.isEmpty(); }
    bool operator==(const Approval& o) const { return type == o.type && fileHash == o.fileHash; }
};

QList<Approval> approvals();
void setApprovals(const QList<Approval>& list);
// Adds (or refreshes) one approval; removeApproval drops the one with that type and scope.
void addApproval(const Approval& a);
void removeApproval(const QString& type, const QString& fileHash);
// Everything the opening worker needs, read once on the GUI thread.
ApprovalSnapshot approvalSnapshot();
// Types approved for this file: its own approvals plus those for all files.
std::set<std::string> approvedFor(const QString& fileHash);

// Types approved for all files (the list older versions kept).
std::set<std::string> approvedTypes();
void setApproved(const QString& typeName, bool approved);

// A JSON document of every approval, for the Trusted Types dialog's export/import.
QByteArray exportApprovals();
// Adds the approvals of an exported document; returns how many, or -1 with `error` set.
int importApprovals(const QByteArray& json, QString* error);

// "Load in Python": the interpreter to run (default python3).
QString pythonInterpreter();
void setPythonInterpreter(const QString& program);

} // namespace skopos::ui::settings
