#include "Settings.h"

#include <QFileInfo>
#include <QSettings>

namespace skopos::ui::settings {

namespace {
const char* kRecent = "recentFiles";
const char* kApproved = "trust/approvedTypes";
}

QStringList recentFiles()
{
    return QSettings().value(kRecent).toStringList();
}

void addRecentFile(const QString& path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = recentFiles();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > kMaxRecentFiles)
        list.removeLast();
    QSettings().setValue(kRecent, list);
}

void clearRecentFiles() { QSettings().remove(kRecent); }

std::set<std::string> approvedTypes()
{
    std::set<std::string> out;
    for (const QString& s : QSettings().value(kApproved).toStringList())
        out.insert(s.toStdString());
    return out;
}

void setApproved(const QString& typeName, bool approved)
{
    QSettings s;
    QStringList list = s.value(kApproved).toStringList();
    list.removeAll(typeName);
    if (approved)
        list.append(typeName);
    list.sort();
    s.setValue(kApproved, list);
}

} // namespace skopos::ui::settings
