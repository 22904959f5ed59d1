#include "ProfileStatusLabel.h"

#include "CurrentProfile.h"
#include "ProfileSettings.h"

namespace skopos::ui {

ProfileStatusLabel::ProfileStatusLabel(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("profileStatus"));
    connect(&CurrentProfile::instance(), &CurrentProfile::changed, this, &ProfileStatusLabel::refresh);
    refresh();
}

void ProfileStatusLabel::refresh()
{
    const CurrentProfile& cur = CurrentProfile::instance();
    const bool problem = !restoreProblem().isEmpty() && cur.origin() == CurrentProfile::Origin::Bundled;
    setText(problem ? tr("Profile: %1 (your choice could not be used)").arg(cur.summary())
                    : tr("Profile: %1").arg(cur.summary()));
    QString tip = tr("Verdicts follow the default trusted lists of this profile (Settings › Trust Profile…).\n%1")
                      .arg(QString::fromStdString(CurrentProfile::profile()->source()));
    if (problem)
        tip += QStringLiteral("\n") + tr("Your saved choice could not be used: %1").arg(restoreProblem());
    setToolTip(tip);
}

} // namespace skopos::ui
