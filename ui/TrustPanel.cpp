#include "TrustPanel.h"

#include "Settings.h"
#include "VerdictStyle.h"
#include "trust/TrustProfile.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>
#include <set>
#include <unordered_map>

namespace skopos::ui {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }

// Libraries whose types skops' defaults cover in part; anything else is third-party code.
bool coreLibrary(const QString& top)
{
    static const QStringList libs{QStringLiteral("sklearn"),     QStringLiteral("numpy"),
                                  QStringLiteral("scipy"),       QStringLiteral("builtins"),
                                  QStringLiteral("collections"), QStringLiteral("functools"),
                                  QStringLiteral("operator"),    QStringLiteral("math"),
                                  QStringLiteral("copyreg"),     QStringLiteral("__builtin__")};
    return libs.contains(top);
}

constexpr std::uint16_t kAllLists = 0xff;
} // namespace

QString TrustPanel::moduleOf(const QString& typeName)
{
    const qsizetype dot = typeName.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? typeName.left(dot) : typeName;
}

QString TrustPanel::noteFor(const QString& typeName, bool dangerous)
{
    if (dangerous) {
        const QString why = dangerousWhy(typeName);
        return why.isEmpty() ? tr("DANGEROUS: cannot be approved") : tr("DANGEROUS (%1): cannot be approved").arg(why);
    }
    const QString top = typeName.section(QLatin1Char('.'), 0, 0);
    const QString last = typeName.section(QLatin1Char('.'), -1);
    QStringList notes;
    if (TrustProfile::bundled().inLists(kAllLists, typeName.toStdString()))
        notes << tr("trusted by default where another loader holds it");
    if (top == QStringLiteral("sklearn") && last.startsWith(QLatin1Char('_')))
        notes << tr("a private scikit-learn type");
    else if (top == QStringLiteral("sklearn"))
        notes << tr("scikit-learn, not on skops' default list");
    if (!coreLibrary(top))
        notes << tr("from %1, a library outside scikit-learn, numpy and scipy: review its source").arg(top);
    if (notes.isEmpty())
        notes << tr("not on skops' default trusted lists");
    return notes.join(QStringLiteral("; "));
}

TrustPanel::TrustPanel(QWidget* parent)
    : QWidget(parent), intro_(new QLabel), applied_(new QLabel), types_(new QTreeWidget),
      previous_(new QPushButton(tr("◀ &Previous"))), next_(new QPushButton(tr("N&ext ▶"))),
      approveModule_(new QPushButton(tr("Approve &module…"))),
      rememberAll_(new QCheckBox(tr("Remember new approvals for &all files"))), dangerous_(new QLabel),
      notes_(new QLabel), trusted_(new QPlainTextEdit), copy_(new QPushButton(tr("&Copy"))),
      save_(new QPushButton(tr("&Save…")))
{
    intro_->setWordWrap(true);
    intro_->setText(
        tr("Types skops.io.load would refuse. Approve a type only after reviewing what it does. "
           "Approvals hold for this file only unless you choose all files. Dangerous names cannot be approved."));
    applied_->setWordWrap(true);
    applied_->hide();
    types_->setColumnCount(4);
    types_->setHeaderLabels({tr("Type"), tr("Nodes"), tr("Module"), tr("Note")});
    types_->setRootIsDecorated(false);
    types_->setUniformRowHeights(true); // rows keep their height when ticked
    types_->setIconSize(QSize(16, 16));
    types_->header()->setSectionResizeMode(TypeColumn, QHeaderView::Interactive);
    types_->header()->setStretchLastSection(true);
    types_->setColumnWidth(TypeColumn, 260);
    types_->setColumnWidth(NodesColumn, 50);
    types_->setColumnWidth(ModuleColumn, 160);
    previous_->setToolTip(tr("Select the previous node of this type in the tree"));
    next_->setToolTip(tr("Select the next node of this type in the tree"));
    approveModule_->setToolTip(
        tr("Approve every type of the selected type's module, after a confirmation listing them"));
    rememberAll_->setToolTip(tr("Unticked: an approval holds for this file (by its content) only. "
                                "Ticked: for every file you open."));
    dangerous_->setWordWrap(true);
    dangerous_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    notes_->setWordWrap(true);
    notes_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    trusted_->setReadOnly(true);
    trusted_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    trusted_->setMaximumHeight(trusted_->fontMetrics().height() * 5);
    copy_->setToolTip(tr("Copy the trusted=[...] list of approved types for skops.io.load"));
    save_->setToolTip(tr("Save the trusted=[...] list of approved types to a file"));

    auto* nav = new QHBoxLayout;
    nav->addWidget(previous_);
    nav->addWidget(next_);
    nav->addStretch(1);
    nav->addWidget(approveModule_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("For skops.io.load:")));
    buttons->addStretch(1);
    buttons->addWidget(copy_);
    buttons->addWidget(save_);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addWidget(applied_);
    layout->addWidget(types_, 1);
    layout->addLayout(nav);
    layout->addWidget(rememberAll_);
    layout->addWidget(dangerous_);
    layout->addWidget(notes_);
    layout->addLayout(buttons);
    layout->addWidget(trusted_);

    connect(types_, &QTreeWidget::itemChanged, this, &TrustPanel::itemChanged);
    connect(types_, &QTreeWidget::currentItemChanged, this, &TrustPanel::updateButtons);
    connect(types_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(TypeColumn, Qt::UserRole).toBool())
            emit jumpToType(item->text(TypeColumn), true);
    });
    connect(previous_, &QPushButton::clicked, this, [this] { emit jumpToType(currentType(), false); });
    connect(next_, &QPushButton::clicked, this, [this] { emit jumpToType(currentType(), true); });
    connect(approveModule_, &QPushButton::clicked, this, &TrustPanel::approveSelectedModule);
    connect(copy_, &QPushButton::clicked, this, &TrustPanel::copyTrustedList);
    connect(save_, &QPushButton::clicked, this, &TrustPanel::saveTrustedList);
    setDocument(nullptr);
}

