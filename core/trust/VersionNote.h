#pragma once
// Which scikit-learn a file was saved with, and the note shown when that is
// not the version the trust profile's lists were computed with: skops'
// default trusted lists follow the installed scikit-learn, so a verdict made
// with another version's lists may differ from the user's own skops.io.load.

#include "tree/Document.h"
#include "trust/TrustProfile.h"

#include <optional>
#include <string>

namespace skopos {

// The first `_sklearn_version` string found breadth-first from the root
// (estimators record it in their state; the outermost one comes first).
std::optional<std::string> savedSklearnVersion(const Document& doc);

// The skops release that wrote a skops file (its `_skops_version`, kept by
// the reader as Document::producer "skops X"); none for pickles.
std::optional<std::string> savedSkopsVersion(const Document& doc);

// "saved with scikit-learn 1.7.2; verdicts follow 1.2.1's lists", or ""
// when the versions agree or either is unknown.
std::string versionMismatchNote(const std::optional<std::string>& saved, const TrustProfile& profile);

// The note for a document: scikit-learn as above, and skops too when the
// file's `_skops_version` differs from the profile's ("saved with
// scikit-learn 1.7.2 and skops 0.13.0; verdicts follow scikit-learn 1.2.1
// and skops 0.15.dev0's lists"). "" when nothing differs. The CLI notes and
// the GUI banner both use this one.
std::string versionMismatchNote(const Document& doc, const TrustProfile& profile);

} // namespace skopos
