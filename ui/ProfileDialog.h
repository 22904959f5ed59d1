#pragma once
// Settings › Trust Profile…: which default trusted lists verdicts follow.
// Bundled (scikit-learn 1.2.1), "from my Python" (the interpreter runs
// resources/trust/skops_trusted_lists.py through trust/ProfileGenerator, the
// code behind `skopos profile`, in a worker thread; the result is cached,
// Refresh computes it again), or a profile file. A choice that fails (no
// Python, no skops, a timeout, bad output, a bad file) is shown in the
// dialog and the profile in use stays. A choice that works replaces
// CurrentProfile, and every open document is re-audited.
//
// One dialog per window (showFor); closing it only hides it, so a detection
// that is still running applies its result when it ends.

#include "ProfileSettings.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace skopos::ui {

class ProfileDialog : public QDialog {
    Q_OBJECT
public:
    explicit ProfileDialog(QWidget* parent = nullptr);
    ~ProfileDialog() override;
    // The window's dialog, created on first use, shown and raised.
    static ProfileDialog* showFor(QWidget* window);

    QRadioButton* bundledChoice() const { return bundled_; }
    QRadioButton* pythonChoice() const { return python_; }
    QRadioButton* fileChoice() const { return file_; }
    QLineEdit* pythonField() const { return pythonEdit_; }
    QLineEdit* fileField() const { return fileEdit_; }
    QPushButton* applyButton() const { return apply_; }
    QPushButton* refreshButton() const { return refresh_; }
    // The outcome of the last choice: what is in use now, or what went wrong.
    QLabel* messageLabel() const { return message_; }
    bool isDetecting() const { return watcher_.isRunning(); }
    void setTimeoutMs(int ms) { timeoutMs_ = ms; }

public slots:
    // Uses the chosen profile (a cached Python profile when there is one).
    void applyChoice();
    // Computes the Python profile again, ignoring the cache.
    void refreshPython();

signals:
    // A choice was applied (the profile in use changed).
    void applied();
    // A choice failed; the profile in use did not change.
    void failed(const QString& message);

private:
    struct Detection {
        QString python;
        std::string json;
        std::shared_ptr<const TrustProfile> profile;
        QString error;
    };
    void detect(const QString& python);
    void detectionFinished();
    void showFailure(const QString& message);
    void showSuccess(const QString& message);
    void updateState();

    QRadioButton* bundled_;
    QRadioButton* python_;
    QRadioButton* file_;
    QLineEdit* pythonEdit_;
    QLineEdit* fileEdit_;
    QLabel* pythonInfo_;
    QLabel* inUse_;
    QLabel* message_;
    QPushButton* apply_;
    QPushButton* refresh_;
    QPushButton* browse_;
    int timeoutMs_;
    QFutureWatcher<Detection> watcher_;
    // Set when the dialog goes away: the interpreter is stopped, not waited for.
    std::shared_ptr<std::atomic<bool>> cancel_ = std::make_shared<std::atomic<bool>>(false);
};

} // namespace skopos::ui
