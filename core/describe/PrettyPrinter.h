#pragma once
// repr(estimator) as scikit-learn 1.2 prints it: its pretty printer
// (sklearn/utils/_pprint.py: compact, width 80, indent at the class name,
// at most 30 items of a sequence or parameters) and BaseEstimator.__repr__'s
// cut of reprs with more than 700 non-blank characters.

#include "describe/PyValue.h"

#include <string>

namespace skopos {

// The one-line form (pprint's _safe_repr): what a value prints as when it fits.
std::string oneLineRepr(const PyValue& v);
// The laid-out form, before the 700-character cut (pformat).
std::string prettyFormat(const PyValue& v);
// BaseEstimator.__repr__: prettyFormat, cut in the middle when long.
std::string estimatorRepr(const PyValue& v);
// Length in characters (code points) of UTF-8 text, as Python's len(str).
std::size_t pyLen(std::string_view utf8);

} // namespace skopos
