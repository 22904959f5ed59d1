#include "Settings.h"

#include "LoadedDocument.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>

namespace skopos::ui::settings {

namespace {
const char* kRecent = "recentFiles";
const char* kLegacyApproved = "trust/approvedTypes"; // all-files approvals of earlier versions
const char* kApprovals = "trust/approvals";          // JSON (see exportApprovals)
const char* kPython = "load/python";
const char* kFormatTag = "skopos-trusted-types";

QJsonObject toJson(const Approval& a)
{
    QJsonObject o{{QStringLiteral("type"), a.type},
                  {QStringLiteral("scope"), a.forAllFiles() ? QStringLiteral("all files") : QStringLiteral("file")}};
    if (!a.forAllFiles())
        o.insert(QStringLiteral("sha256"), a.fileHash);
    if (!a.fileName.isEmpty())
        o.insert(QStringLiteral("file"), a.fileName);
    if (a.when.isValid())
        o.insert(QStringLiteral("approved"), a.when.toUTC().toString(Qt::ISODate));
    return o;
}

bool fromJson(const QJsonObject& o, Approval& a)
{
    a.type = o.value(QStringLiteral("type")).toString().trimmed();
    const QString scope = o.value(QStringLiteral("scope")).toString();
    a.fileHash = scope == QStringLiteral("file") ? o.value(QStringLiteral("sha256")).toString().toLower() : QString();
    a.fileName = o.value(QStringLiteral("file")).toString();
    a.when = QDateTime::fromString(o.value(QStringLiteral("approved")).toString(), Qt::ISODate);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (a.type.isEmpty() || a.type.contains(QLatin1Char(' ')))
        return false;
    if (scope == QStringLiteral("file"))
        return hex.match(a.fileHash).hasMatch();
    return scope == QStringLiteral("all files");
}
} // namespace

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

QList<Approval> approvals()
{
    QSettings s;
    QList<Approval> out;
    const QJsonArray arr = QJsonDocument::fromJson(s.value(kApprovals).toByteArray()).array();
    for (const auto& v : arr) {
        Approval a;
        if (fromJson(v.toObject(), a) && !out.contains(a))
            out.append(a);
    }
    for (const QString& t : s.value(kLegacyApproved).toStringList()) {
        Approval a{t, {}, {}, {}};
        if (!out.contains(a))
            out.append(a);
    }
    return out;
}

void setApprovals(const QList<Approval>& list)
{
    QJsonArray arr;
    for (const Approval& a : list)
        arr.append(toJson(a));
    QSettings s;
    s.remove(kLegacyApproved);
    s.setValue(kApprovals, QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

void addApproval(const Approval& a)
{
    QList<Approval> list = approvals();
    list.removeAll(a);
    list.append(a);
    setApprovals(list);
}

void removeApproval(const QString& type, const QString& fileHash)
{
    QList<Approval> list = approvals();
    list.removeAll(Approval{type, fileHash, {}, {}});
    setApprovals(list);
}

ApprovalSnapshot approvalSnapshot()
{
    ApprovalSnapshot snap;
    for (const Approval& a : approvals()) {
        if (a.forAllFiles())
            snap.everywhere.insert(a.type.toStdString());
        else
            snap.perFile[a.fileHash].insert(a.type.toStdString());
    }
    return snap;
}

std::set<std::string> approvedFor(const QString& fileHash)
{
    std::set<std::string> out;
    for (const Approval& a : approvals())
        if (a.forAllFiles() || (!fileHash.isEmpty() && a.fileHash == fileHash))
            out.insert(a.type.toStdString());
    return out;
}

std::set<std::string> approvedTypes()
{
    std::set<std::string> out;
    for (const Approval& a : approvals())
        if (a.forAllFiles())
            out.insert(a.type.toStdString());
    return out;
}

void setApproved(const QString& typeName, bool approved)
{
    if (approved)
        addApproval(Approval{typeName, {}, {}, QDateTime::currentDateTimeUtc()});
    else
        removeApproval(typeName, {});
}

QByteArray exportApprovals()
{
    QJsonArray arr;
    for (const Approval& a : approvals())
        arr.append(toJson(a));
    const QJsonObject root{{QStringLiteral("format"), QString::fromLatin1(kFormatTag)},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("approvals"), arr}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int importApprovals(const QByteArray& json, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = QObject::tr("not JSON: %1 at offset %2").arg(pe.errorString()).arg(pe.offset);
        return -1;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormatTag)) {
        *error = QObject::tr("not a Skopos trusted-types file (no \"format\": \"%1\")").arg(QLatin1String(kFormatTag));
        return -1;
    }
    QList<Approval> list = approvals();
    int added = 0;
    const QJsonArray arr = root.value(QStringLiteral("approvals")).toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        Approval a;
        if (!fromJson(arr[i].toObject(), a)) {
            *error = QObject::tr("approval %1 is not valid (needs a type and a scope of \"all files\" or "
                                 "\"file\" with a sha256)").arg(i + 1);
            return -1;
        }
        if (!list.contains(a)) {
            list.append(a);
            ++added;
        }
    }
    setApprovals(list);
    return added;
}

QString pythonInterpreter()
{
    const QString p = QSettings().value(kPython).toString().trimmed();
    return p.isEmpty() ? QStringLiteral("python3") : p;
}

void setPythonInterpreter(const QString& program) { QSettings().setValue(kPython, program.trimmed()); }

} // namespace skopos::ui::settings
