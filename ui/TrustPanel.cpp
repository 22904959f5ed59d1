#include "TrustPanel.h"

#include "VerdictStyle.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <set>

namespace skopos::ui {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
}

TrustPanel::TrustPanel(QWidget* parent)
    : QWidget(parent), intro_(new QLabel), types_(new QListWidget), dangerous_(new QLabel), notes_(new QLabel),
      trusted_(new QPlainTextEdit), copy_(new QPushButton(tr("&Copy"))), save_(new QPushButton(tr("&Save…")))
{
    intro_->setWordWrap(true);
    intro_->setText(tr("Types skops.io.load would refuse. Approve a type only after reviewing what it does; "
                       "approvals are remembered per type. Dangerous names cannot be approved."));
    dangerous_->setWordWrap(true);
    dangerous_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    notes_->setWordWrap(true);
    notes_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    trusted_->setReadOnly(true);
    trusted_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    trusted_->setMaximumHeight(trusted_->fontMetrics().height() * 5);
    copy_->setToolTip(tr("Copy the trusted=[...] list of approved types for skops.io.load"));
    save_->setToolTip(tr("Save the trusted=[...] list of approved types to a file"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("For skops.io.load:")));
    buttons->addStretch(1);
    buttons->addWidget(copy_);
    buttons->addWidget(save_);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addWidget(types_, 1);
    layout->addWidget(dangerous_);
    layout->addWidget(notes_);
    layout->addLayout(buttons);
    layout->addWidget(trusted_);

    connect(types_, &QListWidget::itemChanged, this, &TrustPanel::itemChanged);
    connect(copy_, &QPushButton::clicked, this, &TrustPanel::copyTrustedList);
    connect(save_, &QPushButton::clicked, this, &TrustPanel::saveTrustedList);
    setDocument(nullptr);
}

void TrustPanel::setDocument(const std::shared_ptr<const LoadedDocument>& doc)
{
    doc_ = doc;
    filling_ = true;
    types_->clear();
    dangerous_->clear();
    notes_->clear();
    const bool has = doc_ != nullptr;
    copy_->setEnabled(has);
    save_->setEnabled(has);
    if (!has) {
        trusted_->clear();
        filling_ = false;
        return;
    }
    const AuditResult& a = doc_->audit;
    const std::set<std::string> danger(a.dangerous.begin(), a.dangerous.end());
    std::set<std::string> names(a.untrusted.begin(), a.untrusted.end());
    names.insert(a.approved.begin(), a.approved.end());
    const std::set<std::string> approved(a.approved.begin(), a.approved.end());
    for (const auto& name : names) {
        auto* item = new QListWidgetItem(qs(name), types_);
        if (danger.count(name)) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setIcon(verdictIcon(Verdict::Dangerous));
            item->setToolTip(verdictExplanation(Verdict::Dangerous, qs(name)));
        } else {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(approved.count(name) ? Qt::Checked : Qt::Unchecked);
            item->setIcon(approved.count(name) ? QIcon() : verdictIcon(Verdict::Untrusted));
            item->setToolTip(approved.count(name) ? tr("Approved by you: %1 is trusted when loading.").arg(qs(name))
                                                  : verdictExplanation(Verdict::Untrusted, qs(name)));
        }
    }
    if (names.empty())
        new QListWidgetItem(tr("No untrusted types: skops.io.load opens this file with its defaults."), types_);
    if (!a.dangerous.empty()) {
        QStringList d;
        for (const auto& n : a.dangerous)
            d << qs(n).toHtmlEscaped();
        dangerous_->setText(QStringLiteral("<span style='color:#b71c1c'><b>%1</b> %2</span>")
                                .arg(tr("Dangerous names:"), d.join(QStringLiteral(", "))));
    }
    QStringList notes;
    for (const auto& n : doc_->doc.notes)
        notes << qs(n).toHtmlEscaped();
    if (!doc_->doc.skopsAuditFailure.empty())
        notes << tr("skops' own audit of this file fails: %1").arg(qs(doc_->doc.skopsAuditFailure).toHtmlEscaped());
    if (!notes.isEmpty())
        notes_->setText(QStringLiteral("<b>%1</b><br>").arg(tr("Notes:")) + notes.join(QStringLiteral("<br>")));
    trusted_->setPlainText(trustedText());
    filling_ = false;
}

QString TrustPanel::trustedText() const
{
    return doc_ ? trustedListText(doc_->audit.approved) : QString();
}

void TrustPanel::itemChanged(QListWidgetItem* item)
{
    if (filling_ || !(item->flags() & Qt::ItemIsUserCheckable))
        return;
    emit approvalChanged(item->text(), item->checkState() == Qt::Checked);
}

void TrustPanel::copyTrustedList()
{
    QApplication::clipboard()->setText(trustedText());
}

void TrustPanel::saveTrustedList()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export trusted list"), QStringLiteral("trusted.py"),
                                                      tr("Python (*.py);;Text (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write((trustedText() + '\n').toUtf8()) < 0) {
        QMessageBox::warning(this, tr("Export trusted list"),
                             tr("Could not write %1:\n%2").arg(path, f.errorString()));
    }
}

} // namespace skopos::ui
