#pragma once
// How verdicts look everywhere in the GUI: colours, icons and the sentences
// that explain them. One place, so the tree, details and trust panel agree.

#include "tree/ObjectTree.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace skopos::ui {

QColor verdictBackground(Verdict v); // invalid QColor for Neutral/Trusted
// Folder scan rows that have no tree verdict colour: a file with only
// trusted types, and a file that could not be read. Light, with black text,
// so they read the same in light and dark palettes.
QColor cleanFileBackground();
QColor errorFileBackground();
QColor containsUntrustedForeground();
QColor containsDangerousForeground();
QColor approvedForeground();
QIcon verdictIcon(Verdict v); // null icon for Neutral/Trusted
QString verdictLabel(Verdict v);
QString verdictExplanation(Verdict v, const QString& typeName);
// A type skops would refuse by default that the user approved.
QString approvedLabel();
QString approvedExplanation(const QString& typeName);
// What a dangerous name can do, from the dangerous table ("runs processes").
QString dangerousWhy(const QString& qualifiedName);
// Painted in code (no SVG plugin needed at run time).
QIcon applicationIcon();

} // namespace skopos::ui