QString TrustPanel::currentType() const
{
    const QTreeWidgetItem* item = types_->currentItem();
    return item && item->data(TypeColumn, Qt::UserRole).toBool() ? item->text(TypeColumn) : QString();
}

void TrustPanel::updateButtons()
{
    const QTreeWidgetItem* item = types_->currentItem();
    const bool isType = item && item->data(TypeColumn, Qt::UserRole).toBool();
    previous_->setEnabled(isType);
    next_->setEnabled(isType);
    approveModule_->setEnabled(isType && (item->flags() & Qt::ItemIsUserCheckable));
}

void TrustPanel::setDocument(const std::shared_ptr<const LoadedDocument>& doc)
{
    const QString keep = currentType();
    doc_ = doc;
    filling_ = true;
    types_->clear();
    dangerous_->clear();
    notes_->clear();
    applied_->hide();
    const bool has = doc_ != nullptr;
    copy_->setEnabled(has);
    save_->setEnabled(has);
    if (!has) {
        trusted_->clear();
        filling_ = false;
        updateButtons();
        return;
    }
    const AuditResult& a = doc_->audit;
    const ObjectTree& t = doc_->doc.tree;
    const std::set<std::string> danger(a.dangerous.begin(), a.dangerous.end());
    std::set<std::string> names(a.untrusted.begin(), a.untrusted.end());
    names.insert(a.approved.begin(), a.approved.end());
    const std::set<std::string> approved(a.approved.begin(), a.approved.end());
    names.insert(danger.begin(), danger.end());
    // Nodes per listed type: those the audit flagged (or the user approved).
    // By type id first: a million flagged nodes must not cost a million strings.
    std::unordered_map<StrId, int> byType;
    for (NodeId n = 0; n < t.size(); ++n)
        if (isUnsafe(doc_->verdict(n)) || doc_->approvedByUser(n))
            ++byType[t.node(n).type];
    std::map<std::string, int, std::less<>> counts;
    for (const auto& [type, count] : byType)
        counts[std::string(t.str(type))] += count;
    // An empty icon keeps approved rows as tall as the others.
    QPixmap blank(16, 16);
    blank.fill(Qt::transparent);
    for (const auto& name : names) {
        auto* item = new QTreeWidgetItem(types_);
        const QString qn = qs(name);
        item->setText(TypeColumn, qn);
        item->setData(TypeColumn, Qt::UserRole, true); // a type row (not the "none" line)
        item->setText(NodesColumn, QString::number(counts[name]));
        item->setTextAlignment(NodesColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(ModuleColumn, moduleOf(qn));
        const bool isDanger = danger.count(name) > 0;
        item->setText(NoteColumn, noteFor(qn, isDanger));
        item->setToolTip(NoteColumn, item->text(NoteColumn));
        if (isDanger) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setIcon(TypeColumn, verdictIcon(Verdict::Dangerous));
            item->setToolTip(TypeColumn, verdictExplanation(Verdict::Dangerous, qn));
            item->setForeground(NoteColumn, containsDangerousForeground());
        } else {
            const bool ok = approved.count(name) > 0;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(TypeColumn, ok ? Qt::Checked : Qt::Unchecked);
            item->setIcon(TypeColumn, ok ? QIcon(blank) : verdictIcon(Verdict::Untrusted));
            item->setToolTip(TypeColumn, ok ? approvedExplanation(qn) : verdictExplanation(Verdict::Untrusted, qn));
            if (ok)
                item->setText(NoteColumn, approvedLabel() + QStringLiteral("; ") + item->text(NoteColumn));
        }
        if (qn == keep)
            types_->setCurrentItem(item);
    }
    if (names.empty()) {
        auto* none = new QTreeWidgetItem(types_);
        none->setText(TypeColumn, tr("No untrusted types: skops.io.load opens this file with its defaults."));
        none->setFirstColumnSpanned(true);
    }
    if (!doc_->appliedOnOpen.empty()) {
        QStringList l;
        for (const auto& n : doc_->appliedOnOpen)
            l << qs(n);
        applied_->setText(tr("Applied your earlier approvals: %1").arg(l.join(QStringLiteral(", "))));
        applied_->show();
    }
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
    updateButtons();
}

