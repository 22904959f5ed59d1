// Entry point: a subcommand runs the command line, anything else the GUI.
#include "HugePages.h"
#include "Language.h"
#include "MainWindow.h"
#include "VerdictStyle.h"
#include "cli/Cli.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <QFileInfo>

#include <cstdlib>
#include <cstring>
#include <iostream>

namespace {

// A bare word that names no file ("skopos inpsect") is a mistyped command,
// not a model file to open: answer as the command line does, with exit 2.
bool looksLikeUnknownCommand(const char* arg)
{
    if (!arg || !*arg || arg[0] == '-' || std::strpbrk(arg, "./\\") != nullptr)
        return false;
    return !QFileInfo::exists(QString::fromLocal8Bit(arg));
}

// On X11/Wayland systems without either, QApplication would abort with a
// long plugin message; say it in one line instead.
bool noDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const auto set = [](const char* name) {
        const char* v = std::getenv(name);
        return v && *v;
    };
    return !set("QT_QPA_PLATFORM") && !set("DISPLAY") && !set("WAYLAND_DISPLAY");
#else
    return false;
#endif
}

} // namespace

int main(int argc, char** argv)
{
    // The GUI may open a big file at any time; a command pays only for big inputs.
    const bool cli = skopos::isCliInvocation(argc, argv);
    skopos::app::useHugePages(argv, !cli || skopos::app::bigInputs(argc, argv));
    if (cli)
        return skopos::runCli(argc, argv, std::cout, std::cerr);
    if (argc >= 2 && looksLikeUnknownCommand(argv[1])) {
        std::cerr << "skopos: unknown command '" << argv[1] << "' (and no such file); run 'skopos help' for usage\n";
        return skopos::ExitError;
    }
    if (noDisplay()) {
        std::cerr << "skopos: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); "
                     "use 'skopos inspect FILE' or 'skopos untrusted FILE' on the command line\n";
        return skopos::ExitError;
    }

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
    parser.setApplicationDescription(QApplication::translate(
        "main", "Looks inside skops, pickle and joblib model files without running them."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "Model file to open."));
    // For the README's pictures (scripts/screenshots.sh): open the file, select
    // its first untrusted or dangerous node, save the window as PNG and quit.
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Save a picture of the window to FILE and quit."),
                                  QStringLiteral("FILE"));
    parser.addOption(screenshot);
    parser.process(app);

    skopos::ui::MainWindow window;
    skopos::ui::addLanguageMenu(&window); // Settings › Language
    if (parser.isSet(screenshot)) {
        const QString out = parser.value(screenshot);
        QObject::connect(&window, &skopos::ui::MainWindow::documentOpened, &window, [&window, out] {
            window.findNextUntrusted();
            QTimer::singleShot(500, &window, [&window, out] {
                const bool ok = window.grab().save(out);
                std::cerr << (ok ? "skopos: saved " : "skopos: could not save ") << out.toStdString() << '\n';
                QCoreApplication::exit(ok ? 0 : skopos::ExitError);
            });
        });
        QObject::connect(&window, &skopos::ui::MainWindow::openFailed, &window, [](const QString&, const QString& m) {
            std::cerr << "skopos: " << m.toStdString() << '\n';
            QCoreApplication::exit(skopos::ExitError);
        });
    }
    window.show();
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        window.openBundledExample();
    else
        for (const QString& f : files) // each in its own tab, one after the other
            window.openFile(f);
    return app.exec();
}
