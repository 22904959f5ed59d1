#pragma once
// The answers `skopos` gives without opening a window: a mistyped command
// and a missing display. The launcher (main.cpp) gives them before it starts
// skopos-gui, so they cost no widget libraries and read exactly as the
// command line's errors; skopos-gui (gui_main.cpp) checks again when it is
// started directly. QtCore only.

namespace skopos::app {

// Prints one line and returns ExitError when the arguments cannot open a
// window: a bare word that is neither a file nor a command ("skopos
// inpsect"), or no display on X11/Wayland systems. Otherwise returns -1.
int refuseBeforeWindow(int argc, char** argv);

} // namespace skopos::app
