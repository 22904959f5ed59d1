#pragma once
// A file that did not open, told in the user's words (core
// document/UserMessage decides which case it is): the message box says what
// happened in one sentence; the reader's technical message is behind
// "Show Details…".

#include "document/UserMessage.h"

#include <QString>

class QMessageBox;
class QWidget;

namespace skopos::ui {

// The translated sentence for a kind ("The file is empty.").
QString failureSummaryText(FailureKind kind);
// Non-modal, deletes itself on close; the caller calls open()/show().
QMessageBox* openFailureBox(QWidget* parent, const QString& path, const QString& error);

} // namespace skopos::ui
