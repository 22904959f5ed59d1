#include "CurrentProfile.h"

#include "ProfileSettings.h"

#include <QCoreApplication>
#include <QThread>

namespace skopos::ui {

CurrentProfile::CurrentProfile()
    : profile_(std::shared_ptr<const TrustProfile>(&TrustProfile::bundled(), [](const TrustProfile*) {})),
      name_(tr("bundled"))
{
}

CurrentProfile& CurrentProfile::instance()
{
    static CurrentProfile* const self = [] {
        auto* p = new CurrentProfile;
        // Signals must be delivered on the GUI thread even when a worker
        // (an opening file) is the first to ask.
        if (QCoreApplication::instance() && p->thread() != QCoreApplication::instance()->thread())
            p->moveToThread(QCoreApplication::instance()->thread());
        restoreSavedProfile(*p);
        return p;
    }();
    return *self;
}

std::shared_ptr<const TrustProfile> CurrentProfile::profile()
{
    CurrentProfile& self = instance();
    std::lock_guard lock(self.mutex_);
    return self.profile_;
}

CurrentProfile::Origin CurrentProfile::origin() const
{
    std::lock_guard lock(mutex_);
    return origin_;
}

QString CurrentProfile::name() const
{
    std::lock_guard lock(mutex_);
    return name_;
}

QString CurrentProfile::summary() const
{
    std::lock_guard lock(mutex_);
    QString s = name_;
    if (!profile_->skopsVersion().empty())
        s += tr(" · skops %1").arg(QString::fromStdString(profile_->skopsVersion()));
    if (!profile_->sklearnVersion().empty())
        s += tr(" · scikit-learn %1").arg(QString::fromStdString(profile_->sklearnVersion()));
    return s;
}

void CurrentProfile::set(std::shared_ptr<const TrustProfile> profile, Origin origin, const QString& name)
{
    if (!profile)
        return;
    {
        std::lock_guard lock(mutex_);
        profile_ = std::move(profile);
        origin_ = origin;
        name_ = name;
    }
    emit changed();
}

} // namespace skopos::ui
