#include "ConvertFlow.h"

#include "LoadInPython.h"
#include "LoadedDocument.h"
#include "convert/Converter.h"
#include "tree/Error.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace skopos::ui {

namespace {

// The suffixes model files carry (File › Open's filter): the format and any
// compression, in any order and number (forest.joblib.gz, model.pkl.z).
bool isModelSuffix(const QString& suffix)
{
    static const QStringList known{
        QStringLiteral("skops"),  QStringLiteral("pkl"),  QStringLiteral("pickle"), QStringLiteral("p"),
        QStringLiteral("pck"),    QStringLiteral("pcl"),  QStringLiteral("pkz"),    QStringLiteral("pbz2"),
        QStringLiteral("joblib"), QStringLiteral("jl"),   QStringLiteral("sav"),    QStringLiteral("z"),
        QStringLiteral("gz"),     QStringLiteral("gzip"), QStringLiteral("bz2"),    QStringLiteral("xz"),
        QStringLiteral("lzma"),   QStringLiteral("lz4"),  QStringLiteral("zlib"),   QStringLiteral("npz")};
    return known.contains(suffix, Qt::CaseInsensitive);
}

struct Outcome {
    QString output, error;
    QStringList untrusted;
    bool cancelled = false;
};

} // namespace

ConvertFlow::ConvertFlow(QWidget* window) : QObject(window), window_(window) { }

QString ConvertFlow::suggestedOutput(const QString& input)
{
    const QFileInfo in(input);
    QString base = in.fileName();
    for (int dot = base.lastIndexOf(QLatin1Char('.')); dot > 0 && isModelSuffix(base.mid(dot + 1));
         dot = base.lastIndexOf(QLatin1Char('.')))
        base.truncate(dot);
    QString out = in.absolutePath() + QLatin1Char('/') + base + QStringLiteral(".skops");
    if (QFileInfo(out).absoluteFilePath() == in.absoluteFilePath()) // (== says "same" for two missing files)
        out = in.absolutePath() + QLatin1Char('/') + base + QStringLiteral(".converted.skops");
    return out;
}

void ConvertFlow::askAndConvert(const std::shared_ptr<LoadedDocument>& doc)
{
    if (!doc)
        return;
    const QString suggested = suggestedOutput(QString::fromStdString(doc->doc.path));
    const QString out = QFileDialog::getSaveFileName(window_, tr("Convert to skops"), suggested,
                                                     tr("skops files (*.skops)"));
    if (!out.isEmpty())
        start(doc, out);
}

bool ConvertFlow::start(const std::shared_ptr<LoadedDocument>& doc, const QString& output)
{
    if (!doc || running_)
        return false;
    const QString input = QString::fromStdString(doc->doc.path);
    if (QFileInfo(output).absoluteFilePath() == QFileInfo(input).absoluteFilePath()) {
        emit convertFailed(tr("the output would overwrite the input"));
        return false;
    }
    running_ = true;
    emit runningChanged(true);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto done = std::make_shared<std::atomic<std::uint64_t>>(0),
         total = std::make_shared<std::atomic<std::uint64_t>>(0);
    auto* progress = new QProgressDialog(tr("Converting %1…").arg(QFileInfo(input).fileName()), tr("Cancel"), 0, 1000,
                                         window_);
    progress->setWindowTitle(tr("Convert to skops"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    auto* timer = new QTimer(progress);
    connect(timer, &QTimer::timeout, progress, [progress, done, total] {
        if (const auto t = total->load(); t > 0)
            progress->setValue(static_cast<int>(std::min<std::uint64_t>(1000, done->load() * 1000 / t)));
    });
    timer->start(50);
    const std::set<std::string> trusted(doc->audit.approved.begin(), doc->audit.approved.end());
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, progress] {
        const Outcome o = watcher->result();
        watcher->deleteLater();
        progress->deleteLater();
        running_ = false;
        emit runningChanged(false);
        if (o.cancelled || !o.error.isEmpty()) {
            const QString msg = o.cancelled ? tr("cancelled; nothing written") : o.error;
            emit message(tr("Convert: %1").arg(msg), 6000);
            if (!o.cancelled) {
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Convert to skops"),
                                            tr("Could not convert:\n\n%1").arg(msg), QMessageBox::Ok, window_);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            emit convertFailed(msg);
            return;
        }
        showResult(o.output, o.untrusted);
        emit message(tr("Wrote %1").arg(o.output), 6000);
        emit converted(o.output, o.untrusted);
    });
    watcher->setFuture(QtConcurrent::run([input, output, trusted, cancel, done, total]() -> Outcome {
        Outcome o;
        ConvertOptions opt;
        opt.trusted = trusted;
        opt.cancel = cancel.get();
        opt.progress = [done, total](std::uint64_t d, std::uint64_t t) {
            done->store(d);
            total->store(t);
        };
        try {
            const ConvertResult r = convertToSkops(input.toStdString(), output.toStdString(), opt);
            o.output = QString::fromStdString(r.output);
            for (const auto& t : r.untrusted)
                o.untrusted << QString::fromStdString(t);
        } catch (const Cancelled&) {
            o.cancelled = true;
        } catch (const std::bad_alloc&) {
            o.error = tr("out of memory");
        } catch (const std::exception& e) {
            o.error = QString::fromUtf8(e.what());
        }
        return o;
    }));
    return true;
}

void ConvertFlow::showResult(const QString& output, const QStringList& untrusted)
{
    std::vector<std::string> names;
    for (const QString& t : untrusted)
        names.push_back(t.toStdString());
    const QString line = skopsLoadLine(output, names);
    auto* box = new QMessageBox(QMessageBox::Information, tr("Convert to skops"),
                                tr("Wrote %1.").arg(QDir::toNativeSeparators(output)), QMessageBox::NoButton, window_);
    box->setObjectName(QStringLiteral("convertDone"));
    box->setInformativeText(untrusted.isEmpty()
                                ? tr("It holds only types skops trusts by default.\n\n%1").arg(line)
                                : tr("Loading it needs these types trusted (review them first):\n\n%1").arg(line));
    QPushButton* openIt = box->addButton(tr("&Open It"), QMessageBox::AcceptRole);
    QPushButton* copy = box->addButton(tr("&Copy Load Line"), QMessageBox::ActionRole);
    box->addButton(QMessageBox::Close);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Every message box button closes the box; copying must not, or "Open It"
    // is gone once the line is copied: the copy button is taken off the box's
    // own click handling and says it copied instead.
    disconnect(copy, &QAbstractButton::clicked, nullptr, nullptr);
    connect(copy, &QAbstractButton::clicked, box, [copy, line] {
        QApplication::clipboard()->setText(line);
        copy->setText(tr("Copied"));
    });
    connect(box, &QMessageBox::buttonClicked, this, [this, openIt, output](QAbstractButton* b) {
        if (b == openIt)
            QTimer::singleShot(0, this, [this, output] { emit openRequested(output); });
    });
    box->open();
}

} // namespace skopos::ui
