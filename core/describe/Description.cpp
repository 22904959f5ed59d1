#include "describe/Description.h"

namespace skopos {

// Placeholder until the describe layer lands (issue 23).
Description describeModel(const Document& doc, const TrustProfile&)
{
    Description d;
    d.diagram.label = std::string(doc.tree.typeName(doc.tree.root));
    d.diagram.node = doc.tree.root;
    return d;
}

std::string descriptionJson(const Description&) { return "{}"; }

} // namespace skopos
