#pragma once
// The file-level verdict in words and colour, shown above the tree when a
// file is open: DANGEROUS (naming the globals and what they can do), "N types
// need review", or "only trusted types". The window title and status bar use
// the same short word (fileVerdictWord), so all three agree.

#include "LoadedDocument.h"

#include <QLabel>

namespace skopos::ui {

enum class FileVerdict { None, Clean, Untrusted, Dangerous };

FileVerdict fileVerdict(const LoadedDocument* doc);
// "DANGEROUS", "3 types to review", "trusted types only"; empty without a document.
QString fileVerdictWord(const LoadedDocument* doc);

class VerdictBanner : public QLabel {
    Q_OBJECT
public:
    explicit VerdictBanner(QWidget* parent = nullptr);
    void setDocument(const LoadedDocument* doc);
    FileVerdict verdict() const { return verdict_; }

private:
    FileVerdict verdict_ = FileVerdict::None;
};

} // namespace skopos::ui
