#include "Language.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

namespace skopos::ui {

namespace {
const char* kLanguage = "ui/language";
const QString kResourceDir = QStringLiteral(":/i18n");

// Each language's name in that language, as language menus show it; Qt's
// nativeLanguageName() says "American English" and lower-cases "français".
QString nativeName(const QString& code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    QString n = QLocale(code).nativeLanguageName();
    if (!n.isEmpty())
        n[0] = n[0].toUpper();
    return n.isEmpty() ? code : n;
}

bool load(QTranslator* t, const QLocale& locale, const QString& name, const QString& dir)
{
    return t->load(locale, name, QStringLiteral("_"), dir);
}
} // namespace

QList<UiLanguage> availableLanguages()
{
    QList<UiLanguage> out;
    const QStringList files = QDir(kResourceDir).entryList({QStringLiteral("skopos_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& f : files) {
        const QString code = f.mid(7, f.size() - 7 - 3); // skopos_<code>.qm
        out.append({code, nativeName(code)});
    }
    std::stable_sort(out.begin(), out.end(), [](const UiLanguage& a, const UiLanguage& b) {
        return (a.code == QLatin1String("en")) > (b.code == QLatin1String("en"));
    });
    return out;
}

QString languageSetting() { return QSettings().value(kLanguage).toString(); }

void setLanguageSetting(const QString& code)
{
    if (code.isEmpty())
        QSettings().remove(kLanguage);
    else
        QSettings().setValue(kLanguage, code);
}

QString installTranslators(const QString& code)
{
    auto* app = QCoreApplication::instance();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // English first: its plural forms ("1 file", "2 files") and the fallback
    // for strings the chosen translation lacks. Translators installed later
    // are asked first.
    auto* english = new QTranslator(app);
    if (english->load(QStringLiteral("skopos_en"), kResourceDir))
        QCoreApplication::installTranslator(english);
    else
        delete english;
    QString active = QStringLiteral("en");
    auto* own = new QTranslator(app);
    if (load(own, locale, QStringLiteral("skopos"), kResourceDir) && !own->language().startsWith(QLatin1String("en"))) {
        QCoreApplication::installTranslator(own);
        active = own->language().section(QLatin1Char('_'), 0, 0);
        // Qt's own dialogs and buttons (QMessageBox, QFileDialog), when the
        // system has Qt's translations (Debian: qt6-translations-l10n).
        auto* qt = new QTranslator(app);
        if (load(qt, QLocale(active), QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    } else {
        delete own;
    }
    // Numbers and dates follow the chosen language, not only the words.
    if (!code.isEmpty())
        QLocale::setDefault(QLocale(code));
    return active;
}

QMenu* addLanguageMenu(QMenu* settingsMenu)
{
    if (auto* existing = settingsMenu->findChild<QMenu*>(QStringLiteral("languageMenu"), Qt::FindDirectChildrenOnly))
        return existing;
    auto* menu = settingsMenu->addMenu(QCoreApplication::translate("skopos::ui::Language", "&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    const QString current = languageSetting();
    auto add = [&](const QString& code, const QString& text) {
        QAction* a = menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setData(code);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, menu, [menu, code] {
            if (code == languageSetting())
                return;
            setLanguageSetting(code);
            // Not modal-blocking: the choice is already stored.
            auto* note = new QMessageBox(
                QMessageBox::Information, QCoreApplication::translate("skopos::ui::Language", "Language"),
                QCoreApplication::translate("skopos::ui::Language",
                                            "The new language takes effect after Skopos restarts."),
                QMessageBox::Ok, menu->window());
            note->setObjectName(QStringLiteral("languageRestartNote"));
            note->setAttribute(Qt::WA_DeleteOnClose);
            note->open();
        });
    };
    add(QString(), QCoreApplication::translate("skopos::ui::Language", "&System Language"));
    menu->addSeparator();
    for (const UiLanguage& l : availableLanguages())
        add(l.code, l.name);
    return menu;
}

QMenu* addLanguageMenu(QMainWindow* window)
{
    const QString title = QCoreApplication::translate("skopos::ui::MainWindow", "&Settings");
    for (QMenu* m : window->menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly))
        if (m->title() == title)
            return addLanguageMenu(m);
    return addLanguageMenu(window->menuBar()->addMenu(title));
}

} // namespace skopos::ui
