#pragma once
// One opened file as the GUI holds it: the document, its audit, and what the
// views need precomputed (which subtrees hold untrusted nodes, the raw text).
// Built in a worker thread, then shared read-only by the views. Only the
// audit verdicts change afterwards (reaudit), always on the GUI thread inside
// a model reset, so views never see a half-updated tree.

#include "tree/Document.h"
#include "tree/OpenOptions.h"
#include "trust/Audit.h"

#include <QString>

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace skopos::ui {

struct LoadedDocument {
    Document doc;
    AuditResult audit;
    std::set<std::string> userTrusted;
    // Per node: 1 when the node or anything below it is untrusted or dangerous.
    std::vector<std::uint8_t> subtreeUnsafe;
    // schema.json (skops) or the opcode listing (pickle, joblib); capped.
    QString rawText;
    QString rawTitle;
    bool rawIsJson = false;

    bool unsafeBelow(NodeId n) const { return n < subtreeUnsafe.size() && subtreeUnsafe[n]; }
};

// Reads, audits and prepares a file. Throws ReadError / Cancelled like the readers.
std::shared_ptr<LoadedDocument> loadDocument(const QString& path, const OpenOptions& options,
                                             const std::set<std::string>& userTrusted);
// Re-runs the audit with another set of user-approved names.
void reaudit(LoadedDocument& d, const std::set<std::string>& userTrusted);

// The Python text skops.io.load takes: trusted=["a.B", "c.D"].
QString trustedListText(const std::vector<std::string>& names);

} // namespace skopos::ui
