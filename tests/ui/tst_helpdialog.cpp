// Help menu: the help page, About Skopos and About Qt are reachable from the
// main window and say what they must (version, security model, the meaning
// of "untrusted" and "dangerous").
#include "HelpDialog.h"
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

using namespace skopos::ui;

class TestHelpDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SkoposTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_helpdialog"));
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void menuHasHelpAboutAndAboutQt()
    {
        MainWindow w;
        for (const char* name : {"helpAction", "aboutAction", "aboutQtAction"})
            QVERIFY2(w.findChild<QAction*>(QLatin1String(name)) != nullptr, name);
        QCOMPARE(w.findChild<QAction*>(QStringLiteral("helpAction"))->shortcut(),
                 QKeySequence(QKeySequence::HelpContents));
    }

    void helpPageExplainsVerdicts()
    {
        MainWindow w;
        w.show();
        w.findChild<QAction*>(QStringLiteral("helpAction"))->trigger();
        auto* dialog = w.findChild<HelpDialog*>();
        QVERIFY(dialog != nullptr);
        QVERIFY(dialog->isVisible());
        const QString text = dialog->findChild<QTextBrowser*>(QStringLiteral("helpText"))->toPlainText();
        for (const char* needle : {"Untrusted types", "skops.io.get_untrusted_types", "Dangerous names", "os.system",
                                   "What to do next", "not a security guarantee"})
            QVERIFY2(text.contains(QLatin1String(needle)), needle);
    }

    void aboutShowsVersionAndSecurityModel()
    {
        MainWindow w;
        w.show();
        QString shown;
        // QMessageBox::about runs a modal loop: read and close it from inside.
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        poll.start(20);
        w.findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
        poll.stop();
        QVERIFY(shown.contains(QStringLiteral("Skopos 9.8.7")));
        QVERIFY(shown.contains(QStringLiteral("Security model")));
        QVERIFY(shown.contains(QString::fromLatin1(qVersion())));
        QCOMPARE(shown, aboutHtml());
    }
};

QTEST_MAIN(TestHelpDialog)
#include "tst_helpdialog.moc"
