#pragma once
// What the GUI remembers between runs (QSettings): recent files and the
// types the user approved. Approvals are per type name, as skops' trusted
// list is; nothing ever approves "everything".

#include <QStringList>

#include <set>
#include <string>

namespace skopos::ui::settings {

constexpr int kMaxRecentFiles = 10;

QStringList recentFiles();
void addRecentFile(const QString& path);
void clearRecentFiles();

std::set<std::string> approvedTypes();
void setApproved(const QString& typeName, bool approved);

} // namespace skopos::ui::settings
