#pragma once
// Help menu: a short help page (what "untrusted" and "dangerous" mean and
// what to do next), About Skopos (version and security model) and About Qt.
// Kept out of MainWindow so the window only calls addHelpActions().

#include <QDialog>

class QMenu;

namespace skopos::ui {

// The help page: a read-only text in a dialog, opened from Help › Skopos Help.
class HelpDialog : public QDialog {
    Q_OBJECT
public:
    explicit HelpDialog(QWidget* parent = nullptr);
    // The page as HTML (also what tests read).
    static QString helpHtml();
};

// The About Skopos text as HTML: version and the security model.
QString aboutHtml();

// Adds "Skopos Help" (F1), "About Skopos" and "About Qt" to `menu`; dialogs
// open over `window`.
void addHelpActions(QMenu* menu, QWidget* window);

} // namespace skopos::ui
