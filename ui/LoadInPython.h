#pragma once
// "Load in Python…": hands a reviewed skops file to the user's own Python the
// safe way. Skopos itself never runs anything from a file; this dialog starts
// the interpreter set in the settings (default python3) as a child process
// that calls skops.io.load(path, trusted=[the approved types]) and prints the
// result's repr, and shows its output (or skops' own error). The generated
// code is shown and copyable. The path and names reach the child as a JSON
// argument, never pasted into the code it runs.

#include <QDialog>
#include <QProcess>

#include <string>
#include <vector>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace skopos::ui {

// A Python string literal for `s` (quotes, backslashes and control characters escaped).
QString pythonStringLiteral(const QString& s);
// skops.io.load("path", trusted=["a.B", ...]) — the line "Copy load line" gives.
QString skopsLoadLine(const QString& path, const std::vector<std::string>& trusted);

class LoadInPythonDialog : public QDialog {
    Q_OBJECT
public:
    LoadInPythonDialog(const QString& path, const std::vector<std::string>& trusted, const QString& interpreter,
                       QWidget* parent = nullptr);
    ~LoadInPythonDialog() override;

    QString code() const;
    QString output() const;
    // One line saying how it went ("Loaded.", "Python was not found: …", "skops is not installed …").
    QString outcome() const;
    bool isRunning() const { return process_.state() != QProcess::NotRunning; }

public slots:
    void run();
    void copyCode();

signals:
    void finished(bool ok);

private:
    void done(bool ok, const QString& outcome);

    QString path_;
    std::vector<std::string> trusted_;
    QString interpreter_;
    QPlainTextEdit* codeView_;
    QPlainTextEdit* output_;
    QLabel* outcome_;
    QPushButton* run_;
    QProcess process_;
};

} // namespace skopos::ui
