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

} // namespace skopos
