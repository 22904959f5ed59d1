#include "LoadInPython.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace skopos::ui {

namespace {
// Exit status the child uses when `import skops.io` fails.
constexpr int kNoSkops = 3;

// What the child runs. It reads its inputs from argv[1] (JSON), so nothing
// taken from the model file is ever part of the program text.
const char* kRunner = R"PY(import json, sys
args = json.loads(sys.argv[1])
try:
    import skops.io
except ImportError as e:
    print("skops is not importable: %s" % e, file=sys.stderr)
    sys.exit(3)
obj = skops.io.load(args["path"], trusted=args["trusted"])
print(repr(obj))
)PY";
} // namespace

QString pythonStringLiteral(const QString& s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '\\': out += QStringLiteral("\\\\"); break;
        case '"': out += QStringLiteral("\\\""); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString skopsLoadLine(const QString& path, const std::vector<std::string>& trusted)
{
    QStringList names;
    for (const auto& t : trusted)
        names << pythonStringLiteral(QString::fromStdString(t));
    return QStringLiteral("skops.io.load(%1, trusted=[%2])")
        .arg(pythonStringLiteral(path), names.join(QStringLiteral(", ")));
}

LoadInPythonDialog::LoadInPythonDialog(const QString& path, const std::vector<std::string>& trusted,
                                       const QString& interpreter, QWidget* parent)
    : QDialog(parent), path_(path), trusted_(trusted), interpreter_(interpreter), codeView_(new QPlainTextEdit),
      output_(new QPlainTextEdit), outcome_(new QLabel), run_(new QPushButton(tr("&Run Again")))
{
    setWindowTitle(tr("Load in Python"));
    setObjectName(QStringLiteral("loadInPython"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeView_->setReadOnly(true);
    codeView_->setFont(mono);
    codeView_->setPlainText(code());
    codeView_->setMaximumHeight(codeView_->fontMetrics().height() * 5);
    output_->setReadOnly(true);
    output_->setFont(mono);
    outcome_->setWordWrap(true);
    outcome_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* intro = new QLabel(tr("Runs <code>%1</code> as a separate process with the code below. "
                                "Skopos itself never runs anything from a model file.")
                                 .arg(interpreter_.toHtmlEscaped()));
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* copy = buttons->addButton(tr("&Copy Code"), QDialogButtonBox::ActionRole);
    buttons->addButton(run_, QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, &LoadInPythonDialog::copyCode);
    connect(copy, &QPushButton::clicked, copy, [copy] { copy->setText(tr("Copied")); }); // the dialog stays open
    connect(run_, &QPushButton::clicked, this, &LoadInPythonDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(codeView_);
    layout->addWidget(new QLabel(tr("Output:")));
    layout->addWidget(output_, 1);
    layout->addWidget(outcome_);
    layout->addWidget(buttons);
    resize(720, 420);

    process_.setProcessChannelMode(QProcess::MergedChannels);
    connect(&process_, &QProcess::readyRead, this, [this] {
        output_->moveCursor(QTextCursor::End);
        output_->insertPlainText(QString::fromUtf8(process_.readAll()));
    });
    connect(&process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            done(false,
                 tr("Python was not found: could not start \"%1\" (%2). Set the interpreter in "
                    "Settings › Python Interpreter…")
                     .arg(interpreter_, process_.errorString()));
    });
    connect(&process_, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        output_->moveCursor(QTextCursor::End);
        output_->insertPlainText(QString::fromUtf8(process_.readAll()));
        if (status != QProcess::NormalExit)
            done(false, tr("%1 stopped unexpectedly.").arg(interpreter_));
        else if (code == kNoSkops)
            done(false,
                 tr("skops is not installed for %1: install it (pip install skops) or choose another "
                    "interpreter in Settings › Python Interpreter…")
                     .arg(interpreter_));
        else if (code != 0)
            done(false,
                 tr("skops refused or failed to load the file (exit status %1); its message is above.").arg(code));
        else
            done(true, tr("Loaded: the repr of the loaded object is above."));
    });
}

LoadInPythonDialog::~LoadInPythonDialog()
{
    if (process_.state() != QProcess::NotRunning) {
        process_.kill();
        process_.waitForFinished(2000);
    }
}

QString LoadInPythonDialog::code() const
{
    return QStringLiteral("import skops.io\nobj = %1\nprint(obj)").arg(skopsLoadLine(path_, trusted_));
}

QString LoadInPythonDialog::output() const { return output_->toPlainText(); }
QString LoadInPythonDialog::outcome() const { return outcome_->text(); }

void LoadInPythonDialog::copyCode() { QApplication::clipboard()->setText(code()); }

void LoadInPythonDialog::run()
{
    if (process_.state() != QProcess::NotRunning)
        return;
    output_->clear();
    outcome_->setText(tr("Running %1…").arg(interpreter_));
    run_->setEnabled(false);
    QJsonArray names;
    for (const auto& t : trusted_)
        names.append(QString::fromStdString(t));
    const QJsonObject args{{QStringLiteral("path"), path_}, {QStringLiteral("trusted"), names}};
    process_.start(interpreter_,
                   {QStringLiteral("-c"), QString::fromLatin1(kRunner),
                    QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact))});
}

void LoadInPythonDialog::done(bool ok, const QString& outcome)
{
    outcome_->setText(outcome);
    outcome_->setStyleSheet(ok ? QString() : QStringLiteral("color: #b71c1c"));
    run_->setEnabled(true);
    emit finished(ok);
}

} // namespace skopos::ui
