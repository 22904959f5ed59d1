// schema.json alone: SchemaJson::parse, then the tree builder against a real
// archive (the Pipeline fixture, so "file" references in mutated schemas can
// still resolve to genuine npy members), then audit and printers. Mutating
// the JSON directly reaches the builder far faster than mutating a zip.
#include "io/ZipArchive.h"
#include "skops/NpyMember.h"
#include "skops/SchemaJson.h"
#include "skops/SkopsSchema.h"
#include "tree/LargeStack.h"

#include "FuzzCommon.h"

#include <memory>
#include <string_view>

namespace {
std::unique_ptr<skopos::ZipArchive> g_zip;
std::string g_zipPath;

// The production member reader, size checks included: a fuzzed schema may
// point at any member, with any claim about its size.
skopos::ArrayInfo npyInfo(const std::string& member)
{
    return skopos::npyMemberInfo(*g_zip, member, skopos::Limits::defaults());
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::checkResources();
    const char* env = std::getenv("SKOPOS_FUZZ_ZIP");
    g_zipPath = env ? env : SKOPOS_FUZZ_ZIP;
    g_zip = std::make_unique<skopos::ZipArchive>(g_zipPath);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    fuzz::expectReadErrorOnly([&] {
        const skopos::SchemaJson schema = skopos::SchemaJson::parse(std::string(text),
                                                                    skopos::Limits::defaults().maxDepth);
        skopos::Document doc;
        doc.path = g_zipPath;
        doc.format = "skops";
        const skopos::OpenOptions options;
        skopos::SchemaContext ctx{schema, doc, *g_zip, options, npyInfo};
        // As readSkops does: the builder recurses once per nested node.
        skopos::runWithLargeStack([&] { skopos::buildSkopsTree(ctx); });
        fuzz::auditAndPrint(doc);
    });
    return 0;
}
