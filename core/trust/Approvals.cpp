#include "trust/Approvals.h"

#include "tree/Document.h"
#include "tree/Error.h"
#include "trust/DangerousNames.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace skopos {

namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }

bool isSha256Hex(std::string_view s)
{
    return s.size() == 64
        && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

QJsonObject toObject(const Approval& a)
{
    QJsonObject o{{QStringLiteral("type"), q(a.type)},
                  {QStringLiteral("scope"), a.forAllFiles() ? QStringLiteral("all files") : QStringLiteral("file")}};
    if (!a.forAllFiles())
        o.insert(QStringLiteral("sha256"), q(a.sha256));
    if (!a.fileName.empty())
        o.insert(QStringLiteral("file"), q(a.fileName));
    if (!a.approved.empty())
        o.insert(QStringLiteral("approved"), q(a.approved));
    return o;
}

// Empty when valid, else why not.
std::string fromObject(const QJsonObject& o, Approval& a)
{
    a.type = o.value(QStringLiteral("type")).toString().trimmed().toStdString();
    const QString scope = o.value(QStringLiteral("scope")).toString();
    a.sha256 = scope == QStringLiteral("file") ? o.value(QStringLiteral("sha256")).toString().toLower().toStdString()
                                               : std::string();
    a.fileName = o.value(QStringLiteral("file")).toString().toStdString();
    a.approved = o.value(QStringLiteral("approved")).toString().toStdString();
    if (scope != QStringLiteral("file") && scope != QStringLiteral("all files"))
        return "its scope is neither \"all files\" nor \"file\"";
    if (scope == QStringLiteral("file") && !isSha256Hex(a.sha256))
        return "scope \"file\" needs a sha256 of 64 hex digits";
    return Approvals::invalidReason(a);
}

QJsonArray toArray(const std::vector<Approval>& list)
{
    QJsonArray arr;
    for (const Approval& a : list)
        arr.append(toObject(a));
    return arr;
}
} // namespace

std::string Approvals::invalidReason(const Approval& a)
{
    if (a.type.empty() || a.type.find_first_of(" \t\r\n") != std::string::npos)
        return "it needs a type name without spaces";
    if (!a.sha256.empty() && !isSha256Hex(a.sha256))
        return "its sha256 is not 64 lowercase hex digits";
    return {};
}

Approvals Approvals::parse(std::string_view json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json.data(), static_cast<qsizetype>(json.size())),
                                                      &pe);
    if (pe.error != QJsonParseError::NoError)
        throw ApprovalsError(ApprovalsError::Kind::NotJson,
                             "not JSON: " + pe.errorString().toStdString() + " at offset " + std::to_string(pe.offset));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormatTag))
        throw ApprovalsError(ApprovalsError::Kind::NotApprovals,
                             std::string("not a Skopos trusted-types file (no \"format\": \"") + kFormatTag + "\")");
    if (!root.value(QStringLiteral("approvals")).isArray())
        throw ApprovalsError(ApprovalsError::Kind::NotApprovals, "it has no \"approvals\" list");
    const QJsonArray arr = root.value(QStringLiteral("approvals")).toArray();
    Approvals out;
    for (qsizetype i = 0; i < arr.size(); ++i) {
        Approval a;
        if (const std::string why = fromObject(arr[i].toObject(), a); !why.empty())
            throw ApprovalsError(ApprovalsError::Kind::BadEntry,
                                 "approval " + std::to_string(i + 1) + " is not valid: " + why,
                                 static_cast<int>(i + 1));
        out.add(std::move(a));
    }
    return out;
}

Approvals Approvals::load(const std::string& path)
{
    QFile f(q(path));
    if (!f.open(QIODevice::ReadOnly))
        throw ApprovalsError(ApprovalsError::Kind::Unreadable,
                             "cannot read " + path + ": " + f.errorString().toStdString());
    constexpr qint64 kMax = 16 << 20; // a list of names; anything bigger is no approvals file
    const QByteArray bytes = f.read(kMax + 1);
    if (bytes.size() > kMax)
        throw ApprovalsError(ApprovalsError::Kind::NotApprovals,
                             path + " is larger than 16 MiB: not an approvals file");
    try {
        return parse(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    } catch (const ApprovalsError& e) {
        throw ApprovalsError(e.kind(), path + ": " + e.what(), e.entry());
    }
}

Approvals Approvals::parseList(std::string_view jsonArray, int* invalid)
{
    Approvals out;
    int bad = 0;
    const QJsonArray arr =
        QJsonDocument::fromJson(QByteArray(jsonArray.data(), static_cast<qsizetype>(jsonArray.size()))).array();
    for (const auto& v : arr) {
        Approval a;
        if (fromObject(v.toObject(), a).empty())
            out.add(std::move(a));
        else
            ++bad;
    }
    if (invalid)
        *invalid = bad;
    return out;
}

std::string Approvals::toJson() const
{
    const QJsonObject root{{QStringLiteral("format"), QString::fromLatin1(kFormatTag)},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("approvals"), toArray(list_)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString();
}

std::string Approvals::listJson() const
{
    return QJsonDocument(toArray(list_)).toJson(QJsonDocument::Compact).toStdString();
}

void Approvals::save(const std::string& path) const
{
    QSaveFile f(q(path));
    const std::string text = toJson();
    if (!f.open(QIODevice::WriteOnly) || f.write(text.data(), static_cast<qint64>(text.size())) < 0 || !f.commit())
        throw ApprovalsError(ApprovalsError::Kind::Unreadable,
                             "cannot write " + path + ": " + f.errorString().toStdString());
}

bool Approvals::contains(const Approval& a) const { return std::find(list_.begin(), list_.end(), a) != list_.end(); }

bool Approvals::add(Approval a)
{
    const auto it = std::find(list_.begin(), list_.end(), a);
    const bool fresh = it == list_.end();
    if (!fresh)
        list_.erase(it);
    list_.push_back(std::move(a));
    return fresh;
}

bool Approvals::remove(std::string_view type, std::string_view sha256)
{
    const auto it = std::find_if(list_.begin(), list_.end(),
                                 [&](const Approval& a) { return a.type == type && a.sha256 == sha256; });
    if (it == list_.end())
        return false;
    list_.erase(it);
    return true;
}

bool Approvals::needsHash() const
{
    return std::any_of(list_.begin(), list_.end(), [](const Approval& a) { return !a.forAllFiles(); });
}

std::set<std::string> Approvals::forAllFiles() const { return approvedFor(std::string_view{}); }

std::set<std::string> Approvals::approvedFor(std::string_view sha256) const
{
    std::set<std::string> out;
    for (const Approval& a : list_)
        if ((a.forAllFiles() || (!sha256.empty() && a.sha256 == sha256)) && !isDangerous(a.type))
            out.insert(a.type);
    return out;
}

std::set<std::string> Approvals::approvedFor(const Document& doc) const
{
    if (!needsHash())
        return forAllFiles();
    if (!doc.file)
        throw ReadError("the file's SHA-256 is unknown (no descriptor kept): per-file approvals cannot apply");
    return approvedFor(doc.file->sha256());
}

} // namespace skopos