QString TrustPanel::trustedText() const { return doc_ ? trustedListText(doc_->audit.approved) : QString(); }

void TrustPanel::itemChanged(QTreeWidgetItem* item, int column)
{
    if (filling_ || column != TypeColumn || !(item->flags() & Qt::ItemIsUserCheckable))
        return;
    emit approvalChanged(item->text(TypeColumn), item->checkState(TypeColumn) == Qt::Checked);
}

void TrustPanel::approveSelectedModule()
{
    const QTreeWidgetItem* cur = types_->currentItem();
    if (!cur || !(cur->flags() & Qt::ItemIsUserCheckable))
        return;
    const QString module = cur->text(ModuleColumn);
    QStringList names;
    for (int i = 0; i < types_->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* it = types_->topLevelItem(i);
        if (it->text(ModuleColumn) == module && (it->flags() & Qt::ItemIsUserCheckable)
            && it->checkState(TypeColumn) != Qt::Checked)
            names << it->text(TypeColumn);
    }
    if (names.isEmpty())
        return;
    // Non-blocking, so tests (and users) answer it like any other window.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Approve module"),
                                tr("Approve these types of %1?").arg(module), QMessageBox::Yes | QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("approveModuleConfirmation"));
    box->setInformativeText(names.join(QLatin1Char('\n')));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, names](int result) {
        if (result == QMessageBox::Yes)
            emit approveMany(names);
    });
    box->open();
}

void TrustPanel::copyTrustedList() { QApplication::clipboard()->setText(trustedText()); }

void TrustPanel::saveTrustedList()
{
    const QString dir = doc_ ? QFileInfo(QString::fromStdString(doc_->doc.path)).absolutePath() : QString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export trusted list"),
                                                      dir.isEmpty() ? QStringLiteral("trusted.py")
                                                                    : dir + QStringLiteral("/trusted.py"),
                                                      tr("Python (*.py);;Text (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write((trustedText() + '\n').toUtf8()) < 0 || !f.commit()) {
        QMessageBox::warning(this, tr("Export trusted list"), tr("Could not write %1:\n%2").arg(path, f.errorString()));
    }
}

} // namespace skopos::ui
