#include "ApprovalFlow.h"

#include "DocumentTab.h"
#include "LoadedDocument.h"
#include "TrustPanel.h"
#include "trust/DangerousNames.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>

namespace skopos::ui {

namespace {

// A per-file approval needs the file's hash, left for later when the file
// opened: computed now, with a wait cursor (seconds for a big file).
void hashForApproval(LoadedDocument& doc)
{
    if (!doc.hashPending)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ensureContentHash(doc);
    QApplication::restoreOverrideCursor();
}

// What `doc` trusts from the store now, plus the approvals of this session
// that could not be remembered (its hash is unknown).
std::set<std::string> rememberedFor(const LoadedDocument& doc)
{
    std::set<std::string> trusted = settings::approvedFor(doc.contentHash);
    if (doc.contentHash.isEmpty())
        trusted.insert(doc.userTrusted.begin(), doc.userTrusted.end());
    return trusted;
}

} // namespace

ApprovalFlow::ApprovalFlow(std::function<QList<DocumentTab*>()> tabs, QObject* parent)
    : QObject(parent), tabs_(std::move(tabs))
{
}

void ApprovalFlow::setApproved(DocumentTab* tab, const QString& typeName, bool approved)
{
    forgetUndo();
    const std::shared_ptr<LoadedDocument> doc = tab ? tab->document() : nullptr;
    const bool everywhere = tab && tab->trustPanel()->rememberForAllFiles()->isChecked();
    if (doc)
        hashForApproval(*doc);
    if (approved) {
        settings::Approval a{typeName, everywhere || !doc ? QString() : doc->contentHash,
                             doc ? QFileInfo(QString::fromStdString(doc->doc.path)).fileName() : QString(),
                             QDateTime::currentDateTimeUtc()};
        if (a.fileHash.isEmpty() && !everywhere && doc) // unreadable hash: keep it for this session only
            a.fileHash = QStringLiteral("unknown");
        if (a.fileHash != QStringLiteral("unknown"))
            settings::addApproval(a);
    } else {
        // Withdrawing in a file withdraws it for that file and everywhere;
        // what goes is kept, so Undo can bring it back as it was.
        for (const settings::Approval& a : settings::approvals())
            if (a.type == typeName && (a.forAllFiles() || (doc && a.fileHash == doc->contentHash)))
                undoApprovals_ << a;
        undoType_ = typeName;
        undoTab_ = tab;
        settings::removeApproval(typeName, {});
        if (doc)
            settings::removeApproval(typeName, doc->contentHash);
    }
    if (doc) {
        std::set<std::string> trusted = rememberedFor(*doc);
        if (approved)
            trusted.insert(typeName.toStdString());
        else
            trusted.erase(typeName.toStdString());
        tab->applyAudit(trusted);
        emit tabReaudited(tab);
    }
    // Other files change only when the approval reaches them (remembered for all files, or a withdrawal of one).
    reauditOthers(tab);
    emit changed();
    emit message(approved ? (everywhere ? tr("Approved %1 for all files").arg(typeName)
                                        : tr("Approved %1 for this file").arg(typeName))
                          : tr("Withdrew approval of %1").arg(typeName),
                 approved ? 4000 : 8000);
    if (!approved)
        emit undoAvailable(true);
}

void ApprovalFlow::undo()
{
    if (!canUndo())
        return;
    const QString type = undoType_;
    const QList<settings::Approval> restore = undoApprovals_;
    // Closed since (or closing): the store only.
    DocumentTab* tab = undoTab_ && tabs_().contains(undoTab_.data()) ? undoTab_.data() : nullptr;
    forgetUndo();
    for (const settings::Approval& a : restore)
        settings::addApproval(a);
    if (const std::shared_ptr<LoadedDocument> doc = tab ? tab->document() : nullptr) {
        std::set<std::string> trusted = rememberedFor(*doc);
        trusted.insert(type.toStdString()); // also when it was an approval of this session only
        tab->applyAudit(trusted);
        emit tabReaudited(tab);
    }
    reauditOthers(tab);
    emit changed();
    emit message(tr("Approval of %1 restored").arg(type), 4000);
}

void ApprovalFlow::forgetUndo()
{
    const bool had = canUndo();
    undoType_.clear();
    undoApprovals_.clear();
    undoTab_ = nullptr;
    if (had)
        emit undoAvailable(false);
}

void ApprovalFlow::approveTypes(DocumentTab* tab, const QStringList& typeNames)
{
    const std::shared_ptr<LoadedDocument> doc = tab ? tab->document() : nullptr;
    if (!doc || typeNames.isEmpty())
        return;
    forgetUndo();
    const bool everywhere = tab->trustPanel()->rememberForAllFiles()->isChecked();
    hashForApproval(*doc);
    const QString name = QFileInfo(QString::fromStdString(doc->doc.path)).fileName();
    std::set<std::string> trusted = rememberedFor(*doc);
    for (const QString& t : typeNames) {
        if (isDangerous(t.toStdString()))
            continue; // never approvable
        if (everywhere || !doc->contentHash.isEmpty())
            settings::addApproval(
                {t, everywhere ? QString() : doc->contentHash, name, QDateTime::currentDateTimeUtc()});
        trusted.insert(t.toStdString());
    }
    tab->applyAudit(trusted);
    emit tabReaudited(tab);
    reauditOthers(tab);
    emit changed();
    emit message(tr("Approved: %1").arg(typeNames.join(QStringLiteral(", "))), 4000);
}

void ApprovalFlow::reauditOthers(DocumentTab* except)
{
    for (DocumentTab* t : tabs_()) {
        const std::shared_ptr<LoadedDocument> d = t->document();
        if (t == except || !d)
            continue;
        // A file not hashed yet has no approvals of its own: those for all files only.
        std::set<std::string> trusted = settings::approvedFor(d->hashPending ? QString() : d->contentHash);
        if (!d->hashPending && d->contentHash.isEmpty())
            trusted.insert(d->userTrusted.begin(), d->userTrusted.end());
        if (trusted == d->userTrusted)
            continue; // nothing that file relies on changed
        t->applyAudit(trusted);
        emit tabReaudited(t);
    }
}

void ApprovalFlow::reloadApprovals()
{
    forgetUndo(); // the Trusted Types dialog may have changed what Undo would restore
    reauditOthers(nullptr);
    emit changed();
}

void ApprovalFlow::reauditAll()
{
    // A new profile: every open file is audited again from the tree it
    // already holds; nothing is read from disk.
    for (DocumentTab* t : tabs_())
        if (const std::shared_ptr<LoadedDocument> d = t->document()) {
            t->applyAudit(d->userTrusted);
            emit tabReaudited(t);
        }
    emit changed();
}

} // namespace skopos::ui
