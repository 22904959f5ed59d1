#pragma once
// The blocks of scikit-learn's HTML display of an estimator
// (sklearn/utils/_estimator_html_repr.py: _get_visual_block, and the
// _sk_visual_block_ of Pipeline, FeatureUnion, ColumnTransformer, the voting
// and stacking ensembles), read from the static tree.

#include "describe/Description.h"
#include "describe/ValueBuilder.h"

namespace skopos {

DiagramBlock diagramOf(ValueBuilder& values, NodeId n);

} // namespace skopos
