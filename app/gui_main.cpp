// Entry point of `skopos-gui`, the window. Users type `skopos` (main.cpp),
// which runs commands itself and starts this program for everything else
// with the same arguments; installed under libexec/skopos, as it is not a
// command of its own, but it also works when started directly.
#include "BeforeWindow.h"
#include "HugePages.h"
#include "Language.h"
#include "DocumentTab.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "SingleInstance.h"
#include "VerdictStyle.h"
#include "cli/Cli.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

#include <iostream>

int main(int argc, char** argv)
{
    // The window may open a big file at any time. Started by the launcher,
    // the tunable is already set (one exec) and this only restores the
    // environment for child processes; started directly, it re-executes.
    skopos::app::useHugePages(argv, true);
    skopos::app::oneMallocArena();
    // Already checked by the launcher; here for a direct start.
    if (const int refused = skopos::app::refuseBeforeWindow(argc, argv); refused >= 0)
        return refused;

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Skopos"));
    QApplication::setApplicationName(QStringLiteral("Skopos"));
    QApplication::setApplicationVersion(QStringLiteral(SKOPOS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.skopos"));
    QApplication::setWindowIcon(skopos::ui::applicationIcon());

    // The language chosen in Settings › Language, else the system's
    // (translations compiled in under :/i18n; ui/Language.h).
    skopos::ui::installTranslators(skopos::ui::languageSetting());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Looks inside skops, pickle and joblib model files without running them."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "Model file to open."));
    skopos::app::addScreenshotOptions(parser); // Screenshot.h
    QCommandLineOption newWindow(
        QStringLiteral("new-window"),
        QApplication::translate("main", "Open a window of its own, not a tab in the running one."));
    parser.addOption(newWindow);
    parser.process(app);

    // Paths as this process sees them: the running window has its own working folder.
    QStringList files;
    for (const QString& f : parser.positionalArguments())
        files << QFileInfo(f).absoluteFilePath();

    // The running window takes the files (and comes to the front), unless
    // this start asks for its own window; a picture is always taken of a
    // window of its own. Otherwise this window is the one later starts find.
    skopos::ui::SingleInstance instance;
    const skopos::app::ScreenshotOptions shot = skopos::app::screenshotOptions(parser);
    if (!parser.isSet(newWindow) && shot.output.isEmpty()) {
        const QString name = skopos::ui::instanceServerName();
        skopos::ui::InstanceAnswer asked = skopos::ui::askRunningInstance(name, QStringLiteral("open"), files);
        // Not there, but the name is taken: a window that started at the same moment.
        if (!asked.reached && !instance.listen(name))
            asked = skopos::ui::askRunningInstance(name, QStringLiteral("open"), files);
        if (asked.answered)
            return 0;
        if (asked.reached)
            std::cerr << "skopos: the running window does not answer; opening a new one\n";
    }

    skopos::ui::MainWindow window;
    skopos::ui::addLanguageMenu(&window); // Settings › Language
    if (!shot.output.isEmpty() && !skopos::app::prepareScreenshot(window, shot, files.value(0)))
        files.clear(); // a folder: its scan window is the picture
    // Tests of one window per user: which process opened which file.
    if (qEnvironmentVariableIsSet("SKOPOS_REPORT_OPENED"))
        QObject::connect(&window, &skopos::ui::MainWindow::documentOpened, &window,
                         [](const QString& path) { std::cout << "opened " << path.toStdString() << std::endl; });
    instance.setHandler([&window](const QString& command, const QStringList& args) -> QStringList {
        if (command == QLatin1String("open")) {
            for (const QString& f : args) // each in its own tab, after those opening now
                window.openFile(f);
            window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window.raise();
            window.activateWindow();
            return {QStringLiteral("ok")};
        }
        if (command == QLatin1String("list-tabs")) { // what is open (tests)
            QStringList open;
            for (int i = 0; i < window.documentCount(); ++i)
                open << window.documentAt(i)->filePath();
            return open;
        }
        return {};
    });
    window.show();
    if (files.isEmpty())
        window.openBundledExample();
    else
        for (const QString& f : files) // each in its own tab, one after the other
            window.openFile(f);
    return app.exec();
}
