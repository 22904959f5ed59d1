#pragma once
// Starting the window program from `skopos`. The launcher links QtCore only
// (`skopos --version`: 12 ms of CPU instead of 26 ms with the widget, X11
// and font libraries, 23 shared objects instead of 51; issue 11), so the
// window lives in its own executable, skopos-gui, which the launcher
// replaces itself with (exec: same pid, same arguments, same exit code for
// whoever started `skopos`).

namespace skopos::app {

// Execs skopos-gui with `argv` unchanged, looking first next to this
// executable (the build tree: build/app/), then at the installed place
// (libexec/skopos/, found relative to this executable's folder, so a moved
// prefix or a DESTDIR install works). Returns only on failure, after one
// line on stderr naming the path tried; the result is the exit code.
int execGui(char** argv);

} // namespace skopos::app
