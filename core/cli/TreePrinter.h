#pragma once
// Renders a document's object tree for the command line: as an indented text
// tree (like skops.io.visualize, "[UNSAFE]" after untrusted nodes) or as JSON.

#include "tree/Document.h"
#include "tree/JsonQuote.h"
#include "trust/Audit.h"

#include <ostream>
#include <string>

namespace skopos {

enum class Show { All, Untrusted, Trusted };

// `audit` gives the verdicts ("[UNSAFE]", "[DANGEROUS]", --show). The overload
// without one audits with the bundled profile and no user-trusted names.
void printTreeText(const Document& doc, const AuditResult& audit, std::ostream& out, Show show);
void printTreeText(const Document& doc, std::ostream& out, Show show);
// The stable "calls" field of every JSON report: a list of
// {"name", "finding" (untrusted|arguments|code), "via", "count", "detail", "dangerous", "offset"}.
void writeCallsJson(std::ostream& out, const CallsResult& calls);
// With a profile, the report names it: "profile": {"skops": ..., "sklearn": ...}.
void printTreeJson(const Document& doc, const AuditResult& audit, std::ostream& out,
                   const TrustProfile* profile = nullptr);

} // namespace skopos
