#pragma once
// The trust profile the GUI audits with, one for the whole app: every open
// document is audited against it, and when it changes (Settings › Trust
// Profile…) every document is re-audited against the tree it already holds,
// without reading the file again (MainWindow::reauditAll).
//
// Shared by threads: opening workers take a snapshot (profile()), the GUI
// thread replaces it (set()) and hears changed().

#include "trust/TrustProfile.h"

#include <QObject>
#include <QString>

#include <memory>
#include <mutex>

namespace skopos::ui {

class CurrentProfile : public QObject {
    Q_OBJECT
public:
    // Where the profile in use came from.
    enum class Origin { Bundled, Python, File, Environment };

    // The one instance (lives on the GUI thread). On first use it restores
    // the saved choice (ProfileSettings.h: restoreSavedProfile).
    static CurrentProfile& instance();
    // A snapshot of the profile in use: safe from any thread, stays valid
    // while the holder keeps it even if the profile is replaced meanwhile.
    static std::shared_ptr<const TrustProfile> profile();

    Origin origin() const;
    // "bundled", "python3", "my-profile.json", "SKOPOS_PROFILE": what the status bar names.
    QString name() const;
    // "bundled · skops 0.15.dev0 · scikit-learn 1.2.1"
    QString summary() const;

    // Replaces the profile in use; emits changed() (GUI thread only).
    void set(std::shared_ptr<const TrustProfile> profile, Origin origin, const QString& name);

signals:
    void changed();

private:
    CurrentProfile();
    mutable std::mutex mutex_;
    std::shared_ptr<const TrustProfile> profile_;
    Origin origin_ = Origin::Bundled;
    QString name_;
};

} // namespace skopos::ui
