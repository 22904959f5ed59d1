#include "Screenshot.h"

#include "DocumentTab.h"
#include "FolderScanWidget.h"
#include "MainWindow.h"
#include "ModelTab.h"
#include "NodeDetailsWidget.h"
#include "TrustPanel.h"
#include "cli/Cli.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLineEdit>
#include <QTabWidget>
#include <QTimer>

#include <iostream>

namespace skopos::app {

namespace {

QCommandLineOption hidden(QCommandLineOption o)
{
    o.setFlags(QCommandLineOption::HiddenFromHelp);
    return o;
}

const QString kSelect = QStringLiteral("screenshot-select");
const QString kTab = QStringLiteral("screenshot-tab");
const QString kSize = QStringLiteral("screenshot-size");

// Saves `w` (after the view settled) and ends the program with the outcome.
void saveAndQuit(QWidget* w, const QString& out)
{
    QTimer::singleShot(700, w, [w, out] {
        const bool ok = w->grab().save(out);
        std::cerr << (ok ? "skopos: saved " : "skopos: could not save ") << out.toStdString() << '\n';
        QCoreApplication::exit(ok ? 0 : ExitError);
    });
}

} // namespace

void addScreenshotOptions(QCommandLineParser& parser)
{
    // For the README's pictures (scripts/screenshots.sh): open the file, select
    // its first untrusted or dangerous node, save the window as PNG and quit.
    parser.addOption(QCommandLineOption(
        QStringLiteral("screenshot"), QApplication::translate("main", "Save a picture of the window to FILE and quit."),
        QStringLiteral("FILE")));
    parser.addOption(hidden({kSelect, QStringLiteral("Select the first node matching TEXT."), QStringLiteral("TEXT")}));
    parser.addOption(
        hidden({kTab, QStringLiteral("Show the side tab node, trust, raw or model."), QStringLiteral("TAB")}));
    parser.addOption(hidden({kSize, QStringLiteral("Window size in logical pixels."), QStringLiteral("WxH")}));
}

ScreenshotOptions screenshotOptions(const QCommandLineParser& parser)
{
    ScreenshotOptions o;
    o.output = parser.value(QStringLiteral("screenshot"));
    o.select = parser.value(kSelect);
    o.sideTab = parser.value(kTab);
    const QStringList wh = parser.value(kSize).split(QLatin1Char('x'));
    if (wh.size() == 2)
        o.size = QSize(wh[0].toInt(), wh[1].toInt());
    return o;
}

bool prepareScreenshot(ui::MainWindow& window, const ScreenshotOptions& options, const QString& target)
{
    if (options.size.isValid())
        window.resize(options.size);
    if (QFileInfo(target).isDir()) {
        ui::FolderScanWidget* scan = window.openFolder(target);
        if (options.size.isValid())
            scan->resize(options.size);
        QObject::connect(scan, &ui::FolderScanWidget::scanFinished, scan,
                         [scan, out = options.output] { saveAndQuit(scan, out); });
        return false;
    }
    QObject::connect(&window, &ui::MainWindow::documentOpened, &window, [&window, options] {
        ui::DocumentTab* tab = window.currentDocument();
        if (options.select.isEmpty()) {
            window.findNextUntrusted();
        } else {
            window.findField()->setText(options.select);
            window.findNext();
        }
        if (tab && !options.sideTab.isEmpty()) {
            // The page holding the view (it may sit in a scroll area).
            QWidget* view = options.sideTab == QLatin1String("trust") ? static_cast<QWidget*>(tab->trustPanel())
                : options.sideTab == QLatin1String("node")            ? static_cast<QWidget*>(tab->details())
                : options.sideTab == QLatin1String("model")           ? static_cast<QWidget*>(tab->modelTab())
                                                                      : static_cast<QWidget*>(tab->rawView());
            QTabWidget* pages = tab->sideTabs();
            int page = pages->currentIndex();
            for (int i = 0; view && i < pages->count(); ++i)
                if (pages->widget(i) == view || pages->widget(i)->isAncestorOf(view))
                    page = i;
            pages->setCurrentIndex(page);
        }
        saveAndQuit(&window, options.output);
    });
    QObject::connect(&window, &ui::MainWindow::openFailed, &window, [](const QString&, const QString& m) {
        std::cerr << "skopos: " << m.toStdString() << '\n';
        QCoreApplication::exit(ExitError);
    });
    return true;
}

} // namespace skopos::app
