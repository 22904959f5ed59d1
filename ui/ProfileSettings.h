#pragma once
// Which trust profile the GUI uses, remembered between runs (QSettings):
// the bundled one, the one computed by the user's Python (Settings › Python
// Interpreter, default python3), or a profile file.
//
// A profile computed by Python is cached (app data folder, one JSON file per
// interpreter; QSettings keeps its versions), so Python runs once, not at
// every start: the cache is keyed by the interpreter's resolved path and the
// modification time of that executable (a rebuilt virtualenv or upgraded
// Python misses the cache), and records the skops and scikit-learn versions
// it was computed with. Packages upgraded inside the same interpreter are
// not noticed: that is what the dialog's Refresh button is for.

#include "CurrentProfile.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>
#include <string>

namespace skopos::ui {

enum class ProfileChoice { Bundled, Python, File };

ProfileChoice savedProfileChoice();
QString savedProfileFile();
void saveProfileChoice(ProfileChoice choice, const QString& file = {});

// How long the interpreter may take (QSettings "profile/timeoutSeconds", default 120 s).
int profileTimeoutMs();

struct CachedPythonProfile {
    QString python;   // as the user named it
    QString resolved; // the executable it resolved to
    QString skops, sklearn;
    QDateTime detected;
    std::shared_ptr<const TrustProfile> profile;
};

// The cached profile for this interpreter, or nullopt (never cached, the
// interpreter changed, or the cache file is unreadable).
std::optional<CachedPythonProfile> cachedPythonProfile(const QString& python);
// Stores a generated profile (its JSON text) for this interpreter; false with `error` set.
bool storePythonProfile(const QString& python, const std::string& json, QString* error);

// Applies the saved choice to `current` at start. SKOPOS_PROFILE, when set,
// wins for the session (as on the command line). A choice that cannot be
// applied (file gone, nothing cached yet) leaves the bundled profile and
// says why in restoreProblem().
void restoreSavedProfile(CurrentProfile& current);
QString restoreProblem();
// The user made a choice that works: the start-up problem no longer applies.
void clearRestoreProblem();

} // namespace skopos::ui
