#pragma once
// How verdicts look everywhere in the GUI: colours, icons and the sentences
// that explain them. One place, so the tree, details and trust panel agree.

#include "tree/ObjectTree.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace skopos::ui {

QColor verdictBackground(Verdict v);          // invalid QColor for Neutral/Trusted
QColor containsUntrustedForeground();
QIcon verdictIcon(Verdict v);                 // null icon for Neutral/Trusted
QString verdictLabel(Verdict v);
QString verdictExplanation(Verdict v, const QString& typeName);
// Painted in code (no SVG plugin needed at run time).
QIcon applicationIcon();

} // namespace skopos::ui
