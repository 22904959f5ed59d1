#include "GuiLauncher.h"

#include "cli/Cli.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>
#include <system_error>

// Where skopos-gui is installed, relative to where skopos is (bindir ->
// libexecdir/skopos, "../libexec/skopos" on the usual prefixes); computed by
// app/CMakeLists.txt from the same GNUInstallDirs packaging/Packaging.cmake uses.
#ifndef SKOPOS_GUI_RELATIVE_DIR
#error "SKOPOS_GUI_RELATIVE_DIR is set by app/CMakeLists.txt"
#endif

namespace skopos::app {

int execGui(char** argv)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (ec) {
        std::cerr << "skopos: cannot start the window: /proc/self/exe is unreadable (" << ec.message() << ")\n";
        return ExitError;
    }
    const fs::path dir = self.parent_path();
    const fs::path candidates[] = {dir / "skopos-gui",
                                   (dir / SKOPOS_GUI_RELATIVE_DIR / "skopos-gui").lexically_normal()};
    for (const fs::path& gui : candidates) {
        ::execv(gui.c_str(), argv);
        // Missing here: try the next place. Present but not runnable: say so.
        if (errno != ENOENT) {
            std::cerr << "skopos: cannot start the window " << gui.string() << ": " << std::strerror(errno) << '\n';
            return ExitError;
        }
    }
    std::cerr << "skopos: cannot start the window: " << candidates[1].string()
              << " is missing (skopos-gui is not installed)\n";
    return ExitError;
}

} // namespace skopos::app
