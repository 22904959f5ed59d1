#include "BeforeWindow.h"

#include "cli/Cli.h"

#include <QFileInfo>
#include <QString>

#include <cstdlib>
#include <cstring>
#include <iostream>

namespace skopos::app {

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

int refuseBeforeWindow(int argc, char** argv)
{
    if (argc >= 2 && looksLikeUnknownCommand(argv[1])) {
        std::cerr << "skopos: unknown command '" << argv[1] << "' (and no such file); run 'skopos help' for usage\n";
        return ExitError;
    }
    if (noDisplay()) {
        std::cerr << "skopos: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); "
                     "use 'skopos inspect FILE' or 'skopos untrusted FILE' on the command line\n";
        return ExitError;
    }
    return -1;
}

} // namespace skopos::app
