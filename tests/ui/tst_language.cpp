// The interface language: the compiled translations are in the resources
// (German, French and the English plural forms), plurals pick the right form
// per language, Settings › Language stores the choice (with a restart note),
// widgets built after installTranslators("de") speak German, and the app
// follows the system locale unless the settings name a language.
#include "FolderScanWidget.h"
#include "Language.h"
#include "MainWindow.h"
#include "ScanTableModel.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace skopos::ui;

class TestLanguage : public QObject {
    Q_OBJECT

    static QString tr(const QTranslator& t, const char* ctx, const char* src, int n = -1)
    {
        return t.translate(ctx, src, nullptr, n);
    }

    // `skopos --help-all` (the GUI's parser; `--help` is the CLI's) under `env`: its description is translated.
    static QString helpText(const QProcessEnvironment& env)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SKOPOS_GUI_BINARY), {QStringLiteral("--help-all")});
        if (!p.waitForFinished(30000))
            return QStringLiteral("(timed out)");
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SkoposTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void compiledTranslations()
    {
        const QList<UiLanguage> langs = availableLanguages();
        QStringList codes, names;
        for (const UiLanguage& l : langs) {
            codes << l.code;
            names << l.name;
        }
        QCOMPARE(codes, QStringList({"en", "de", "fr"}));
        QCOMPARE(names, QStringList({"English", "Deutsch", "Français"}));

        QTranslator de, fr, en;
        QVERIFY(de.load(QStringLiteral(":/i18n/skopos_de.qm")));
        QVERIFY(fr.load(QStringLiteral(":/i18n/skopos_fr.qm")));
        QVERIFY(en.load(QStringLiteral(":/i18n/skopos_en.qm")));
        QCOMPARE(tr(de, "skopos::ui::FolderScanWidget", "&Stop"), QStringLiteral("&Anhalten"));
        QCOMPARE(tr(fr, "skopos::ui::FolderScanWidget", "&Stop"), QStringLiteral("&Arrêter"));
        // Plural forms: German 1 | other, French 0-1 | other, English 1 | other.
        const char* ctx = "skopos::ui::VerdictBanner";
        const char* src = "%n type(s) to review";
        QCOMPARE(tr(de, ctx, src, 1), QStringLiteral("%n Typ zu prüfen"));
        QCOMPARE(tr(de, ctx, src, 0), QStringLiteral("%n Typen zu prüfen"));
        QCOMPARE(tr(fr, ctx, src, 0), QStringLiteral("%n type à examiner"));
        QCOMPARE(tr(fr, ctx, src, 1), QStringLiteral("%n type à examiner"));
        QCOMPARE(tr(fr, ctx, src, 2), QStringLiteral("%n types à examiner"));
        QCOMPARE(tr(en, ctx, src, 1), QStringLiteral("%n type to review"));
        QCOMPARE(tr(en, ctx, src, 4), QStringLiteral("%n types to review"));
        // English holds only the plural forms.
        QVERIFY(tr(en, "skopos::ui::FolderScanWidget", "&Stop").isEmpty());
    }

    void settingsMenu()
    {
        QSettings().clear();
        MainWindow window;
        QMenu* menu = addLanguageMenu(&window);
        QVERIFY(menu);
        QCOMPARE(menu->objectName(), QStringLiteral("languageMenu"));
        // It sits in the window's own Settings menu, once.
        auto* settings = qobject_cast<QMenu*>(menu->parent());
        QVERIFY(settings);
        QCOMPARE(settings->title(), QStringLiteral("&Settings"));
        QCOMPARE(addLanguageMenu(&window), menu);
        QCOMPARE(window.menuBar()->findChildren<QMenu*>(QStringLiteral("languageMenu")).size(), 1);

        QStringList texts;
        QAction* german = nullptr;
        for (QAction* a : menu->actions()) {
            if (a->isSeparator())
                continue;
            texts << a->text();
            QVERIFY(a->isCheckable());
            QCOMPARE(a->isChecked(), a->data().toString().isEmpty()); // "System" while nothing is stored
            if (a->data().toString() == QLatin1String("de"))
                german = a;
        }
        QCOMPARE(texts, QStringList({"&System Language", "English", "Deutsch", "Français"}));
        QVERIFY(german);
        german->trigger();
        QCOMPARE(languageSetting(), QStringLiteral("de"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        auto* note = window.findChild<QMessageBox*>(QStringLiteral("languageRestartNote"));
        QVERIFY(note);
        QVERIFY(note->text().contains(QStringLiteral("restart")));
        note->close();
        setLanguageSetting(QString());
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    }

    // The binary follows the system locale, and the stored choice over it.
    void appFollowsLocaleAndSetting()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        QVERIFY2(helpText(env).contains(QStringLiteral("Schaut in skops-, pickle- und joblib-Modelldateien")),
                 qPrintable(helpText(env)));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("it_IT.UTF-8")); // no Italian: English
        QVERIFY(helpText(env).contains(QStringLiteral("Looks inside skops, pickle and joblib model files")));
        // Settings › Language = Français wins over the German system locale.
        QVERIFY(QDir(config.path()).mkpath(QStringLiteral("Skopos")));
        {
            QSettings stored(config.path() + QStringLiteral("/Skopos/Skopos.conf"), QSettings::IniFormat);
            stored.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
        }
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        QVERIFY2(helpText(env).contains(QStringLiteral("Examine les fichiers de modèle skops, pickle et joblib")),
                 qPrintable(helpText(env)));
    }

    // Last: installs German into this process for good.
    void widgetsInGerman()
    {
        QCOMPARE(installTranslators(QStringLiteral("de")), QStringLiteral("de"));
        FolderScanWidget w;
        QVERIFY2(w.statusText().startsWith(QStringLiteral("0 Modelldateien — gefährlich: 0")),
                 qPrintable(w.statusText()));
        QCOMPARE(w.model()->headerData(ScanTableModel::ColVerdict, Qt::Horizontal).toString(),
                 QStringLiteral("Bewertung"));
        QCOMPARE(ScanTableModel::verdictWord(skopos::scan::ScanVerdict::Clean), QStringLiteral("unbedenklich"));
        QCOMPARE(QCoreApplication::translate("skopos::ui::VerdictBanner", "%n type(s) to review", nullptr, 1),
                 QStringLiteral("1 Typ zu prüfen"));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
