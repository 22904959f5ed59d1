#include "TrustedTypesDialog.h"

#include "Settings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace skopos::ui {

TrustedTypesDialog::TrustedTypesDialog(QWidget* parent)
    : QDialog(parent), list_(new QTreeWidget), revoke_(new QPushButton(tr("&Revoke")))
{
    setWindowTitle(tr("Trusted Types"));
    setObjectName(QStringLiteral("trustedTypes"));
    auto* intro = new QLabel(tr("Types you approved. An approval for one file holds only for that file's exact "
                                "content; one for all files holds everywhere. Revoke what you no longer trust."));
    intro->setWordWrap(true);
    list_->setColumnCount(3);
    list_->setHeaderLabels({tr("Type"), tr("Approved for"), tr("When")});
    list_->setRootIsDecorated(false);
    list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list_->setColumnWidth(0, 300);
    list_->setColumnWidth(1, 260);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(revoke_, QDialogButtonBox::ActionRole);
    QPushButton* imp = buttons->addButton(tr("&Import…"), QDialogButtonBox::ActionRole);
    QPushButton* exp = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    connect(revoke_, &QPushButton::clicked, this, &TrustedTypesDialog::revokeSelected);
    connect(imp, &QPushButton::clicked, this, [this] { importFrom(); });
    connect(exp, &QPushButton::clicked, this, [this] { exportTo(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(list_, &QTreeWidget::itemSelectionChanged, this,
            [this] { revoke_->setEnabled(!list_->selectedItems().isEmpty()); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(list_, 1);
    layout->addWidget(buttons);
    resize(760, 380);
    reload();
}

void TrustedTypesDialog::reload()
{
    list_->clear();
    for (const settings::Approval& a : settings::approvals()) {
        auto* item = new QTreeWidgetItem(list_);
        item->setText(0, a.type);
        const QString where = a.forAllFiles()
            ? tr("all files")
            : tr("%1 (sha256 %2…)").arg(a.fileName.isEmpty() ? tr("one file") : a.fileName, a.fileHash.left(12));
        item->setText(1, where);
        item->setToolTip(1, a.forAllFiles() ? where : tr("SHA-256 %1").arg(a.fileHash));
        item->setText(2, a.when.isValid() ? QLocale().toString(a.when.toLocalTime(), QLocale::ShortFormat) : QString());
        item->setData(0, Qt::UserRole, a.fileHash);
    }
    if (list_->topLevelItemCount() == 0) {
        auto* none = new QTreeWidgetItem(list_);
        none->setText(0, tr("No approvals yet."));
        none->setFlags(Qt::ItemIsEnabled);
        none->setFirstColumnSpanned(true);
    }
    revoke_->setEnabled(false);
}

void TrustedTypesDialog::revokeSelected()
{
    const auto items = list_->selectedItems();
    if (items.isEmpty())
        return;
    for (const QTreeWidgetItem* item : items)
        settings::removeApproval(item->text(0), item->data(0, Qt::UserRole).toString());
    reload();
    emit approvalsChanged();
}

bool TrustedTypesDialog::importFrom(const QString& given)
{
    const QString path = given.isEmpty() ? QFileDialog::getOpenFileName(
                             this, tr("Import Trusted Types"), QDir::homePath(), tr("JSON (*.json);;All files (*)"))
                                         : given;
    if (path.isEmpty())
        return false;
    QFile f(path);
    QString error;
    int added = -1;
    if (!f.open(QIODevice::ReadOnly))
        error = f.errorString();
    else
        added = settings::importApprovals(f.read(1 << 24), &error);
    if (added < 0) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Import Trusted Types"),
                                    tr("Could not import %1: %2").arg(QDir::toNativeSeparators(path), error),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    reload();
    emit approvalsChanged();
    return true;
}

bool TrustedTypesDialog::exportTo(const QString& given)
{
    const QString path = given.isEmpty()
        ? QFileDialog::getSaveFileName(this, tr("Export Trusted Types"),
                                       QDir::homePath() + QStringLiteral("/skopos-trusted-types.json"),
                                       tr("JSON (*.json);;All files (*)"))
        : given;
    if (path.isEmpty())
        return false;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(settings::exportApprovals()) < 0 || !f.commit()) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Export Trusted Types"),
                                    tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    return true;
}

} // namespace skopos::ui
