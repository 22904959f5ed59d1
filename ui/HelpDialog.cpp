#include "HelpDialog.h"

#include "sandbox/ReaderProcess.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace skopos::ui {

HelpDialog::HelpDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Skopos Help"));
    auto* text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("helpText"));
    text->setOpenExternalLinks(true);
    text->setHtml(helpHtml());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(640, 560);
}

// One translatable string per paragraph, so translators see whole sentences
// and a changed paragraph leaves the others translated.
QString HelpDialog::helpHtml()
{
    const QStringList parts = {
        tr("<h2>Reading a model file safely</h2>"),
        tr("<p>Skopos reads skops, pickle and joblib files without running them: it decodes the bytes "
           "and shows the objects the file would build, but never imports or executes anything from "
           "the file. Opening a file in Skopos is therefore safe; loading it in Python may not be.</p>"),
        tr("<h3>Untrusted types</h3>"),
        tr("<p>A type is <b>untrusted</b> when <code>skops.io.load</code> would refuse to create it "
           "unless you name it in <code>trusted=[...]</code>. Skopos lists them exactly as "
           "<code>skops.io.get_untrusted_types</code> does. Untrusted does not mean malicious: custom "
           "estimators and many third-party classes are untrusted simply because skops does not know "
           "them. For a pickle, Skopos reports what skops would say about the same object saved with "
           "skops.</p>"),
        tr("<h3>Dangerous names</h3>"),
        tr("<p>A pickle names the Python functions and classes it calls while it is loaded. A name is "
           "marked <b>dangerous</b> when calling it can run commands, execute code, open files or "
           "network connections, or import modules (for example <code>os.system</code>, "
           "<code>builtins.eval</code> or <code>subprocess.Popen</code>). A file with a dangerous name "
           "can take over your account the moment <code>pickle.load</code> or "
           "<code>joblib.load</code> reads it.</p>"),
        tr("<h3>What to do next</h3>"),
        tr("<ul>"
           "<li><b>Dangerous:</b> do not load the file. Ask its author for a skops file, or for the "
           "code and data to rebuild the model.</li>"
           "<li><b>Untrusted types:</b> look at each one. Trust a type only when you know the module "
           "it comes from and have it installed from a source you trust; then export the trusted "
           "list (File › Export Trusted List) and pass it to <code>skops.io.load(..., "
           "trusted=...)</code>.</li>"
           "<li><b>A pickle or joblib file you must use:</b> convert it to skops (File › Convert to "
           "skops) and load the skops file, so that every type is checked again at load time.</li>"
           "<li><b>Only trusted types:</b> skops can load the file with its defaults.</li>"
           "</ul>"),
        tr("<p>Skopos is an inspection aid, not a security guarantee. A clean report means that no type "
           "outside the trusted lists was found, not that the file is safe: a trusted type can still "
           "be used in unexpected ways, and Skopos cannot know what your own code does with the "
           "model.</p>"),
    };
    return parts.join(QString());
}

QString aboutHtml()
{
    return HelpDialog::tr("<p><b>Skopos %1</b></p>"
                          "<p>Looks inside skops, pickle and joblib model files without running them.</p>"
                          "<p><b>Security model.</b> Skopos never imports or executes anything from a file: "
                          "it decodes the bytes and builds the object tree itself. It reports the types "
                          "skops would refuse to load, exactly as skops.io.get_untrusted_types decides "
                          "them, and marks pickle globals that can run code when the file is loaded. It "
                          "cannot know whether a trusted type is used harmlessly, nor what your own code "
                          "does with the model: it is an inspection aid, not a security guarantee.</p>"
                          "<p>Built with Qt %2.</p>")
               .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()))
        + HelpDialog::tr("<p><b>Reader sandbox:</b> %1 (<code>skopos doctor</code> tries each forbidden "
                         "operation).</p>")
              .arg(QString::fromStdString(sandbox::sandboxSummary()).toHtmlEscaped());
}

void addHelpActions(QMenu* menu, QWidget* window)
{
    QAction* help = menu->addAction(HelpDialog::tr("Skopos &Help"), window, [window] {
        auto* dialog = new HelpDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->setObjectName(QStringLiteral("helpAction"));
    help->setShortcut(QKeySequence::HelpContents);
    menu->addSeparator();
    QAction* about = menu->addAction(HelpDialog::tr("&About Skopos"), window, [window] {
        QMessageBox::about(window, HelpDialog::tr("About Skopos"), aboutHtml());
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = menu->addAction(HelpDialog::tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

} // namespace skopos::ui
