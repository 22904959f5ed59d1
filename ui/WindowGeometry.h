#pragma once
// Where the main window appears. The first time on a screen it takes a share
// of the screen's available area (device-independent pixels, so
// QT_SCALE_FACTOR=2 on a 1600x1000 screen gives a window that fits 800x500),
// centred. Its geometry is remembered per screen (name and size): a laptop
// and the monitor beside it each keep their own. A remembered geometry that
// no longer fits (the screen shrank, the scale grew) is clamped into it.

#include <QRect>
#include <QSize>
#include <QString>

class QScreen;
class QWidget;

namespace skopos::ui {

// The settings key of a screen: "window/geometry/<name>@<w>x<h>".
QString geometryKey(const QScreen* screen);
// The first size and place on a screen of this available area.
QRect firstWindowGeometry(const QRect& available, const QSize& preferred);
// `frame` moved and shrunk to lie inside `available`.
QRect clampedInto(const QRect& frame, const QRect& available);

// Restores the window's geometry for its screen, else the first geometry; clamps.
void restoreWindowGeometry(QWidget* window, const QSize& preferred);
void saveWindowGeometry(const QWidget* window);
// Moves/shrinks a shown window whose frame does not fit its screen's available area.
void keepOnScreen(QWidget* window);

} // namespace skopos::ui
