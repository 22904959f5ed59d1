#include "Settings.h"

#include "LoadedDocument.h"
#include "trust/Approvals.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>

namespace skopos::ui::settings {

namespace {
const char* kRecent = "recentFiles";
const char* kLegacyApproved = "trust/approvedTypes"; // all-files approvals of earlier versions
const char* kApprovals = "trust/approvals";          // JSON (see exportApprovals)
const char* kPython = "load/python";

// The GUI's view of an approval (QString, QDateTime) and the core's value
// (trust/Approvals.h), which parses, writes and matches them for GUI and CLI.
skopos::Approval toCore(const Approval& a)
{
    return skopos::Approval{a.type.toStdString(), a.fileHash.toStdString(), a.fileName.toStdString(),
                            a.when.isValid() ? a.when.toUTC().toString(Qt::ISODate).toStdString() : std::string()};
}

Approval fromCore(const skopos::Approval& a)
{
    return Approval{QString::fromStdString(a.type), QString::fromStdString(a.sha256),
                    QString::fromStdString(a.fileName),
                    QDateTime::fromString(QString::fromStdString(a.approved), Qt::ISODate)};
}

// Every approval as the core value: the stored list plus the all-files
// approvals older versions kept.
skopos::Approvals stored()
{
    QSettings s;
    skopos::Approvals out = skopos::Approvals::parseList(s.value(kApprovals).toByteArray().toStdString());
    for (const QString& t : s.value(kLegacyApproved).toStringList()) {
        const skopos::Approval a{t.toStdString(), {}, {}, {}};
        if (!out.contains(a) && skopos::Approvals::invalidReason(a).empty())
            out.add(a);
    }
    return out;
}

void store(const skopos::Approvals& list)
{
    QSettings s;
    s.remove(kLegacyApproved);
    s.setValue(kApprovals, QByteArray::fromStdString(list.listJson()));
}
} // namespace

QStringList recentFiles() { return QSettings().value(kRecent).toStringList(); }

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

QList<Approval> approvals()
{
    QList<Approval> out;
    const skopos::Approvals all = stored(); // named: a temporary's list() would dangle in the loop
    for (const skopos::Approval& a : all.list())
        out.append(fromCore(a));
    return out;
}

void setApprovals(const QList<Approval>& list)
{
    skopos::Approvals core;
    for (const Approval& a : list)
        if (const skopos::Approval c = toCore(a); skopos::Approvals::invalidReason(c).empty())
            core.add(c);
    store(core);
}

void addApproval(const Approval& a)
{
    skopos::Approvals list = stored();
    list.add(toCore(a));
    store(list);
}

void removeApproval(const QString& type, const QString& fileHash)
{
    skopos::Approvals list = stored();
    list.remove(type.toStdString(), fileHash.toStdString());
    store(list);
}

ApprovalSnapshot approvalSnapshot()
{
    const skopos::Approvals all = stored();
    ApprovalSnapshot snap;
    snap.everywhere = all.forAllFiles();
    for (const skopos::Approval& a : all.list())
        if (!a.forAllFiles())
            snap.perFile[QString::fromStdString(a.sha256)] = all.approvedFor(a.sha256);
    return snap;
}

std::set<std::string> approvedFor(const QString& fileHash) { return stored().approvedFor(fileHash.toStdString()); }

std::set<std::string> approvedTypes() { return stored().forAllFiles(); }

void setApproved(const QString& typeName, bool approved)
{
    if (approved)
        addApproval(Approval{typeName, {}, {}, QDateTime::currentDateTimeUtc()});
    else
        removeApproval(typeName, {});
}

QByteArray exportApprovals() { return QByteArray::fromStdString(stored().toJson()); }

int importApprovals(const QByteArray& json, QString* error)
{
    skopos::Approvals incoming;
    try {
        incoming = skopos::Approvals::parse(std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
    } catch (const skopos::ApprovalsError& e) {
        switch (e.kind()) {
        case skopos::ApprovalsError::Kind::NotJson: {
            QJsonParseError pe;
            QJsonDocument::fromJson(json, &pe);
            *error = QObject::tr("not JSON: %1 at offset %2").arg(pe.errorString()).arg(pe.offset);
            break;
        }
        case skopos::ApprovalsError::Kind::BadEntry:
            *error = QObject::tr("approval %1 is not valid (needs a type and a scope of \"all files\" or "
                                 "\"file\" with a sha256)")
                         .arg(e.entry());
            break;
        default:
            *error = QObject::tr("not a Skopos trusted-types file (no \"format\": \"%1\")")
                         .arg(QLatin1String(skopos::Approvals::kFormatTag));
        }
        return -1;
    }
    skopos::Approvals list = stored();
    int added = 0;
    for (const skopos::Approval& a : incoming.list())
        if (!list.contains(a)) {
            list.add(a);
            ++added;
        }
    store(list);
    return added;
}

QString pythonInterpreter()
{
    const QString p = QSettings().value(kPython).toString().trimmed();
    return p.isEmpty() ? QStringLiteral("python3") : p;
}

void setPythonInterpreter(const QString& program) { QSettings().setValue(kPython, program.trimmed()); }

} // namespace skopos::ui::settings
