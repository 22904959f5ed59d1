#pragma once
// The walk behind diffDocuments: both trees aligned by key path, one change
// per difference found without reading payloads; array pairs of equal class
// are handed back for their payloads to be compared afterwards.
//
// The same object read from a pickle and from its skops file must align, so
// the walk looks at what both formats hold, not at how they hold it:
// - an object's attributes are its keys (the "state" dict level is skipped);
// - a "state" or "args" child that is None or empty says nothing (skops
//   writes `state: None` for LogLink, empty args for a Cython loss; pickles
//   write nothing);
// - hidden bookkeeping children (dict key_types, a loss' constructor) are not
//   compared; the trust section covers what they name;
// - identity is type name + kind family (an object built by REDUCE and one
//   built from a skops ObjectNode are both objects), never the Loader;
// - labelled children match by label (in any order), unlabelled ones by position.

#include "diff/TreeDiff.h"

#include <functional>

namespace skopos {

// emit(change, arrayPair): arrayPair when the change is only a candidate
// pair of arrays (nodeA, nodeB, keys) whose payloads are still to be compared.
void alignTrees(const ObjectTree& a, const ObjectTree& b, const std::function<void(TreeChange&&, bool)>& emit,
                const std::atomic<bool>* cancel = nullptr);

} // namespace skopos
