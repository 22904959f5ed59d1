#pragma once
// `skopos --screenshot PNG FILE|FOLDER`: the README's pictures of the real
// window (scripts/screenshots.sh). The window opens FILE, selects a node,
// shows a side tab, saves itself as PNG and quits; a FOLDER is scanned and
// the scan window saved when the scan ends. Never part of normal use.

#include <QSize>
#include <QString>

class QCommandLineParser;

namespace skopos::ui {
class MainWindow;
}

namespace skopos::app {

struct ScreenshotOptions {
    QString output;  // the PNG to write ("": no screenshot)
    QString select;  // select the first node whose key or type contains this ("": the first untrusted one)
    QString sideTab; // "node", "trust" or "raw" ("": as it is)
    QSize size;      // the window's size in logical pixels (invalid: as it is)
};

// Adds --screenshot and its companions (hidden from --help) to `parser`.
void addScreenshotOptions(QCommandLineParser& parser);
ScreenshotOptions screenshotOptions(const QCommandLineParser& parser);

// Arranges for `window` to save the picture and quit once `target` (the one
// file or folder given) is open; call before opening it. Returns false when
// `target` is a folder, which the caller leaves to this function.
bool prepareScreenshot(ui::MainWindow& window, const ScreenshotOptions& options, const QString& target);

} // namespace skopos::app
