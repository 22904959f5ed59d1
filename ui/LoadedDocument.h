#pragma once
// One opened file as the GUI holds it: the document, its audit, and what the
// views need precomputed (which subtrees hold untrusted nodes, the raw text).
// Built in a worker thread, then shared by the views. The tree is read-only
// after loading; only the audit (verdicts kept beside the tree) is replaced
// when the user approves a type or the trust profile changes (reaudit, on the
// GUI thread, never reading the file again), after which the tree model
// tells its views which rows changed.

#include "describe/Description.h"
#include "tree/Document.h"
#include "tree/OpenOptions.h"
#include "trust/Audit.h"

#include <QString>

#include <atomic>
#include <map>
#include <memory>
#include <set>
#include <QDateTime>

#include <string>
#include <vector>

namespace skopos::ui {

struct LoadedDocument {
    Document doc;
    AuditResult audit;
    std::set<std::string> userTrusted;
    // The trust profile `audit` follows (CurrentProfile when it was audited).
    std::shared_ptr<const TrustProfile> profile;
    // "saved with scikit-learn 1.7.2; verdicts follow 1.2.1's lists" (trust/VersionNote.h), or empty.
    QString versionNote;
    // Per node: SubtreeUntrusted / SubtreeDangerous flags (trust/Audit.h).
    std::vector<std::uint8_t> subtreeUnsafe;
    // The file as it was when reading began (size, modification time): a
    // file opened again is read again when either changed (changedOnDisk).
    qint64 fileSize = -1;
    QDateTime fileModified;
    bool changedOnDisk() const;
    // SHA-256 of the file's bytes (hex): per-file approvals are keyed by it.
    QString contentHash;
    // Not hashed yet: nothing remembered per file when it opened, so the hash
    // waits until an approval for this file needs it (ensureContentHash).
    bool hashPending = false;
    // Approvals remembered from earlier sessions that this file used when it opened.
    std::vector<std::string> appliedOnOpen;
    // What the Model tab shows (describeModel), computed by the opening
    // worker so the GUI thread does not walk the tree; for `describedWith`
    // (the profile gives the constructor defaults). Null: not described yet.
    std::shared_ptr<const Description> description;
    std::shared_ptr<const TrustProfile> describedWith;
    // schema.json (skops) or the opcode listing (pickle, joblib); capped.
    // rawPending: the text is read after the window shows the tree
    // (readRawText on another thread, then applyRawText); the title and
    // rawIsJson are set already.
    QString rawText;
    QString rawTitle;
    bool rawIsJson = false;
    bool rawPending = false;
    // skops: how many bytes of schema.json rawText holds (node offsets past it are not shown).
    std::uint64_t rawJsonBytes = 0;

    bool unsafeBelow(NodeId n) const { return n < subtreeUnsafe.size() && subtreeUnsafe[n]; }
    bool dangerousBelow(NodeId n) const { return n < subtreeUnsafe.size() && (subtreeUnsafe[n] & SubtreeDangerous); }
    Verdict verdict(NodeId n) const { return audit.verdict(n); }
    bool approvedByUser(NodeId n) const { return n < audit.userApproved.size() && audit.userApproved[n]; }
    // Nothing dangerous and nothing left unapproved: skops.io.load(trusted=approved) would accept it.
    bool loadable() const { return audit.untrusted.empty() && audit.dangerous.empty(); }
};

// What the user approved earlier, as the opening worker needs it: types
// trusted for every file, and types trusted for one file (by content hash).
struct ApprovalSnapshot {
    std::set<std::string> everywhere;
    std::map<QString, std::set<std::string>> perFile;
};

// Reads, audits and prepares a file. Throws ReadError / Cancelled like the readers.
std::shared_ptr<LoadedDocument> loadDocument(const QString& path, const OpenOptions& options,
                                             const std::set<std::string>& userTrusted);
// The same, trusting what `approvals` holds for this file (hashes it first).
// rawLater: the raw text is left for readRawText (rawPending), so a big
// file's tree is shown without waiting for it.
std::shared_ptr<LoadedDocument> loadDocument(const QString& path, const OpenOptions& options,
                                             const ApprovalSnapshot& approvals, bool rawLater = false);
// The Raw tab's text for a document: the first bytes of schema.json, or the
// opcode listing up to a cap. Reads the document's file only (any thread).
struct RawText {
    QString text;
    QString title;
    bool isJson = false;
    std::uint64_t jsonBytes = 0;
};
RawText readRawText(const Document& doc, const OpenOptions& options = {});
// Puts it in the document (the thread that owns the document; clears rawPending).
void applyRawText(LoadedDocument& d, RawText r);
// SHA-256 (hex) of a file's bytes; empty when it cannot be read.
QString fileContentHash(const QString& path, const std::atomic<bool>* cancel = nullptr);
// Computes the content hash when it was left for later (a pending hash).
void ensureContentHash(LoadedDocument& d);
// Re-runs the audit on the tree in memory, against the profile in use now
// (CurrentProfile), with this set of user-approved names.
void reaudit(LoadedDocument& d, const std::set<std::string>& userTrusted);
// Fills d.description for the profile d was audited with (loadDocument does,
// in its worker: a big tree takes a while to walk).
void describeDocument(LoadedDocument& d);
// How many files loadDocument has read in this process: a re-audit reads none.
std::uint64_t documentReadCount();

// The Python text skops.io.load takes: trusted=["a.B", "c.D"].
QString trustedListText(const std::vector<std::string>& names);

} // namespace skopos::ui
