// Entry point: a subcommand runs the command line, anything else the GUI.
#include "MainWindow.h"
#include "VerdictStyle.h"
#include "cli/Cli.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTranslator>

#include <iostream>

int main(int argc, char** argv)
{
    if (skopos::isCliInvocation(argc, argv))
        return skopos::runCli(argc, argv, std::cout, std::cerr);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Skopos"));
    QApplication::setApplicationName(QStringLiteral("Skopos"));
    QApplication::setApplicationVersion(QStringLiteral(SKOPOS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("skopos"));
    QApplication::setWindowIcon(skopos::ui::applicationIcon());

    // Translations are compiled in (qt_add_translations) under :/i18n.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("skopos"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Looks inside skops, pickle and joblib model files without running them."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "Model file to open."));
    parser.process(app);

    skopos::ui::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        window.openBundledExample();
    else
        window.openFile(files.front());
    return app.exec();
}
