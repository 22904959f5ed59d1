#pragma once
// The user-interface language: the translations compiled into the app
// (translations/skopos_*.ts -> :/i18n/skopos_*.qm, see ui/CMakeLists.txt), the
// choice stored in the settings (System, or one language) and the
// Settings › Language menu that changes it. A change applies at the next
// start: the widgets set their texts once, when they are built.

#include <QList>
#include <QString>

class QMainWindow;
class QMenu;

namespace skopos::ui {

struct UiLanguage {
    QString code; // "en", "de", "fr": the suffix of skopos_<code>.qm
    QString name; // in its own language ("Deutsch"), as language menus show it
};

// Every language with a compiled translation, English first.
QList<UiLanguage> availableLanguages();

// The stored choice: empty = follow the system locale.
QString languageSetting();
void setLanguageSetting(const QString& code);

// Installs the translators for `code` (empty: the system locale) into the
// application: skopos_en always (the English plural forms, and the fallback
// for any string a newer build has not translated yet), then skopos_<lang>
// and Qt's own qtbase_<lang> (from QLibraryInfo::TranslationsPath, when
// installed) on top. Also makes that locale the default one, so numbers
// follow the language. Returns the language in use ("en" when the system's
// language has no translation). Call once, after the QApplication exists.
QString installTranslators(const QString& code);

// Adds the Language submenu (System Language, then each language) to
// `settingsMenu`; does nothing when it already has one. Returns the submenu.
QMenu* addLanguageMenu(QMenu* settingsMenu);
// The same for the main window's Settings menu (found by its title; a
// Settings menu is added when the window has none).
QMenu* addLanguageMenu(QMainWindow* window);

} // namespace skopos::ui
