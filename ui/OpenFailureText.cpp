#include "OpenFailureText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>

namespace skopos::ui {

namespace {
// A translation context lupdate understands for the free functions.
struct OpenFailureText {
    Q_DECLARE_TR_FUNCTIONS(OpenFailureText)
};
} // namespace

QString failureSummaryText(FailureKind kind)
{
    switch (kind) {
    case FailureKind::Missing: return OpenFailureText::tr("The file does not exist.");
    case FailureKind::Folder: return OpenFailureText::tr("This is a folder, not a file.");
    case FailureKind::PermissionDenied: return OpenFailureText::tr("Permission denied.");
    case FailureKind::Empty: return OpenFailureText::tr("The file is empty.");
    case FailureKind::NotAModel: return OpenFailureText::tr("Not a pickle or model file.");
    case FailureKind::Incomplete:
        return OpenFailureText::tr("Incomplete: the file ends early; was the download interrupted?");
    case FailureKind::Damaged: return OpenFailureText::tr("The file is damaged or in a form Skopos does not read.");
    case FailureKind::OutOfMemory: return OpenFailureText::tr("Not enough memory to read this file.");
    }
    return {};
}

QMessageBox* openFailureBox(QWidget* parent, const QString& path, const QString& error)
{
    const UserMessage m = describeFailure(QFile::encodeName(path).toStdString(), error.toStdString());
    const QString name = QDir::toNativeSeparators(path);
    auto* box = new QMessageBox(QMessageBox::Critical, OpenFailureText::tr("Cannot open file"),
                                OpenFailureText::tr("Skopos could not open %1.").arg(name), QMessageBox::Ok, parent);
    box->setInformativeText(failureSummaryText(m.kind));
    box->setDetailedText(QStringLiteral("%1\n\n%2").arg(name, QString::fromStdString(m.detail)));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("openFailureBox"));
    return box;
}

} // namespace skopos::ui
