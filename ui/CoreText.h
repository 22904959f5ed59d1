#pragma once
// The core writes its texts in English and knows no translations (it has no
// Qt Widgets and no tr()): the reasons of the dangerous-name table
// (trust/DangerousNames: "runs processes") and the names readers give to
// nodes without a Python type ("(pickle stream)"). The GUI shows them in the
// user's language through this table, keyed by the core's English text; a
// text missing here is shown as the core wrote it.

#include <QString>
#include <QStringList>

#include <string_view>

namespace skopos::ui {

// A reason or other core text in the interface language.
QString coreText(std::string_view english);
// A node's type name for display: the readers' parenthesised names
// translated, Python names ("sklearn.svm.SVC") as they are.
QString coreTypeName(const QString& typeName);
// Every text of the table, in English (tests).
QStringList coreTexts();

} // namespace skopos::ui
