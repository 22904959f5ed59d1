#pragma once
// Two model files compared: trees aligned by key paths (attribute names, dict
// keys, list positions), values and types compared, array payloads streamed
// and compared in bounded memory, and the trust the second file adds.
//
// Contract shared by `skopos diff` (core/cli) and the app's compare view
// (ui/): fields may be added, never renamed or removed.

#include "tree/Document.h"
#include "trust/TrustProfile.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace skopos {

struct ArrayDelta {
    std::vector<std::int64_t> shapeA, shapeB;
    std::string dtypeA, dtypeB;
    std::uint64_t elements = 0;       // elements compared (shape and dtype equal)
    std::uint64_t differing = 0;      // NaN equals NaN; exact comparison
    std::optional<double> maxAbsDiff; // numeric dtypes only
    // Added: maxAbsDiff as Python prints numpy's result ("0.0125", "255",
    // "nan"); integer dtypes print as integers. Empty when maxAbsDiff is.
    std::string maxAbsDiffText;
    bool orderChanged = false; // C vs Fortran storage: elements not compared
    bool unreadable = false;   // a side's bytes are not in its file (out-of-band, missing)
    std::string error;         // why they could not be read, when a read failed
    bool shapeOrDtypeChanged() const { return shapeA != shapeB || dtypeA != dtypeB; }
};

struct TreeChange {
    enum class What : std::uint8_t { Value, Type, Added, Removed, Array };
    What what = What::Value;
    std::vector<std::string> keys; // the key path; joined by "/" for --json
    std::string a, b;              // values or class names as Python prints them ("" when absent)
    NodeId nodeA = kNoNode, nodeB = kNoNode;
    std::optional<ArrayDelta> array;
};

struct TrustDelta {
    std::vector<std::string> untrustedAdded, untrustedRemoved, dangerousAdded;
    bool dangerousA = false, dangerousB = false; // either names a dangerous global
};

struct TreeDiffResult {
    bool same = true;
    std::vector<TreeChange> changes;
    TrustDelta trust;
};

struct DiffOptions {
    const TrustProfile* profile = nullptr; // bundled when null
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(std::uint64_t done, std::uint64_t total)> progress; // array bytes compared
};

// Compares A with B; array bytes are read from the documents' files.
TreeDiffResult diffDocuments(const Document& a, const Document& b, const DiffOptions& options = {});

// The --json text: {"same": ..., "changes": [...], "trust": {...}}.
std::string diffJson(const TreeDiffResult& r);

// Added. The key path joined by "/" ("steps/1/1/C"; "" for the root).
std::string keyPath(const std::vector<std::string>& keys);
// Added. One change as `skopos diff` prints it: "~ C: 1.0 → 0.5",
// "+ steps/2: sklearn.svm._classes.SVC", "~ coef_: 3 of 400 elements differ, max |a−b| = 0.0125".
std::string changeLine(const TreeChange& c);
// Added. The trust section's lines ("+ untrusted: NAME", "- untrusted: NAME", "! dangerous: NAME").
std::vector<std::string> trustLines(const TrustDelta& t);

} // namespace skopos
