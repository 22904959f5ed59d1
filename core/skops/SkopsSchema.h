#pragma once
// schema.json -> object tree: one builder per skops loader (the node classes
// of skops/io), dispatched through the loader table of tree/Loader.h.

#include "io/ZipArchive.h"
#include "skops/SchemaJson.h"
#include "tree/Document.h"
#include "tree/OpenOptions.h"

#include <functional>
#include <string>

namespace skopos {

struct SchemaContext {
    const SchemaJson& schema;
    Document& doc;
    ZipArchive& zip;
    const OpenOptions& options;
    std::function<ArrayInfo(const std::string& member)> npyInfo;
};

// The tree kind a node of loader `l` gets (a JsonNode's None is refined
// from its content). The outline (SchemaOutline) makes its rows the same way.
Kind nodeKindOf(Loader l);

// Builds doc.tree from the schema root; sets doc.protocol, doc.producer and
// notes. Throws ReadError for malformed or hostile schemas.
void buildSkopsTree(SchemaContext& ctx);

} // namespace skopos
