// Entry point: a subcommand runs the command line, anything else the GUI.
#include "cli/Cli.h"

#include <QApplication>
#include <iostream>

int main(int argc, char** argv)
{
    if (skopos::isCliInvocation(argc, argv))
        return skopos::runCli(argc, argv, std::cout, std::cerr);
    QApplication app(argc, argv);
    return 0;
}
