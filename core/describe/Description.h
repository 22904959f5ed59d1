#pragma once
// What model a file holds, as scikit-learn itself would show it: the repr
// text (print_changed_only=True), the diagram blocks of its HTML display
// (_get_visual_block / _sk_visual_block_), and what was fitted. Built from
// the static tree alone: nothing is executed or imported.
//
// Contract shared by `skopos describe` (core/cli) and the app's Model tab
// (ui/): fields may be added, never renamed or removed.

#include "tree/Document.h"
#include "trust/TrustProfile.h"

#include <cstdint>
#include <string>
#include <vector>

namespace skopos {

struct DiagramBlock {
    enum class Kind : std::uint8_t { Serial, Parallel, Single };
    Kind kind = Kind::Single;
    // Serial/Parallel: one name per child, exactly as scikit-learn builds them
    // (step names; "key: Class" for a meta-estimator's parameters).
    std::vector<std::string> names;
    // One per child: what scikit-learn shows when the name is expanded (a
    // ColumnTransformer's column selection, an estimator's repr).
    std::vector<std::string> nameDetails;
    std::vector<DiagramBlock> children;
    // Single: the class name, or "passthrough" / "drop" / "None".
    std::string label;
    // Single: the estimator's repr with print_changed_only (its changed parameters).
    std::string details;
    // Drawn inside a dashed box (scikit-learn's dash_wrapped).
    bool dashWrapped = true;
    // The tree node of the estimator this block stands for (kNoNode for strings).
    NodeId node = kNoNode;
    // Ensembles drawn as one box "300 × DecisionTreeClassifier": the member count (1 otherwise).
    std::uint32_t count = 1;
};

struct FittedSummary {
    std::string sklearnVersion;              // _sklearn_version, "" when absent
    std::int64_t nFeaturesIn = -1;           // n_features_in_, -1 when absent
    std::vector<std::string> featureNamesIn; // first few of feature_names_in_
    std::int64_t featureNamesTotal = 0;      // how many there are
    std::vector<std::string> classes;        // classes_ as Python prints the values
    std::uint64_t nodes = 0, arrays = 0, arrayBytes = 0;
    struct Largest {
        std::string path;
        std::string descr;
        std::vector<std::int64_t> shape;
        std::uint64_t bytes = 0;
    };
    std::vector<Largest> largestArrays;
};

struct Description {
    bool isEstimator = false; // the root is a scikit-learn estimator
    std::string repr;
    DiagramBlock diagram;
    FittedSummary fitted;
    std::string versionNote; // saved with another scikit-learn than the profile's defaults
};

// Describes the document's root. Constructor defaults come from `profile`.
Description describeModel(const Document& doc, const TrustProfile& profile = TrustProfile::bundled());

// {"repr": TEXT, "diagram": BLOCK, "fitted": {...}} as `skopos describe --json` prints it.
std::string descriptionJson(const Description& d);
// The repr, a blank line, the fitted section (and the version note) as `skopos describe` prints it.
std::string describeText(const Description& d);

} // namespace skopos
