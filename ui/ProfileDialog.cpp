#include "ProfileDialog.h"

#include "Settings.h"
#include "tree/Error.h"
#include "trust/ProfileGenerator.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace skopos::ui {

namespace {
QString versionsText(const TrustProfile& p)
{
    return ProfileDialog::tr("skops %1, scikit-learn %2")
        .arg(QString::fromStdString(p.skopsVersion().empty() ? "?" : p.skopsVersion()),
             QString::fromStdString(p.sklearnVersion().empty() ? "?" : p.sklearnVersion()));
}
} // namespace

ProfileDialog::ProfileDialog(QWidget* parent)
    : QDialog(parent), bundled_(new QRadioButton), python_(new QRadioButton(tr("From my &Python:"))),
      file_(new QRadioButton(tr("From a profile &file:"))), pythonEdit_(new QLineEdit), fileEdit_(new QLineEdit),
      pythonInfo_(new QLabel), inUse_(new QLabel), message_(new QLabel),
      apply_(new QPushButton(tr("&Use This Profile"))), refresh_(new QPushButton(tr("&Refresh"))),
      browse_(new QPushButton(tr("&Browse…"))), timeoutMs_(profileTimeoutMs())
{
    setWindowTitle(tr("Trust Profile"));
    bundled_->setText(tr("&Bundled (%1)").arg(versionsText(TrustProfile::bundled())));
    auto* group = new QButtonGroup(this);
    for (QRadioButton* b : {bundled_, python_, file_})
        group->addButton(b);

    auto* intro = new QLabel(tr("skops trusts the types its default lists name, and those lists follow the "
                                "scikit-learn, numpy and scipy it runs with. Choose the lists verdicts follow: "
                                "the bundled ones, the ones your own Python computes (it imports skops, never a "
                                "model file), or a profile written by <tt>skopos profile</tt>."));
    intro->setWordWrap(true);
    pythonEdit_->setText(settings::pythonInterpreter());
    pythonEdit_->setToolTip(tr("The interpreter (with skops installed) that also runs File › Load in Python"));
    refresh_->setToolTip(tr("Run the interpreter again (after upgrading scikit-learn or skops)"));
    fileEdit_->setText(savedProfileFile());
    pythonInfo_->setWordWrap(true);
    message_->setObjectName(QStringLiteral("profileMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    inUse_->setWordWrap(true);

    auto* grid = new QGridLayout;
    grid->addWidget(bundled_, 0, 0, 1, 3);
    grid->addWidget(python_, 1, 0);
    grid->addWidget(pythonEdit_, 1, 1);
    grid->addWidget(refresh_, 1, 2);
    grid->addWidget(pythonInfo_, 2, 1, 1, 2);
    grid->addWidget(file_, 3, 0);
    grid->addWidget(fileEdit_, 3, 1);
    grid->addWidget(browse_, 3, 2);
    grid->setColumnStretch(1, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(apply_, QDialogButtonBox::ApplyRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
    connect(apply_, &QPushButton::clicked, this, &ProfileDialog::applyChoice);
    connect(refresh_, &QPushButton::clicked, this, &ProfileDialog::refreshPython);
    connect(browse_, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Trust Profile"), fileEdit_->text(),
                                                       tr("Trust profiles (*.json);;All files (*)"));
        if (!f.isEmpty()) {
            fileEdit_->setText(f);
            file_->setChecked(true);
        }
    });
    connect(pythonEdit_, &QLineEdit::textChanged, this, &ProfileDialog::updateState);
    connect(&watcher_, &QFutureWatcher<Detection>::finished, this, &ProfileDialog::detectionFinished);
    connect(&CurrentProfile::instance(), &CurrentProfile::changed, this, &ProfileDialog::updateState);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(inUse_);
    layout->addWidget(message_);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(620, 300);

    switch (CurrentProfile::instance().origin()) {
    case CurrentProfile::Origin::Python: python_->setChecked(true); break;
    case CurrentProfile::Origin::File: file_->setChecked(true); break;
    default: bundled_->setChecked(true); break;
    }
    if (!restoreProblem().isEmpty())
        showFailure(restoreProblem());
    updateState();
}

ProfileDialog::~ProfileDialog()
{
    // The window is closing: stop the interpreter (within a tenth of a
    // second) rather than keep the app alive until it times out.
    cancel_->store(true);
    watcher_.waitForFinished();
}

ProfileDialog* ProfileDialog::showFor(QWidget* window)
{
    auto* dlg = window->findChild<ProfileDialog*>(QString(), Qt::FindDirectChildrenOnly);
    if (!dlg)
        dlg = new ProfileDialog(window);
    dlg->show();
    dlg->raise();
    dlg->activateWindow();
    return dlg;
}

void ProfileDialog::updateState()
{
    const CurrentProfile& cur = CurrentProfile::instance();
    inUse_->setText(tr("In use: %1").arg(cur.summary().toHtmlEscaped()));
    const bool busy = watcher_.isRunning();
    apply_->setEnabled(!busy);
    refresh_->setEnabled(!busy && !pythonEdit_->text().trimmed().isEmpty());
    pythonEdit_->setEnabled(!busy);
    if (busy)
        return;
    const QString python = pythonEdit_->text().trimmed();
    if (const auto c = cachedPythonProfile(python))
        pythonInfo_->setText(
            tr("Computed %1: %2")
                .arg(QLocale().toString(c->detected.toLocalTime(), QLocale::ShortFormat), versionsText(*c->profile)));
    else
        pythonInfo_->setText(tr("Not computed yet for %1: choosing it runs it once (a few seconds).").arg(python));
}

void ProfileDialog::showFailure(const QString& message)
{
    message_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    message_->setText(message);
}

void ProfileDialog::showSuccess(const QString& message)
{
    message_->setStyleSheet(QString());
    message_->setText(message);
}

void ProfileDialog::applyChoice()
{
    if (watcher_.isRunning())
        return;
    CurrentProfile& cur = CurrentProfile::instance();
    if (bundled_->isChecked()) {
        clearRestoreProblem();
        cur.set(std::shared_ptr<const TrustProfile>(&TrustProfile::bundled(), [](const TrustProfile*) {}),
                CurrentProfile::Origin::Bundled, CurrentProfile::tr("bundled"));
        saveProfileChoice(ProfileChoice::Bundled);
        showSuccess(tr("Using the bundled profile."));
        emit applied();
    } else if (python_->isChecked()) {
        const QString python = pythonEdit_->text().trimmed();
        if (const auto c = cachedPythonProfile(python)) {
            settings::setPythonInterpreter(python);
            clearRestoreProblem();
            cur.set(c->profile, CurrentProfile::Origin::Python, python);
            saveProfileChoice(ProfileChoice::Python);
            showSuccess(tr("Using the profile %1 computed (%2; cached, Refresh to compute it again).")
                            .arg(python, versionsText(*c->profile)));
            emit applied();
        } else {
            detect(python);
        }
    } else if (file_->isChecked()) {
        const QString file = fileEdit_->text().trimmed();
        QString error;
        if (file.isEmpty()) {
            error = tr("Choose a profile file first.");
        } else {
            try {
                auto p = std::make_shared<const TrustProfile>(TrustProfile::fromFile(file.toStdString()));
                clearRestoreProblem();
                cur.set(p, CurrentProfile::Origin::File, QFileInfo(file).fileName());
                saveProfileChoice(ProfileChoice::File, QFileInfo(file).absoluteFilePath());
                showSuccess(tr("Using %1 (%2).").arg(QFileInfo(file).fileName(), versionsText(*p)));
                emit applied();
                return;
            } catch (const std::exception& e) {
                error = QString::fromUtf8(e.what());
            }
        }
        showFailure(tr("Could not use this profile file: %1\nThe profile in use has not changed.").arg(error));
        emit failed(error);
    }
}

void ProfileDialog::refreshPython()
{
    if (watcher_.isRunning())
        return;
    python_->setChecked(true);
    detect(pythonEdit_->text().trimmed());
}

void ProfileDialog::detect(const QString& python)
{
    if (python.isEmpty()) {
        showFailure(tr("Name a Python interpreter first."));
        emit failed(tr("no interpreter"));
        return;
    }
    showSuccess(tr("Running %1 to list skops' trusted types… The profile in use stays until it answers.").arg(python));
    const int timeoutMs = timeoutMs_;
    // The same code as `skopos profile`, in a worker: the window stays responsive.
    watcher_.setFuture(QtConcurrent::run([python, timeoutMs, cancel = cancel_]() -> Detection {
        Detection d;
        d.python = python;
        try {
            GeneratedProfile g = generateProfile(python.toStdString(), timeoutMs, cancel.get());
            d.json = std::move(g.json);
            d.profile = std::make_shared<const TrustProfile>(std::move(g.profile));
        } catch (const std::exception& e) {
            d.error = QString::fromUtf8(e.what());
        }
        return d;
    }));
    updateState();
}

void ProfileDialog::detectionFinished()
{
    const Detection d = watcher_.result();
    updateState();
    if (!d.profile) {
        showFailure(
            tr("Could not compute a profile with %1:\n%2\nThe profile in use has not changed.").arg(d.python, d.error));
        emit failed(d.error);
        return;
    }
    QString cacheError;
    const bool cached = storePythonProfile(d.python, d.json, &cacheError);
    settings::setPythonInterpreter(d.python);
    clearRestoreProblem();
    CurrentProfile::instance().set(d.profile, CurrentProfile::Origin::Python, d.python);
    saveProfileChoice(ProfileChoice::Python);
    showSuccess(cached ? tr("Using the profile %1 computed (%2).").arg(d.python, versionsText(*d.profile))
                       : tr("Using the profile %1 computed (%2); it could not be cached: %3")
                             .arg(d.python, versionsText(*d.profile), cacheError));
    updateState();
    emit applied();
}

} // namespace skopos::ui
