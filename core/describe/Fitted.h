#pragma once
// What was fitted: the scikit-learn version, n_features_in_, the first
// feature names, classes_, and the size of the model (nodes, arrays,
// bytes, the largest arrays with their tree paths).

#include "describe/Description.h"
#include "describe/ValueBuilder.h"

namespace skopos {

FittedSummary fittedSummary(ValueBuilder& values, const Document& doc);
// The text `skopos describe` prints after the repr.
std::string fittedText(const FittedSummary& f);

} // namespace skopos
