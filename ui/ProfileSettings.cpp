#include "ProfileSettings.h"

#include "Settings.h"
#include "tree/Error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace skopos::ui {

namespace {
const char* kChoice = "profile/choice";
const char* kFile = "profile/file";
const char* kTimeout = "profile/timeoutSeconds";
const char* kCacheGroup = "profile/pythonCache";

QString g_restoreProblem;

// The executable a name resolves to, and its modification time: the cache key.
struct Resolved {
    QString path;
    QString stamp;
};

Resolved resolveInterpreter(const QString& python)
{
    QString path = python.contains(QLatin1Char('/')) ? python : QStandardPaths::findExecutable(python);
    if (path.isEmpty())
        return {};
    const QFileInfo fi(path);
    if (!fi.exists())
        return {};
    // A virtualenv's python is a symbolic link: the link's own path names the
    // environment, the target's time says when that Python was installed.
    const QString canonical = fi.canonicalFilePath();
    return {fi.absoluteFilePath(), QFileInfo(canonical).lastModified().toUTC().toString(Qt::ISODateWithMs)};
}

QString cacheKey(const Resolved& r)
{
    return QString::fromLatin1(QCryptographicHash::hash(r.path.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

QString cacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profiles");
}

QString fromStd(const std::string& s) { return QString::fromStdString(s); }
} // namespace

ProfileChoice savedProfileChoice()
{
    const QString c = QSettings().value(kChoice).toString();
    if (c == QStringLiteral("python"))
        return ProfileChoice::Python;
    if (c == QStringLiteral("file"))
        return ProfileChoice::File;
    return ProfileChoice::Bundled;
}

QString savedProfileFile() { return QSettings().value(kFile).toString(); }

void saveProfileChoice(ProfileChoice choice, const QString& file)
{
    QSettings s;
    s.setValue(kChoice,
               choice == ProfileChoice::Python     ? QStringLiteral("python")
                   : choice == ProfileChoice::File ? QStringLiteral("file")
                                                   : QStringLiteral("bundled"));
    if (choice == ProfileChoice::File)
        s.setValue(kFile, file);
}

int profileTimeoutMs()
{
    const int seconds = QSettings().value(kTimeout, 120).toInt();
    return std::clamp(seconds, 1, 3600) * 1000;
}

std::optional<CachedPythonProfile> cachedPythonProfile(const QString& python)
{
    const Resolved r = resolveInterpreter(python);
    if (r.path.isEmpty())
        return std::nullopt;
    QSettings s;
    s.beginGroup(QLatin1String(kCacheGroup) + QLatin1Char('/') + cacheKey(r));
    if (s.value(QStringLiteral("resolved")).toString() != r.path
        || s.value(QStringLiteral("stamp")).toString() != r.stamp)
        return std::nullopt;
    CachedPythonProfile c;
    c.python = python;
    c.resolved = r.path;
    c.detected = s.value(QStringLiteral("detected")).toDateTime();
    const QString file = s.value(QStringLiteral("file")).toString();
    try {
        c.profile = std::make_shared<const TrustProfile>(TrustProfile::fromFile(file.toStdString()));
    } catch (const std::exception&) {
        return std::nullopt;
    }
    c.skops = fromStd(c.profile->skopsVersion());
    c.sklearn = fromStd(c.profile->sklearnVersion());
    // The versions recorded beside the cache must be those of the file read.
    if (c.skops != s.value(QStringLiteral("skops")).toString()
        || c.sklearn != s.value(QStringLiteral("sklearn")).toString())
        return std::nullopt;
    return c;
}

bool storePythonProfile(const QString& python, const std::string& json, QString* error)
{
    const Resolved r = resolveInterpreter(python);
    if (r.path.isEmpty()) {
        *error = QObject::tr("%1 is no longer found").arg(python);
        return false;
    }
    TrustProfile p;
    try {
        p = TrustProfile::fromJson(json, python.toStdString());
    } catch (const std::exception& e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    if (!QDir().mkpath(cacheDir())) {
        *error = QObject::tr("cannot create %1").arg(cacheDir());
        return false;
    }
    const QString file = cacheDir() + QStringLiteral("/python-") + cacheKey(r) + QStringLiteral(".json");
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(json.data(), static_cast<qint64>(json.size())) < 0 || !f.commit()) {
        *error = QObject::tr("cannot write %1: %2").arg(file, f.errorString());
        return false;
    }
    QSettings s;
    s.beginGroup(QLatin1String(kCacheGroup) + QLatin1Char('/') + cacheKey(r));
    s.setValue(QStringLiteral("python"), python);
    s.setValue(QStringLiteral("resolved"), r.path);
    s.setValue(QStringLiteral("stamp"), r.stamp);
    s.setValue(QStringLiteral("file"), file);
    s.setValue(QStringLiteral("skops"), fromStd(p.skopsVersion()));
    s.setValue(QStringLiteral("sklearn"), fromStd(p.sklearnVersion()));
    s.setValue(QStringLiteral("detected"), QDateTime::currentDateTimeUtc());
    return true;
}

QString restoreProblem() { return g_restoreProblem; }
void clearRestoreProblem() { g_restoreProblem.clear(); }

void restoreSavedProfile(CurrentProfile& current)
{
    g_restoreProblem.clear();
    const QByteArray env = qgetenv(TrustProfile::kEnvironmentVariable);
    if (!env.isEmpty()) {
        try {
            current.set(std::make_shared<const TrustProfile>(TrustProfile::fromFile(env.toStdString())),
                        CurrentProfile::Origin::Environment, QStringLiteral("SKOPOS_PROFILE"));
            return;
        } catch (const std::exception& e) {
            g_restoreProblem = QObject::tr("SKOPOS_PROFILE: %1").arg(QString::fromUtf8(e.what()));
        }
    }
    auto bundled = [&] {
        current.set(std::shared_ptr<const TrustProfile>(&TrustProfile::bundled(), [](const TrustProfile*) {}),
                    CurrentProfile::Origin::Bundled, CurrentProfile::tr("bundled"));
    };
    switch (savedProfileChoice()) {
    case ProfileChoice::Bundled: bundled(); return;
    case ProfileChoice::Python: {
        const QString python = settings::pythonInterpreter();
        if (const auto c = cachedPythonProfile(python)) {
            current.set(c->profile, CurrentProfile::Origin::Python, python);
            return;
        }
        bundled();
        g_restoreProblem =
            QObject::tr("no profile has been computed with %1 yet (Settings › Trust Profile…, Refresh)").arg(python);
        return;
    }
    case ProfileChoice::File: {
        const QString file = savedProfileFile();
        try {
            current.set(std::make_shared<const TrustProfile>(TrustProfile::fromFile(file.toStdString())),
                        CurrentProfile::Origin::File, QFileInfo(file).fileName());
        } catch (const std::exception& e) {
            bundled();
            g_restoreProblem = QString::fromUtf8(e.what());
        }
        return;
    }
    }
}

} // namespace skopos::ui
